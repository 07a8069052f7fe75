'use server';

import { z } from 'zod';

import { BODY_MAX_CHARS, STATUS_LABELS } from '@/copy/admin';
import { authorOfUser } from '@/db/queries/authors';
import { addCorrection, createArticle, deleteArticle, saveArticle, type SaveResult } from '@/db/queries/article-writes';
import { findArticlesForPicker, getEditableArticle, type EditableArticle } from '@/db/queries/editor';
import { restoreRevision } from '@/db/queries/revisions';
import { transitionArticle } from '@/db/queries/workflow';
import type { ArticleContent } from '@/domain/article/content';
import { isTransition, type Transition } from '@/domain/article/workflow';
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
  authorIds: z.array(z.number().int().positive()).max(10, 'Højst 10 skribenter.'),
  tags: z.array(z.string().trim().min(1).max(60)).max(20, 'Højst 20 emner.'),
  relatedIds: z.array(z.number().int().positive()).max(10, 'Højst 10 relaterede artikler.'),
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
function conflictMessage(conflict: Extract<SaveResult, { ok: false }>['conflict']): string {
  if (conflict.event === 'auto-publish')
    return `Artiklen blev udgivet automatisk kl. ${formatTime(conflict.at)}, mens du redigerede.`;
  return `${conflict.by ?? 'En anden'} gemte en nyere version kl. ${formatTime(conflict.at)}.`;
}

export async function createArticleAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return action('article:create', (user) => {
    const parsed = parseContent(input);
    // A new article with no byline is its creator's, so nothing goes live without an "Af …" line by accident.
    const own = parsed.authorIds.length === 0 ? authorOfUser(user.id) : null;
    const content = own === null ? parsed : { ...parsed, authorIds: [own] };
    const { id, tags } = createArticle(content, user.id);
    return {
      tags,
      audit: { action: 'article.create', entityType: 'article', entityId: id, details: { title: content.title } },
      data: { id },
    };
  });
}

export async function saveArticleAction(
  id: number,
  baseVersion: number,
  input: unknown,
  options: { changeSlug?: boolean; overwrite?: boolean } = {},
): Promise<ActionResult<{ version: number; savedAt: string }>> {
  return action('signed-in', (user) => {
    const article = editable(id);
    assertMayEdit(user, article);
    if (options.changeSlug && !can(user, 'article:publish')) throw new UserError(DENIED, { status: 403 });
    const content = parseContent(input);
    // "Overwrite" is a deliberate choice after a conflict: the save is then based on the version now stored.
    const base = options.overwrite ? article.version : baseVersion;
    const result = saveArticle(id, content, base, user.id, { changeSlug: options.changeSlug });
    if (!result.ok)
      throw new UserError(conflictMessage(result.conflict), { conflict: { version: result.conflict.version } });
    return {
      tags: article.status === 'published' ? result.tags : [],
      audit: {
        action: 'article.save',
        entityType: 'article',
        entityId: id,
        details: { version: result.version, ...(options.overwrite ? { overwrite: true } : {}) },
      },
      data: { version: result.version, savedAt: result.updatedAt },
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

export async function transitionAction(
  id: number,
  transition: Transition,
  publishAt?: string,
): Promise<ActionResult<{ version: number }>> {
  return action('signed-in', (user) => {
    const article = editable(id);
    if (!isTransition(transition)) throw new UserError('Ukendt handling.');
    const allowed =
      transition === 'submit'
        ? canSubmitArticle(user, accessOf(article))
        : can(user, TRANSITION_PERMISSION[transition]);
    if (!allowed) throw new UserError(DENIED, { status: 403 });
    const result = transitionArticle(id, transition, user.id, { publishAt });
    return {
      tags: result.tags,
      audit: {
        action: `article.${transition}`,
        entityType: 'article',
        entityId: id,
        details: { title: article.title, ...(publishAt && transition === 'schedule' ? { publishAt } : {}) },
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
