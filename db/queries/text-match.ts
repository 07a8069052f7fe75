import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

import { foldText, type DbOrTx } from '@/db/search-index';
import { articles } from '@/db/schema';

/** A LIKE pattern for "contains `text`": `%` and `_` typed by the user are literal characters, not wildcards. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * `column` contains `text`, ignoring case for every letter: "æbler" finds "Æbler" (SQLite's own LIKE folds
 * ASCII only). `fold()` is registered on every connection in db/connection.ts. It reads every row: for small
 * tables (media); article titles have an index of their own (titleContains).
 */
export function containsText(column: SQLWrapper, text: string): SQL {
  return sql`fold(${column}) LIKE ${likePattern(foldText(text))} ESCAPE '\\'`;
}

/** A GLOB pattern for "contains `text`": `*`, `?` and `[` typed by the user are literal characters. */
export const globPattern = (text: string) => `*${text.replace(/[*?[]/g, (char) => `[${char}]`)}*`;

/** How many of the newest matching titles a title search considers (by article id: the newest articles). */
export const TITLE_MATCH_LIMIT = 2_000;

const titleMatches = (text: string, limit: number) =>
  sql`SELECT rowid FROM article_titles WHERE title GLOB ${globPattern(foldText(text))} ORDER BY rowid DESC LIMIT ${limit}`;

/**
 * The article's title contains `text`, ignoring case for every letter, answered by the trigram index of folded
 * titles (article_titles, db/search-index.ts) instead of a pass over every title. GLOB, because the trigram index
 * serves GLOB and LIKE but not LIKE … ESCAPE; the titles are stored folded, so case is already out of the way. A
 * word in a hundred thousand titles must not cost a hundred thousand rows: only the newest TITLE_MATCH_LIMIT
 * matches are considered (see titleMatchesCapped).
 */
export function titleContains(text: string): SQL {
  return sql`${articles.id} IN (${titleMatches(text, TITLE_MATCH_LIMIT)})`;
}

/** Whether more titles contain `text` than titleContains considers. */
export function titleMatchesCapped(db: DbOrTx, text: string): boolean {
  return (
    db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (${titleMatches(text, TITLE_MATCH_LIMIT + 1)})`).n >
    TITLE_MATCH_LIMIT
  );
}
