import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

import { foldText } from '../search-index';
import { articles } from '../schema';

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

/**
 * The article's title contains `text`, ignoring case for every letter, answered by the trigram index of folded
 * titles (article_titles, db/search-index.ts) instead of a pass over every title. GLOB, because the trigram index
 * serves GLOB and LIKE but not LIKE … ESCAPE; the titles are stored folded, so case is already out of the way.
 */
export function titleContains(text: string): SQL {
  return sql`${articles.id} IN (SELECT rowid FROM article_titles WHERE title GLOB ${globPattern(foldText(text))})`;
}
