'use server';

import { z } from 'zod';

import { ARTICLE_FIELD_LABELS, BODY_MAX_CHARS, STATUS_LABELS } from '@/copy/admin';
import {
  addCorrection,
  createArticle,
  deleteArticle,
  saveArticle,
  type MergedSave,
  type SaveConflict,
} from '@/db/queries/article-writes';
import { authorOfUser } from '@/db/queries/authors';
import { findArticlesForPicker, getEditableArticle, type EditableArticle } from '@/db/queries/editor';
import { restoreRevision } from '@/db/queries/revisions';
import { transitionArticle } from '@/db/queries/workflow';
import { ARTICLE_LIST_LIMITS, type ArticleContent } from '@/domain/article/content';
import type { ContentField } from '@/domain/article/merge';
import { HANDOVER_NOTE_MAX, isHandover, isTransition, type Transition } from '@/domain/article/workflow';
import { formatTime } from '@/domain/dates';
import { UserError } from '@/domain/errors';
import { can, canEditArticle, canSubmitArticle, isOwn, type Actor, type Permission } from '@/domain/roles';
import { action, guardedRead, parseInput, type ActionResult } from '@/server/action';

// The newsroom's article actions, on the one action path (server/action.ts): it checks the session and the role;
// the rules that depend on the article (whose it is, its status) are checked here, before anything is written.
// Every change writes an audit entry; a save expires the public caches only while the article is public.

const DENIED = 'Du har ikke rettighed til at gøre det.';

/** The article as stored, or a 404-like refusal. */
function editable(id: number): EditableArticle {
  const article = Number.isInteger(id) ? getEditableArticle(id) : null;
  if (!article) throw new UserError('Artiklen findes ikke længere.', { status: 404 });
  return article;
}

const accessOf = (article: EditableArticle) => ({
  createdBy: article.createdBy,
  authorUserIds: article.authorUserIds,
  status: article.status,
});

/**
 * Refuses an edit the user may not make: a writer's own article that has moved on (sent to the desk, scheduled,
 * published) is explained; anyone else's is simply denied.
 */
function assertMayEdit(user: Actor, article: EditableArticle) {
  if (canEditArticle(user, accessOf(article))) return;
  if (!isOwn(user, accessOf(article)) || article.status === 'draft') throw new UserError(DENIED, { status: 403 });
  throw new UserError(
    `Artiklen har nu status »${STATUS_LABELS[article.status]}« og kan ikke længere ændres af dig. Dine ændringer er ikke gemt; kopiér teksten, hvis du vil beholde den.`,
    { status: 403 },
  );
}

const Content = z.object({
  title: z.string().trim().min(1, 'Artiklen skal have en overskrift.').max(200, 'Overskriften må højst være 200 tegn.'),
  slug: z.string().trim().min(1, 'Artiklen skal have en adresse.').max(120, 'Adressen må højst være 120 tegn.'),
  lead: z.string().trim().max(600, 'Manchetten må højst være 600 tegn.'),
  body: z
    .string()
    .max(BODY_MAX_CHARS, `Brødteksten er for lang (højst ${BODY_MAX_CHARS.toLocaleString('da-DK')} tegn).`),
  kind: z.enum(['news', 'sponsored']),
  sponsor: z.string().trim().max(100).nullable(),
  sectionId: z.number().int().positive('Vælg en sektion.'),
  topImageId: z.number().int().positive().nullable(),
  seoTitle: z.string().trim().max(120, 'SEO-titlen må højst være 120 tegn.').nullable(),
  seoDescription: z.string().trim().max(300, 'SEO-beskrivelsen må højst være 300 tegn.').nullable(),
  authorIds: z
    .array(z.number().int().positive())
    .max(ARTICLE_LIST_LIMITS.authorIds, `Højst ${ARTICLE_LIST_LIMITS.authorIds} skribenter.`),
  tags: z
    .array(z.string().trim().min(1).max(60))
    .max(ARTICLE_LIST_LIMITS.tags, `Højst ${ARTICLE_LIST_LIMITS.tags} emner.`),
  relatedIds: z
    .array(z.number().int().positive())
    .max(ARTICLE_LIST_LIMITS.relatedIds, `Højst ${ARTICLE_LIST_LIMITS.relatedIds} relaterede artikler.`),
});

/** The editor's content, validated (the first problem is the message) and with duplicates removed. */
function parseContent(input: unknown): ArticleContent {
  const data = parseInput(Content, input);
  return {
    ...data,
    sponsor: data.sponsor || null,
    seoTitle: data.seoTitle || null,
    seoDescription: data.seoDescription || null,
    tags: [...new Set(data.tags)],
    authorIds: [...new Set(data.authorIds)],
    relatedIds: [...new Set(data.relatedIds)],
  };
}

/** Who or what made the version a stale save ran into, and when. */
function conflictMessage(conflict: SaveConflict): string {
  if (conflict.event === 'auto-publish')
    return `Artiklen blev udgivet automatisk kl. ${formatTime(conflict.at)}, mens du redigerede.`;
  if (conflict.event === 'auto-publish-stopped')
    return `Den planlagte udgivelse blev stoppet kl. ${formatTime(conflict.at)}, mens du redigerede, fordi artiklen ikke opfyldte kravene til udgivelse. Den er sendt tilbage til redigering.`;
  return `${conflict.by ?? 'En anden'} gemte en nyere version kl. ${formatTime(conflict.at)}.`;
}

const list = new Intl.ListFormat('da-DK', { type: 'conjunction' });
const fieldNames = (fields: ContentField[]) => list.format(fields.map((field) => ARTICLE_FIELD_LABELS[field]));

/** A merge that needs the editor: who saved first and which fields both changed. */
function mergeConflictMessage(conflict: SaveConflict): string {
  const fields = conflict.merge?.fields ?? [];
  if (!conflict.merge?.base) return `${conflictMessage(conflict)} Vælg for hvert felt, hvilken udgave der skal gælde.`;
  return `${conflictMessage(conflict)} I har begge ændret ${fieldNames(fields)}; vælg, hvilken udgave der skal gælde.`;
}

/** A save merged with what others saved meanwhile: whose changes came in, and a status change among them. */
function mergedMessage(merged: MergedSave): string {
  const who = merged.names.length ? list.format(merged.names) : 'En anden';
  const published = merged.events.includes('publish') || merged.events.includes('auto-publish');
  const status = published ? ' Artiklen er udgivet imens, så dine ændringer er nu offentlige.' : '';
  if (!merged.fromTheirs.length) return `Gemt. ${who} gemte imens uden at ændre det samme som dig.${status}`;
  return `Gemt og flettet: ${who} havde imens ændret ${fieldNames(merged.fromTheirs)}. Deres ændringer er med i din version og vist i formularen.${status}`;
}

/** Creates a draft; the editor goes on editing it in place, so it gets the stored article back. */
export async function createArticleAction(
  input: unknown,
): Promise<ActionResult<{ id: number; article: EditableArticle }>> {
  return action('article:create', (user) => {
    const parsed = parseContent(input);
    // A new article with no byline is its creator's, so nothing goes live without an "Af …" line by accident.
    const own = parsed.authorIds.length === 0 ? authorOfUser(user.id) : null;
    const content = own === null ? parsed : { ...parsed, authorIds: [own] };
    const { id, tags } = createArticle(content, user.id);
    return {
      tags,
      audit: { action: 'article.create', entityType: 'article', entityId: id, details: { title: content.title } },
      data: { id, article: editable(id) },
    };
  });
}

/** A merged save's answer: the version written and the content stored, for the editor to bring into its form. */
export type MergedSaveData = { content: ArticleContent; fromTheirs: ContentField[] };

export async function saveArticleAction(
  id: number,
  baseVersion: number,
  input: unknown,
  rawOptions: { changeSlug?: boolean; markUpdated?: boolean } = {},
): Promise<ActionResult<{ version: number; savedAt: string; merged: MergedSaveData | null }>> {
  return action('signed-in', (user) => {
    // A tampered call may send anything here; only real `true`s count.
    const options = {
      changeSlug: rawOptions?.changeSlug === true,
      markUpdated: rawOptions?.markUpdated === true,
    };
    const article = editable(id);
    assertMayEdit(user, article);
    if (options?.changeSlug && !can(user, 'article:publish')) throw new UserError(DENIED, { status: 403 });
    const content = parseContent(input);
    // Only a deliberate tick tells readers the article was updated; any other save of a live article is silent.
    const { markUpdated } = options;
    // A save based on an older version is merged with what was saved since (db/queries/article-writes.ts).
    const result = saveArticle(id, content, Number.isSafeInteger(baseVersion) ? baseVersion : 0, user.id, {
      changeSlug: options.changeSlug,
      event: markUpdated ? 'update' : 'save',
    });
    if (!result.ok) {
      const { conflict } = result;
      throw new UserError(mergeConflictMessage(conflict), {
        conflict: {
          version: conflict.version,
          ...(conflict.merge
            ? { merge: { base: conflict.merge.base, theirs: conflict.merge.theirs, by: conflict.by } }
            : {}),
        },
      });
    }
    const { merged } = result;
    return {
      tags: article.status === 'published' ? result.tags : [],
      audit: {
        action: 'article.save',
        entityType: 'article',
        entityId: id,
        details: {
          version: result.version,
          ...(merged
            ? { merged: { baseVersion: merged.baseVersion, from: merged.names, fields: merged.fromTheirs } }
            : {}),
          ...(markUpdated ? { markedUpdated: true } : {}),
        },
      },
      ...(merged ? { message: mergedMessage(merged) } : {}),
      data: {
        version: result.version,
        savedAt: result.updatedAt,
        merged: merged ? { content: merged.content, fromTheirs: merged.fromTheirs } : null,
      },
    };
  });
}

/** What each move needs beyond being signed in; submitting depends on the article and is checked below. */
const TRANSITION_PERMISSION: Record<Exclude<Transition, 'submit'>, Permission> = {
  'back-to-draft': 'article:edit-any',
  schedule: 'article:schedule',
  publish: 'article:publish',
  unpublish: 'article:unpublish',
};

/** A handover's note: optional, a few sentences; empty is none. */
const HandoverNote = z
  .string()
  .trim()
  .max(HANDOVER_NOTE_MAX, `Noten må højst være ${HANDOVER_NOTE_MAX.toLocaleString('da-DK')} tegn.`)
  .optional()
  .transform((value) => value || null);

export async function transitionAction(
  id: number,
  transition: Transition,
  publishAt?: string,
  note?: string,
): Promise<ActionResult<{ version: number }>> {
  return action('signed-in', (user) => {
    const article = editable(id);
    if (!isTransition(transition)) throw new UserError('Ukendt handling.');
    const handoverNote = isHandover(transition) ? parseInput(HandoverNote, note) : null;
    const allowed =
      transition === 'submit'
        ? canSubmitArticle(user, accessOf(article))
        : can(user, TRANSITION_PERMISSION[transition]);
    if (!allowed) throw new UserError(DENIED, { status: 403 });
    const result = transitionArticle(id, transition, user.id, { publishAt, note: handoverNote });
    return {
      tags: result.tags,
      // The desk's queue count and the notifications in the newsroom's menu change with a handover.
      paths: isHandover(transition) ? ['/admin'] : [],
      audit: {
        action: `article.${transition}`,
        entityType: 'article',
        entityId: id,
        details: {
          title: article.title,
          ...(publishAt && transition === 'schedule' ? { publishAt } : {}),
          ...(handoverNote ? { note: handoverNote } : {}),
        },
      },
      data: { version: result.version },
    };
  });
}

export async function restoreAction(
  id: number,
  revisionId: number,
  baseVersion: number,
): Promise<ActionResult<{ version: number }>> {
  return action('signed-in', (user) => {
    const article = editable(id);
    assertMayEdit(user, article);
    const result = restoreRevision(id, revisionId, baseVersion, user.id);
    if (!result.ok) {
      throw new UserError(`${conflictMessage(result.conflict)} Genindlæs og prøv igen.`, {
        conflict: { version: result.conflict.version },
      });
    }
    return {
      tags: article.status === 'published' ? result.tags : [],
      audit: { action: 'article.restore', entityType: 'article', entityId: id, details: { revisionId } },
      data: { version: result.version },
    };
  });
}

const CorrectionText = z
  .string()
  .trim()
  .min(5, 'Skriv rettelsen (mindst 5 tegn).')
  .max(1000, 'Rettelsen må højst være 1000 tegn.');

export async function correctionAction(id: number, text: unknown): Promise<ActionResult<{ version: number }>> {
  return action('article:correct', (user) => {
    const body = parseInput(CorrectionText, text);
    const result = addCorrection(id, body, user.id);
    return {
      tags: result.tags,
      audit: { action: 'article.correct', entityType: 'article', entityId: id },
      data: { version: result.version },
    };
  });
}

export async function deleteArticleAction(id: number): Promise<ActionResult> {
  return action('article:delete', () => {
    const result = deleteArticle(id);
    return {
      tags: result.tags,
      audit: { action: 'article.delete', entityType: 'article', entityId: id, details: { title: result.title } },
    };
  });
}

export async function pickerSearchAction(query: unknown, excludeId?: number) {
  return guardedRead('signed-in', () => (typeof query === 'string' ? findArticlesForPicker(query, excludeId) : []), []);
}
