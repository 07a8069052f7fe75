import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { copenhagenDay } from '@/domain/dates';
import { getDb } from '@/db/client';
import { articles, pageViews } from '@/db/schema';
import { teasersByIds, type ArticleTeaser } from '@/db/queries/teasers';
import { cached } from '@/db/cache';
import { isPublished } from './visibility';

export const MOST_READ_DAYS = 7;
export const MOST_READ_LIMIT = 5;

function firstCountedDay(now: Date): string {
  return copenhagenDay(new Date(now.getTime() - (MOST_READ_DAYS - 1) * 24 * 60 * 60 * 1000));
}

/**
 * Ids of the most read published news articles over the last seven Copenhagen days, most read first. It reads
 * the week's rows of page_views by its day index (INDEXED BY: page_views holds every day of every article, and a
 * pass over it in article order would cost the whole history), so its cost is a week's readership.
 */
export function mostReadIds({ limit = MOST_READ_LIMIT, now = new Date() }: { limit?: number; now?: Date } = {}) {
  return getDb()
    .all<{ id: number }>(
      sql`SELECT pv.article_id AS id FROM page_views pv INDEXED BY page_views_day_idx
          JOIN articles a ON a.id = pv.article_id
          WHERE pv.day >= ${firstCountedDay(now)} AND a.status = 'published' AND a.kind = 'news'
          GROUP BY pv.article_id
          ORDER BY sum(pv.count) DESC, pv.article_id DESC
          LIMIT ${limit}`,
    )
    .map((row) => row.id);
}

/**
 * How often "Mest læste" is recomputed. It is on every page, so expiring it on each view that changes the ranking
 * would regenerate every cached page continuously; instead it refreshes by time (stale-while-revalidate).
 */
export function mostReadRefreshSeconds(): number {
  const configured = Number(process.env.MOST_READ_REFRESH_SECONDS);
  return Number.isInteger(configured) && configured > 0 ? configured : 60;
}

export const getMostRead = cached(
  (): ArticleTeaser[] => teasersByIds(mostReadIds()),
  ['most-read'],
  [TAGS.mostRead, TAGS.articleLists],
  { revalidate: mostReadRefreshSeconds() },
);

/**
 * Counts one view of a published article under today's Copenhagen date. Returns false when there is no such
 * published article.
 */
export function recordView({ articleId, now = new Date() }: { articleId: number; now?: Date }): boolean {
  const db = getDb();
  const article = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, articleId), isPublished))
    .get();
  if (!article) return false;
  db.insert(pageViews)
    .values({ articleId, day: copenhagenDay(now), count: 1 })
    .onConflictDoUpdate({ target: [pageViews.articleId, pageViews.day], set: { count: sql`${pageViews.count} + 1` } })
    .run();
  return true;
}
