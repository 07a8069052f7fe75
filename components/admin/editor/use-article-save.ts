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
import type { Handoff } from './handoff';

// The editor's content and how it is saved. Every save sends the version it started from; if someone else saved in
// between, the server merges the save into their version (domain/article/merge.ts) and the merged content comes
// back into the form, on top of anything typed meanwhile. If both changed a field differently nothing is saved: the
// state becomes a conflict that the merge panel settles field by field, and the settled content is saved on top of
// their version. A new article is created as a draft at the first pause once it has a title, and the editor carries
// on in place (the address becomes the article's own without reloading, so focus and typing are not interrupted);
// drafts autosave a few seconds after the last change; Ctrl/Cmd+S saves in any status. Leaving with unsaved changes
// asks first.

/** A conflict to settle: the version the form was based on, the version now stored (theirs) and who saved it. */
export type PendingMerge = { version: number; base: ArticleContent | null; theirs: ArticleContent; by: string | null };

export type SaveState =
  | { kind: 'saved'; at: string | null; markedUpdated?: boolean }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string; merge: PendingMerge };

const AUTOSAVE_MS = 4000;
/** A new article is created at the first pause in typing: sooner than a draft's autosave, so nothing is lost. */
const CREATE_PAUSE_MS = 1200;

export function useArticleSave({
  article,
  firstSectionId,
  defaultAuthorIds = [],
  readOnly,
  handoff = null,
}: {
  article: EditableArticle | null;
  firstSectionId: number;
  /** A new article's byline: the writer's own author. */
  defaultAuthorIds?: number[];
  readOnly: boolean;
  /** The state of the editor this article was created in, on this page's first render (see ./handoff.ts). */
  handoff?: Handoff | null;
}) {
  const router = useRouter();
  const [content, setContent] = useState<ArticleContent>(
    () =>
      handoff?.content ??
      (article ? contentOf(article) : { ...emptyArticleContent(firstSectionId), authorIds: defaultAuthorIds }),
  );
  // The article as stored when the page was loaded, or as created here on a new article's page.
  const [created, setCreated] = useState<EditableArticle | null>(null);
  const stored = article ?? created;
  const [version, setVersion] = useState(article?.version ?? 0);
  const [changeSlug, setChangeSlug] = useState(false);
  const [markUpdated, setMarkUpdated] = useState(false);
  const [save, setSave] = useState<SaveState>(() =>
    handoff ? takenOver(handoff.save) : { kind: 'saved', at: article?.updatedAt ?? null },
  );
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
  const isNew = stored === null;

  const update = useCallback(<K extends keyof ArticleContent>(key: K, value: ArticleContent[K]) => {
    edits.current += 1;
    setContent((previous) => ({ ...previous, [key]: value }));
    setSave((previous) => (previous.kind === 'conflict' ? previous : { kind: 'dirty' }));
  }, []);

  /** The new article's editor's state once this editor has mounted: it may hold typing done while it rendered. */
  const takeOver = useCallback((latest: Handoff) => {
    edits.current += 1;
    setContent(latest.content);
    setSave(takenOver(latest.save));
  }, []);

  const dirty = save.kind === 'dirty' || save.kind === 'error' || save.kind === 'conflict';

  // Ask before leaving with unsaved changes (a new article is unsaved until it is created).
  useLeaveGuard(dirty);

  /**
   * A merged save's content arrived: it holds what was sent plus colleagues' changes. Anything typed since sending
   * is merged on top of it (sent → typed is mine, sent → stored is theirs); should that typing collide with their
   * change, the collision is settled in the merge panel like any conflict, against the version just written.
   */
  const bringIn = useCallback(
    (sent: ArticleContent, storedContent: ArticleContent, storedVersion: number, note: string) => {
      const rebased = mergeArticle(sent, storedContent, latest.current);
      setMergeNote(note);
      if (rebased.conflicts.length) {
        setSave({
          kind: 'conflict',
          message: MERGE_COPY.typedDuringMerge,
          merge: { version: storedVersion, base: sent, theirs: storedContent, by: null },
        });
        return false;
      }
      setContent(rebased.content);
      return true;
    },
    [],
  );

  /** Creates the draft and carries on editing it here, under its own address. */
  const create = useCallback(
    async (sent: ArticleContent, editsAtStart: number) => {
      const result = await createArticleAction(sent);
      if (!result.ok) {
        setSave({ kind: 'error', message: result.error });
        return false;
      }
      setCreated(result.article);
      setVersion(result.article.version);
      // Next's router follows history.replaceState without leaving the page. The article's own page then takes over
      // at once, from this editor's state (./handoff.ts): now, while nothing but typing can be under way, rather than
      // at whichever later action happens to refresh the page and would lose that action's answer on screen.
      window.history.replaceState(null, '', `/admin/artikler/${result.id}`);
      setSave(edits.current === editsAtStart ? { kind: 'saved', at: result.article.updatedAt } : { kind: 'dirty' });
      router.refresh();
      return true;
    },
    [router],
  );

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
        if (isNew) return await create(sent, editsAtStart);
        const marked = markUpdated && stored.status === 'published';
        const result = await saveArticleAction(stored.id, baseVersion, sent, { changeSlug, markUpdated: marked });
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
        if (marked) setMarkUpdated(false);
        if (result.merged) {
          const merged = bringIn(sent, result.merged.content, result.version, result.message ?? '');
          // The status may have moved meanwhile (a colleague published): the workflow panel reads it afresh.
          router.refresh();
          if (!merged) return false;
        }
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
    [bringIn, changeSlug, content, create, isNew, markUpdated, readOnly, router, save, stored, version],
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
    doSave,
    resolveConflict,
    mergeNote,
    setMergeNote,
    takeOver,
  };
}

/** A save the new article's editor had under way ends there; whatever it carried is saved again from here. */
function takenOver(save: SaveState): SaveState {
  return save.kind === 'saving' ? { kind: 'dirty' } : save;
}
