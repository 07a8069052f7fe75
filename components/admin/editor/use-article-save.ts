'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';

import { BODY_MAX_CHARS } from '@/copy/admin';
import { actionFailure } from '../action-failure';
import type { EditableArticle } from '@/db/queries/editor';
import { contentOf, emptyArticleContent, type ArticleContent } from '@/domain/article/content';
import { createArticleAction, saveArticleAction } from '@/server/actions/articles';
import { useLeaveGuard } from '../leave-guard';

// The editor's content and how it is saved. Every save sends the version it started from; if someone else saved in
// between, the server refuses and the state becomes a conflict that names who and when, while the unsaved text
// stays on screen; "overwrite" then saves on top of the stored version deliberately. Drafts autosave a few seconds
// after the last change; leaving with unsaved changes asks first.

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

const AUTOSAVE_MS = 4000;

export function useArticleSave({
  article,
  firstSectionId,
  defaultAuthorIds = [],
  readOnly,
}: {
  article: EditableArticle | null;
  firstSectionId: number;
  /** A new article's byline: the writer's own author. */
  defaultAuthorIds?: number[];
  readOnly: boolean;
}) {
  const router = useRouter();
  const [content, setContent] = useState<ArticleContent>(() =>
    article ? contentOf(article) : { ...emptyArticleContent(firstSectionId), authorIds: defaultAuthorIds },
  );
  const [version, setVersion] = useState(article?.version ?? 0);
  const [changeSlug, setChangeSlug] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: article?.updatedAt ?? null });
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  const saving = useRef(false);
  // Counts edits, so a save that finishes after the user typed on does not mark the newer text as saved.
  const edits = useRef(0);
  const isNew = article === null;

  const update = useCallback(<K extends keyof ArticleContent>(key: K, value: ArticleContent[K]) => {
    edits.current += 1;
    setContent((previous) => ({ ...previous, [key]: value }));
    setSave((previous) => (previous.kind === 'conflict' ? previous : { kind: 'dirty' }));
  }, []);

  const dirty = save.kind === 'dirty' || save.kind === 'error' || save.kind === 'conflict';

  // Ask before leaving with unsaved changes (a new article is unsaved until it is created).
  useLeaveGuard(dirty);

  const doSave = useCallback(
    async (options: { overwrite?: boolean } = {}) => {
      if (saving.current || readOnly) return false;
      // Refused here, before sending: a body far over the limit would otherwise fail as an oversized request.
      if (content.body.length > BODY_MAX_CHARS) {
        setSave({
          kind: 'error',
          message: `Brødteksten er for lang: ${content.body.length.toLocaleString('da-DK')} tegn, højst ${BODY_MAX_CHARS.toLocaleString('da-DK')}. Din tekst er ikke gemt.`,
        });
        return false;
      }
      saving.current = true;
      const editsAtStart = edits.current;
      setSave({ kind: 'saving' });
      try {
        if (isNew) {
          const result = await createArticleAction(content);
          if (!result.ok) {
            setSave({ kind: 'error', message: result.error });
            return false;
          }
          setSave({ kind: 'saved', at: new Date().toISOString() });
          router.replace(`/admin/artikler/${result.id}`);
          return true;
        }
        const result = await saveArticleAction(article.id, version, content, {
          changeSlug,
          overwrite: options.overwrite,
        });
        if (!result.ok) {
          if (result.conflict) {
            setConflictVersion(result.conflict.version ?? null);
            setSave({ kind: 'conflict', message: result.error });
          } else {
            setSave({ kind: 'error', message: result.error });
          }
          return false;
        }
        setVersion(result.version);
        setConflictVersion(null);
        setChangeSlug(false);
        setSave(edits.current === editsAtStart ? { kind: 'saved', at: result.savedAt } : { kind: 'dirty' });
        return true;
      } catch (error) {
        setSave({ kind: 'error', message: actionFailure(error) });
        return false;
      } finally {
        saving.current = false;
      }
    },
    [article, changeSlug, content, isNew, readOnly, router, version],
  );

  // Autosave drafts a few seconds after the last change (not new articles: they need a deliberate first save).
  useEffect(() => {
    if (isNew || readOnly || article.status !== 'draft' || save.kind !== 'dirty') return;
    const timer = window.setTimeout(() => void doSave(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [article, doSave, isNew, readOnly, save]);

  return {
    content,
    setContent,
    update,
    version,
    setVersion,
    changeSlug,
    setChangeSlug,
    save,
    dirty,
    conflictVersion,
    doSave,
  };
}
