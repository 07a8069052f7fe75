import 'server-only';

import { and, count, desc, eq, inArray, isNull, lte, ne, sql } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articleAuthors, articleCounts, articles, authors, notifications, revisions, users } from '@/db/schema';
import type { HandoverKind } from '@/domain/article/workflow';
import { ROLES, can } from '@/domain/roles';
import type { Tx } from './editor';

// Handing an article over: "Send til redigering" tells the desk (everyone who may publish), "Tilbage til kladde"
// tells the article's writers (its creator and the staff behind its bylines). The note goes with the revision the
// move makes (db/queries/workflow.ts) and with each notification, so it is seen in the editor and in the list of
// notifications.

/** Who is told about a handover: never the person who made it, never a deactivated account. */
function recipients(tx: Tx, articleId: number, kind: HandoverKind, actorId: number): number[] {
  if (kind === 'submit') {
    const desk = ROLES.filter((role) => can({ id: 0, role }, 'article:publish'));
    return tx
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.role, desk), eq(users.active, true), ne(users.id, actorId)))
      .all()
      .map((row) => row.id);
  }
  const creator = tx.select({ id: articles.createdBy }).from(articles).where(eq(articles.id, articleId)).get()?.id;
  const bylines = tx
    .select({ id: authors.userId })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, articleId))
    .all()
    .map((row) => row.id);
  const candidates = [...new Set([creator, ...bylines])].filter((id): id is number => id != null && id !== actorId);
  if (candidates.length === 0) return [];
  return tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, candidates), eq(users.active, true)))
    .all()
    .map((row) => row.id);
}

/** Tells the people on the other side of a handover; runs in the transaction that moves the article. */
export function notifyHandover(
  tx: Tx,
  {
    articleId,
    kind,
    actorId,
    note,
    at,
  }: { articleId: number; kind: HandoverKind; actorId: number; note: string | null; at: string },
): number {
  const ids = recipients(tx, articleId, kind, actorId);
  if (ids.length === 0) return 0;
  tx.insert(notifications)
    .values(ids.map((userId) => ({ userId, articleId, actorId, kind, note, createdAt: at })))
    .run();
  return ids.length;
}

export type Handover = { kind: HandoverKind; note: string | null; at: string; by: string | null };

/** The article's latest handover, when it is the last thing that happened to its status (shown in the editor). */
export function latestHandover(articleId: number): Handover | null {
  const row = getDb()
    .select({ event: revisions.event, note: revisions.note, at: revisions.createdAt, by: users.name })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.userId))
    .where(
      and(
        eq(revisions.articleId, articleId),
        inArray(revisions.event, ['submit', 'back-to-draft', 'schedule', 'publish', 'unpublish', 'auto-publish']),
      ),
    )
    .orderBy(desc(revisions.version), desc(revisions.id))
    .get();
  if (!row || (row.event !== 'submit' && row.event !== 'back-to-draft')) return null;
  return { kind: row.event, note: row.note, at: row.at, by: row.by };
}

export type NotificationItem = {
  id: number;
  kind: HandoverKind;
  note: string | null;
  createdAt: string;
  readAt: string | null;
  articleId: number;
  articleTitle: string;
  actorName: string | null;
};

export const NOTIFICATIONS_PAGE_SIZE = 30;

/** A person's notifications, unread first, newest first within each; one bounded page. */
export function listNotifications(userId: number, page = 1): { items: NotificationItem[]; total: number } {
  const db = getDb();
  const items = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      note: notifications.note,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      articleId: notifications.articleId,
      articleTitle: articles.title,
      actorName: users.name,
    })
    .from(notifications)
    .innerJoin(articles, eq(articles.id, notifications.articleId))
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(eq(notifications.userId, userId))
    .orderBy(sql`${notifications.readAt} IS NOT NULL`, desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((page - 1) * NOTIFICATIONS_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(notifications).where(eq(notifications.userId, userId)).get()?.n ?? 0;
  return { items, total };
}

export function unreadNotifications(userId: number): number {
  return (
    getDb()
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .get()?.n ?? 0
  );
}

/** Marks the person's unread notifications up to `shownUntil` read; returns how many. */
export function markNotificationsRead(userId: number, shownUntil: string, at = new Date().toISOString()): number {
  return getDb()
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(eq(notifications.userId, userId), isNull(notifications.readAt), lte(notifications.createdAt, shownUntil)),
    )
    .run().changes;
}

/** How many articles wait at the desk ("Til redigering"), from the trigger-kept counts. */
export function reviewQueueLength(): number {
  return Number(
    getDb()
      .select({ n: sql<number>`coalesce(sum(${articleCounts.articles}), 0)` })
      .from(articleCounts)
      .where(eq(articleCounts.status, 'review'))
      .get()?.n ?? 0,
  );
}
