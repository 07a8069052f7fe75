'use server';

import { z } from 'zod';

import { ADMIN_COPY, BODY_MAX_CHARS } from '@/copy/admin';
import { audit } from '@/db/queries/audit';
import { invalidate } from '@/db/cache';
import {
  addCorrection,
  createArticle,
  deleteArticle,
  EditorError,
  findArticlesForPicker,
  getEditableArticle,
  restoreRevision,
  saveArticle,
  transitionArticle,
  type ArticleContent,
  type SaveResult,
  type Transition,
} from '@/db/queries/editor';
import { STATUS_LABELS } from '@/db/queries/newsroom';
import { can, canEditArticle, canSubmitArticle, isOwn, type Permission } from '@/domain/roles';
import { currentStaff, type StaffUser } from '@/server/auth/session';
import { formatTime } from '@/domain/dates';

// The newsroom's server actions. Each one checks who is calling and what their role allows before it touches
// anything (the pages and proxy.ts are not security), validates its input, and answers with a result the editor
// shows: never a thrown error for something the user can fix.

export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; error: string; conflict?: ConflictInfo };
export type ConflictInfo = { version: number; message: string };

const DENIED = { ok: false as const, error: 'Du har ikke rettighed til at gøre det.' };
const GONE = { ok: false as const, error: 'Artiklen findes ikke længere.' };
const SIGNED_OUT = { ok: false as const, error: ADMIN_COPY.signedOut };

/** Why a writer may not edit: their own article has moved on (sent to the desk, scheduled, published), or it is not theirs. */
function editRefusal(user: StaffUser, article: NonNullable<ReturnType<typeof getEditableArticle>>) {
  if (!isOwn(user, accessOf(article)) || article.status === 'draft') return DENIED;
  return {
    ok: false as const,
    error: `Artiklen har nu status »${STATUS_LABELS[article.status]}« og kan ikke længere ændres af dig. Dine ændringer er ikke gemt; kopiér teksten, hvis du vil beholde den.`,
  };
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

function parseContent(input: unknown): { content: ArticleContent } | { error: string } {
  const parsed = Content.safeParse(input);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Ugyldigt indhold.' };
  const data = parsed.data;
  return {
    content: {
      ...data,
      sponsor: data.sponsor || null,
      seoTitle: data.seoTitle || null,
      seoDescription: data.seoDescription || null,
      tags: [...new Set(data.tags)],
      authorIds: [...new Set(data.authorIds)],
      relatedIds: [...new Set(data.relatedIds)],
    },
  };
}

const accessOf = (article: NonNullable<ReturnType<typeof getEditableArticle>>) => ({
  createdBy: article.createdBy,
  authorUserIds: article.authorUserIds,
  status: article.status,
});

/** Who or what made the version a stale save ran into, and when. */
function conflictMessage(conflict: Extract<SaveResult, { ok: false }>['conflict']): string {
  if (conflict.event === 'auto-publish')
    return `Artiklen blev udgivet automatisk kl. ${formatTime(conflict.at)}, mens du redigerede.`;
  return `${conflict.by ?? 'En anden'} gemte en nyere version kl. ${formatTime(conflict.at)}.`;
}

async function guard<T>(run: () => T | Promise<T>): Promise<T | { ok: false; error: string }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof EditorError) return { ok: false, error: error.message };
    throw error;
  }
}

export async function createArticleAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  const user = await currentStaff();
  if (!user) return SIGNED_OUT;
  if (!can(user, 'article:create')) return DENIED;
  const parsed = parseContent(input);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  return guard(() => {
    const { id, tags } = createArticle(parsed.content, user!.id);
    invalidate(...tags);
    return { ok: true as const, id };
  });
}

export async function saveArticleAction(
  id: number,
  baseVersion: number,
  input: unknown,
  options: { changeSlug?: boolean; overwrite?: boolean } = {},
): Promise<ActionResult<{ version: number; savedAt: string }>> {
  const user = await currentStaff();
  const article = Number.isInteger(id) ? getEditableArticle(id) : null;
  if (!user) return SIGNED_OUT;
  if (!article) return GONE;
  if (!canEditArticle(user, accessOf(article))) return editRefusal(user, article);
  if (options.changeSlug && !can(user, 'article:publish')) return DENIED;
  const parsed = parseContent(input);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  // "Overwrite" is a deliberate choice after a conflict: the save is then based on the version now stored.
  const base = options.overwrite ? article.version : baseVersion;
  return guard(() => {
    const result = saveArticle(id, parsed.content, base, user.id, { changeSlug: options.changeSlug });
    if (!result.ok) {
      const message = conflictMessage(result.conflict);
      return { ok: false as const, error: message, conflict: { version: result.conflict.version, message } };
    }
    if (article.status === 'published') invalidate(...result.tags);
    return { ok: true as const, version: result.version, savedAt: result.updatedAt };
  });
}

const TRANSITION_PERMISSION: Record<Exclude<Transition, 'submit' | 'back-to-draft'>, Permission> = {
  schedule: 'article:schedule',
  publish: 'article:publish',
  unpublish: 'article:unpublish',
};

const TRANSITION_AUDIT = {
  schedule: 'article.schedule',
  publish: 'article.publish',
  unpublish: 'article.unpublish',
} as const;

export async function transitionAction(
  id: number,
  transition: Transition,
  publishAt?: string,
): Promise<ActionResult<{ version: number }>> {
  const user = await currentStaff();
  const article = Number.isInteger(id) ? getEditableArticle(id) : null;
  if (!user) return SIGNED_OUT;
  if (!article) return GONE;
  if (!['submit', 'back-to-draft', 'schedule', 'publish', 'unpublish'].includes(transition))
    return { ok: false, error: 'Ukendt handling.' };
  if (
    transition === 'submit'
      ? !canSubmitArticle(user, accessOf(article))
      : transition === 'back-to-draft'
        ? !can(user, 'article:edit-any')
        : !can(user, TRANSITION_PERMISSION[transition])
  ) {
    return DENIED;
  }
  return guard(() => {
    const result = transitionArticle(id, transition, user.id, { publishAt });
    if (result.tags.length) invalidate(...result.tags);
    if (transition in TRANSITION_AUDIT) {
      audit({
        userId: user.id,
        action: TRANSITION_AUDIT[transition as keyof typeof TRANSITION_AUDIT],
        entityType: 'article',
        entityId: id,
        details: { title: article.title, ...(publishAt ? { publishAt } : {}) },
      });
    }
    return { ok: true as const, version: result.version };
  });
}

export async function restoreAction(
  id: number,
  revisionId: number,
  baseVersion: number,
): Promise<ActionResult<{ version: number }>> {
  const user = await currentStaff();
  const article = Number.isInteger(id) ? getEditableArticle(id) : null;
  if (!user) return SIGNED_OUT;
  if (!article) return GONE;
  if (!canEditArticle(user, accessOf(article))) return editRefusal(user, article);
  return guard(() => {
    const result = restoreRevision(id, revisionId, baseVersion, user.id);
    if (!result.ok) {
      return { ok: false as const, error: `${conflictMessage(result.conflict)} Genindlæs og prøv igen.` };
    }
    if (article.status === 'published') invalidate(...result.tags);
    audit({ userId: user.id, action: 'article.restore', entityType: 'article', entityId: id, details: { revisionId } });
    return { ok: true as const, version: result.version };
  });
}

export async function correctionAction(id: number, text: unknown): Promise<ActionResult<{ version: number }>> {
  const user = await currentStaff();
  if (!user) return SIGNED_OUT;
  if (!can(user, 'article:correct')) return DENIED;
  const body = z
    .string()
    .trim()
    .min(5, 'Skriv rettelsen (mindst 5 tegn).')
    .max(1000, 'Rettelsen må højst være 1000 tegn.')
    .safeParse(text);
  if (!body.success) return { ok: false, error: body.error.issues[0]!.message };
  return guard(() => {
    const result = addCorrection(id, body.data, user.id);
    invalidate(...result.tags);
    audit({ userId: user.id, action: 'article.correct', entityType: 'article', entityId: id });
    return { ok: true as const, version: result.version };
  });
}

export async function deleteArticleAction(id: number): Promise<ActionResult> {
  const user = await currentStaff();
  if (!user) return SIGNED_OUT;
  if (!can(user, 'article:delete')) return DENIED;
  return guard(() => {
    const result = deleteArticle(id);
    invalidate(...result.tags);
    audit({
      userId: user.id,
      action: 'article.delete',
      entityType: 'article',
      entityId: id,
      details: { title: result.title },
    });
    return { ok: true as const };
  });
}

export async function pickerSearchAction(query: unknown, excludeId?: number) {
  const user = await currentStaff();
  if (!user || typeof query !== 'string') return [];
  return findArticlesForPicker(query, excludeId);
}
