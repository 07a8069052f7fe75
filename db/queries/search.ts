import 'server-only';

import { sql } from 'drizzle-orm';

import { TAGS } from '@/lib/cache-tags';
import { buildFtsQuery } from '@/lib/search-query';
import { getDb } from '../client';
import { PAGE_SIZE, toTeaser, type ArticleTeaser, type TeaserRow } from './articles';
import { cached } from './cache';

export const SEARCH_PERIODS = {
  doegn: { label: 'Seneste døgn', days: 1 },
  uge: { label: 'Seneste uge', days: 7 },
  maaned: { label: 'Seneste måned', days: 31 },
  aar: { label: 'Seneste år', days: 366 },
} as const;
export type SearchPeriod = keyof typeof SEARCH_PERIODS;

/** Marks around matched words in `titleMarked` and `snippet`; the page turns them into <mark>. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

export type SearchHit = ArticleTeaser & { titleMarked: string; snippet: string };
export type SearchResults = { hits: SearchHit[]; total: number; page: number; pageCount: number };

type HitRow = TeaserRow & { titleMarked: string; bodySnippet: string; leadSnippet: string };

/**
 * Published articles matching the reader's words, best first: BM25 (title weighs most, then tags, lead, body)
 * boosted for recency, so of two equally good matches the newer wins. Null when the page is past the last one.
 */
export const searchArticles = cached(
  ({ q, section, period, page }: { q: string; section?: string; period?: SearchPeriod; page: number }): SearchResults | null => {
    const match = buildFtsQuery(q);
    if (!match) return { hits: [], total: 0, page: 1, pageCount: 1 };
    const since = period
      ? new Date(Date.now() - SEARCH_PERIODS[period].days * 24 * 60 * 60 * 1000).toISOString()
      : null;
    const where = sql`articles_fts MATCH ${match} AND a.status = 'published'
      ${section ? sql`AND s.slug = ${section}` : sql``}
      ${since ? sql`AND a.published_at >= ${since}` : sql``}`;
    const from = sql`FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid JOIN sections s ON s.id = a.section_id`;
    const db = getDb();
    const total = db.get<{ n: number }>(sql`SELECT count(*) AS n ${from} WHERE ${where}`).n;
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (page > pageCount) return null;
    const rows = db.all<HitRow>(sql`
      SELECT a.id, a.slug, a.title, a.lead, a.kind, a.sponsor, a.published_at AS publishedAt, a.updated_at AS updatedAt,
        s.slug AS sectionSlug, s.name AS sectionName,
        m.file_name AS imageFile, m.width AS imageWidth, m.height AS imageHeight, m.alt AS imageAlt,
        m.caption AS imageCaption, m.credit AS imageCredit, m.focal_x AS imageFocalX, m.focal_y AS imageFocalY,
        highlight(articles_fts, 0, ${MARK_START}, ${MARK_END}) AS titleMarked,
        snippet(articles_fts, 2, ${MARK_START}, ${MARK_END}, '…', 24) AS bodySnippet,
        snippet(articles_fts, 1, ${MARK_START}, ${MARK_END}, '…', 24) AS leadSnippet
      ${from} LEFT JOIN media m ON m.id = a.top_image_id
      WHERE ${where}
      ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0, 6.0)
        * (1.0 + 1.0 / (1.0 + max(0, julianday('now') - julianday(a.published_at)) / 30.0)), a.published_at DESC
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`);
    return {
      hits: rows.map((row) => ({
        ...toTeaser(row),
        titleMarked: row.titleMarked,
        // Prefer the body passage with the match; when only the title or lead matched, show the lead.
        snippet: row.bodySnippet.includes(MARK_START) ? row.bodySnippet : row.leadSnippet,
      })),
      total,
      page,
      pageCount,
    };
  },
  ['search-articles'],
  [TAGS.articleLists],
  { revalidate: 300 },
);
