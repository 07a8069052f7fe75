import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** A LIKE pattern for "contains `text`": `%` and `_` typed by the user are literal characters, not wildcards. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * `column` contains `text`, ignoring case for every letter: "æbler" finds "Æbler" (SQLite's own LIKE folds
 * ASCII only). `fold()` is registered on every connection in db/connection.ts.
 */
export function containsText(column: SQLWrapper, text: string): SQL {
  return sql`fold(${column}) LIKE ${likePattern(text.toLowerCase())} ESCAPE '\\'`;
}
