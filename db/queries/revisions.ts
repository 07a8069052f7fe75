import 'server-only';

import { and, desc, eq } from 'drizzle-orm';

import { type ArticleContent } from '@/domain/article/content';
import { type RevisionEvent } from '@/domain/article/workflow';
import { UserError } from '@/domain/errors';
import { getDb } from '@/db/client';
import { revisions, users } from '@/db/schema';
import { saveArticle, type SaveResult } from './article-writes';
import { getEditableArticle } from './editor';

// The revision history: every version of an article, one revision each, and restoring an old one (as a new save).

export type RevisionSummary = {
  id: number;
  version: number;
  createdAt: string;
  userName: string | null;
  event: RevisionEvent | null;
  /** A handover's note ("Send til redigering", "Tilbage til kladde"). */
  note: string | null;
};

const summaryColumns = {
  id: revisions.id,
  version: revisions.version,
  createdAt: revisions.createdAt,
  userName: users.name,
  event: revisions.event,
  note: revisions.note,
};

export function listRevisions(articleId: number): RevisionSummary[] {
  return getDb()
    .select(summaryColumns)
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.userId))
    .where(eq(revisions.articleId, articleId))
    .orderBy(desc(revisions.version), desc(revisions.id))
    .all();
}

export function getRevision(
  articleId: number,
  revisionId: number,
): (RevisionSummary & { content: ArticleContent }) | null {
  const row = getDb()
    .select({ ...summaryColumns, snapshot: revisions.snapshot })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.userId))
    .where(and(eq(revisions.articleId, articleId), eq(revisions.id, revisionId)))
    .get();
  if (!row) return null;
  const { snapshot, ...summary } = row;
  return { ...summary, content: JSON.parse(snapshot) as ArticleContent };
}

/**
 * Restore: saves an old revision's content as a new version (based on `baseVersion`, so it can conflict like any
 * save). The status, and so what readers see of a published article's state, is left as it is; the address stays
 * the current one.
 */
export function restoreRevision(
  articleId: number,
  revisionId: number,
  baseVersion: number,
  userId: number,
): SaveResult {
  const revision = getRevision(articleId, revisionId);
  const current = getEditableArticle(articleId);
  if (!revision || !current) throw new UserError('Versionen findes ikke.');
  return saveArticle(
    articleId,
    { ...revision.content, slug: current.slug, sectionId: current.sectionId },
    baseVersion,
    userId,
    { event: 'restore' },
  );
}
