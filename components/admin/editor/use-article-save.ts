'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';

import { BODY_MAX_CHARS, MERGE_COPY } from '@/copy/admin';
import { actionFailure } from '../action-failure';
import type { EditableArticle } from '@/db/queries/editor';
import { contentOf, emptyArticleContent, type ArticleContent } from '@/domain/article/content';
import { mergeArticle, resolveMerge, type ContentField, type MergeSide } from '@/domain/article/merge';
import { createArticleAction, saveArticleAction } from '@/server/actions/articles';
import { useLeaveGuard } from '../leave-guard';

// The editor's content and how it is saved. Every save sends the version it started from; if someone else saved in
// between, the server merges the save into their version (domain/article/merge.ts) and the merged content comes
// back into the form, on top of anything typed meanwhile. If both changed a field differently nothing is saved: the
// state becomes a conflict that the merge panel settles field by field, and the settled content is saved on top of
// their version. Drafts autosave a few seconds after the last change; leaving with unsaved changes asks first.

/** A conflict to settle: the version the form was based on, the version now stored (theirs) and who saved it. */
export type PendingMerge = { version: number; base: ArticleContent | null; theirs: ArticleContent; by: string | null };

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string; merge: PendingMerge };

const AUTOSAVE_MS = 4000;

export function useArticleSave({
  article,
  firstSectionId,
  readOnly,
}: {
  article: EditableArticle | null;
  firstSectionId: number;
  readOnly: boolean;
}) {
  const router = useRouter();
  const [content, setContent] = useState<ArticleContent>(() =>
    article ? contentOf(article) : emptyArticleContent(firstSectionId),
  );
  const [version, setVersion] = useState(article?.version ?? 0);
  const [changeSlug, setChangeSlug] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: article?.updatedAt ?? null });
  /** What the last merged save brought in from colleagues, for the editor to say. */
  const [mergeNote, setMergeNote] = useState<string | null>(null);
  const saving = useRef(false);
  // The form as last rendered: a save's answer arrives later and must merge with what was typed meanwhile.
  const latest = useRef(content);
  useEffect(() => {
    latest.current = content;
  }, [content]);
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

  /**
   * A merged save's content arrived: it holds what was sent plus colleagues' changes. Anything typed since sending
   * is merged on top of it (sent → typed is mine, sent → stored is theirs); should that typing collide with their
   * change, the collision is settled in the merge panel like any conflict, against the version just written.
   */
  const bringIn = useCallback((sent: ArticleContent, stored: ArticleContent, storedVersion: number, note: string) => {
    const rebased = mergeArticle(sent, stored, latest.current);
    setMergeNote(note);
    if (rebased.conflicts.length) {
      setSave({
        kind: 'conflict',
        message: MERGE_COPY.typedDuringMerge,
        merge: { version: storedVersion, base: sent, theirs: stored, by: null },
      });
      return false;
    }
    setContent(rebased.content);
    return true;
  }, []);

  const doSave = useCallback(
    async (override: { content: ArticleContent; version: number } | null = null) => {
      if (saving.current || readOnly) return false;
      // A conflict is settled in the merge panel (which saves with an override), never saved over as it stands.
      if (!override && save.kind === 'conflict') return false;
      const sent = override?.content ?? content;
      const baseVersion = override?.version ?? version;
      // Refused here, before sending: a body far over the limit would otherwise fail as an oversized request.
      if (sent.body.length > BODY_MAX_CHARS) {
        setSave({
          kind: 'error',
          message: `Brødteksten er for lang: ${sent.body.length.toLocaleString('da-DK')} tegn, højst ${BODY_MAX_CHARS.toLocaleString('da-DK')}. Din tekst er ikke gemt.`,
        });
        return false;
      }
      saving.current = true;
      const editsAtStart = edits.current;
      setSave({ kind: 'saving' });
      try {
        if (isNew) {
          const result = await createArticleAction(sent);
          if (!result.ok) {
            setSave({ kind: 'error', message: result.error });
            return false;
          }
          setSave({ kind: 'saved', at: new Date().toISOString() });
          router.replace(`/admin/artikler/${result.id}`);
          return true;
        }
        const result = await saveArticleAction(article.id, baseVersion, sent, { changeSlug });
        if (!result.ok) {
          const { merge, version: theirVersion } = result.conflict ?? {};
          if (merge && theirVersion !== undefined) {
            setSave({ kind: 'conflict', message: result.error, merge: { version: theirVersion, ...merge } });
          } else {
            setSave({ kind: 'error', message: result.error });
          }
          return false;
        }
        setVersion(result.version);
        setChangeSlug(false);
        if (result.merged) {
          const merged = bringIn(sent, result.merged.content, result.version, result.message ?? '');
          // The status may have moved meanwhile (a colleague published): the workflow panel reads it afresh.
          router.refresh();
          if (!merged) return false;
          setSave(edits.current === editsAtStart ? { kind: 'saved', at: result.savedAt } : { kind: 'dirty' });
          return true;
        }
        setSave(edits.current === editsAtStart ? { kind: 'saved', at: result.savedAt } : { kind: 'dirty' });
        return true;
      } catch (error) {
        setSave({ kind: 'error', message: actionFailure(error) });
        return false;
      } finally {
        saving.current = false;
      }
    },
    [article, bringIn, changeSlug, content, isNew, readOnly, router, save, version],
  );

  /**
   * Settles a conflict with a choice per conflicting field and saves the result on top of their version: fields
   * only one side changed keep that change whatever is chosen, and what was typed since the conflict stays.
   */
  const resolveConflict = useCallback(
    async (choices: Partial<Record<ContentField, MergeSide>>) => {
      if (saving.current || save.kind !== 'conflict') return false;
      const { base, theirs, version: theirVersion } = save.merge;
      const resolved = resolveMerge(base, theirs, latest.current, choices);
      edits.current += 1;
      setContent(resolved);
      setVersion(theirVersion);
      return doSave({ content: resolved, version: theirVersion });
    },
    [doSave, save],
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
    doSave,
    resolveConflict,
    mergeNote,
    setMergeNote,
  };
}
