import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { copenhagenDay } from '@/domain/dates';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
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

/** Whether views of this article are counted: it exists and is published. */
export function isCountable(articleId: number): boolean {
  return Boolean(
    getDb()
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, articleId), isPublished))
      .get(),
  );
}

/** Views of one article on one Copenhagen day ("2026-11-27"), as server/view-counter.ts collects them. */
export type ViewCount = { articleId: number; day: string; count: number };

/**
 * Adds counted views to page_views in one transaction (one commit, so one fsync, however many beacons the batch
 * holds). An article deleted since its views were counted is skipped rather than failing the batch on its foreign
 * key. Nothing is expired: "Mest læste" refreshes by time (see getMostRead).
 */
export function addViews(counts: readonly ViewCount[]): void {
  if (counts.length === 0) return;
  const db = getDb();
  db.transaction((tx) => {
    for (const { articleId, day, count } of counts) {
      tx.run(
        sql`INSERT INTO page_views (article_id, day, count)
            SELECT ${articleId}, ${day}, ${count} WHERE EXISTS (SELECT 1 FROM articles WHERE id = ${articleId})
            ON CONFLICT (article_id, day) DO UPDATE SET count = count + excluded.count`,
      );
    }
  });
}
