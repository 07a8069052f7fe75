'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

import { BODY_MAX_CHARS } from '@/copy/admin';
import { actionFailure } from '../action-failure';
import type { EditableArticle } from '@/db/queries/editor';
import { contentOf, emptyArticleContent, type ArticleContent } from '@/domain/article/content';
import { createArticleAction, saveArticleAction } from '@/server/actions/articles';
import { useLeaveGuard } from '../leave-guard';
import type { Handoff } from './handoff';

// The editor's content and how it is saved. Every save sends the version it started from; if someone else saved in
// between, the server refuses and the state becomes a conflict that names who and when, while the unsaved text
// stays on screen; "overwrite" then saves on top of the stored version deliberately. A new article is created as a
// draft at the first pause once it has a title, and the editor carries on in place (the address becomes the
// article's own without reloading, so focus and typing are not interrupted); drafts autosave a few seconds after
// the last change; Ctrl/Cmd+S saves in any status. Leaving with unsaved changes asks first.

export type SaveState =
  | { kind: 'saved'; at: string | null; markedUpdated?: boolean }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

const AUTOSAVE_MS = 4000;
/** A new article is created at the first pause in typing: sooner than a draft's autosave, so nothing is lost. */
const CREATE_PAUSE_MS = 1200;

export function useArticleSave({
  article,
  firstSectionId,
  readOnly,
  handoff = null,
}: {
  article: EditableArticle | null;
  firstSectionId: number;
  readOnly: boolean;
  /** The state of the editor this article was created in, on this page's first render (see ./handoff.ts). */
  handoff?: Handoff | null;
}) {
  const [content, setContent] = useState<ArticleContent>(
    () => handoff?.content ?? (article ? contentOf(article) : emptyArticleContent(firstSectionId)),
  );
  // The article as stored when the page was loaded, or as created here on a new article's page.
  const [created, setCreated] = useState<EditableArticle | null>(null);
  const stored = article ?? created;
  const [version, setVersion] = useState(article?.version ?? 0);
  const [changeSlug, setChangeSlug] = useState(false);
  const [markUpdated, setMarkUpdated] = useState(false);
  const [save, setSave] = useState<SaveState>(() => {
    // A save the other editor had under way ends there; whatever it carried is saved again from here.
    if (handoff) return handoff.save.kind === 'saving' ? { kind: 'dirty' } : handoff.save;
    return { kind: 'saved', at: article?.updatedAt ?? null };
  });
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  const saving = useRef(false);
  // Counts edits, so a save that finishes after the user typed on does not mark the newer text as saved.
  const edits = useRef(0);
  const isNew = stored === null;

  const update = useCallback(<K extends keyof ArticleContent>(key: K, value: ArticleContent[K]) => {
    edits.current += 1;
    setContent((previous) => ({ ...previous, [key]: value }));
    setSave((previous) => (previous.kind === 'conflict' ? previous : { kind: 'dirty' }));
  }, []);

  const dirty = save.kind === 'dirty' || save.kind === 'error' || save.kind === 'conflict';

  // Ask before leaving with unsaved changes (a new article is unsaved until it is created).
  useLeaveGuard(dirty);

  /** Creates the draft and carries on editing it here, under its own address. */
  const create = useCallback(
    async (editsAtStart: number) => {
      const result = await createArticleAction(content);
      if (!result.ok) {
        setSave({ kind: 'error', message: result.error });
        return false;
      }
      setCreated(result.article);
      setVersion(result.article.version);
      // Next's router follows history.replaceState without leaving the page: nothing is remounted or refetched.
      window.history.replaceState(null, '', `/admin/artikler/${result.id}`);
      setSave(edits.current === editsAtStart ? { kind: 'saved', at: result.article.updatedAt } : { kind: 'dirty' });
      return true;
    },
    [content],
  );

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
        if (isNew) return await create(editsAtStart);
        const marked = markUpdated && stored.status === 'published';
        const result = await saveArticleAction(stored.id, version, content, {
          changeSlug,
          overwrite: options.overwrite,
          markUpdated: marked,
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
        if (marked) setMarkUpdated(false);
        setSave(
          edits.current === editsAtStart
            ? { kind: 'saved', at: result.savedAt, markedUpdated: marked }
            : { kind: 'dirty' },
        );
        return true;
      } catch (error) {
        setSave({ kind: 'error', message: actionFailure(error) });
        return false;
      } finally {
        saving.current = false;
      }
    },
    [changeSlug, content, create, isNew, markUpdated, readOnly, stored, version],
  );

  // A new article becomes a draft at the first pause once it has a title (and so an address); drafts autosave a
  // few seconds after the last change. Other statuses are saved deliberately ("Opdater", Ctrl/Cmd+S).
  const canCreate = isNew && content.title.trim() !== '' && content.slug !== '';
  useEffect(() => {
    if (readOnly || save.kind !== 'dirty') return;
    if (!canCreate && stored?.status !== 'draft') return;
    const timer = window.setTimeout(() => void doSave(), isNew ? CREATE_PAUSE_MS : AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [canCreate, doSave, isNew, readOnly, save, stored]);

  return {
    content,
    setContent,
    update,
    stored,
    version,
    setVersion,
    changeSlug,
    setChangeSlug,
    markUpdated,
    setMarkUpdated,
    save,
    dirty,
    conflictVersion,
    doSave,
  };
}
