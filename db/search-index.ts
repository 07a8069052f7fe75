import { asc, desc, eq, lt, sql } from 'drizzle-orm';

import { markdownToPlainText } from '@/domain/markdown';
import type { Db } from './connection';
import { articles, articleTags, searchIndexState, tags } from './schema';

// The search indexes (migration 0007) hold plain text, so they are kept in sync here rather than by SQL triggers:
// every write that changes an article's title, lead, body or tags calls indexArticle() in the same transaction.
// What SQL can keep by itself, it does: triggers move an article's entry when its publication time changes (the
// entry's rowid is articles.search_key, newest first) and remove it when the article is deleted.
//   articles_fts     title, lead, body and tag names (unicode61 words): the readers' search, db/queries/search.ts
//   search_terms     every word articles_fts holds, so a prefix is expanded with one range read
//   article_titles   the title folded to lower case, in trigram form: the newsroom's "title contains" search
// No server-only guard: the seeder, the archive generator and start-up code use it too.

/** The database or a transaction on it. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

/** What the index holds of one article: plain text only (Markdown already stripped from the body). */
export type SearchEntry = { id: number; title: string; lead: string; bodyText: string; tagNames: string[] };

/**
 * The words of a text as FTS5's unicode61 tokenizer (remove_diacritics 0) cuts them: runs of letters, digits and
 * private-use characters, lower-cased.
 */
export function indexWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}\p{Co}]+/gu) ?? [];
}

/** Lower case for every letter (Æ/Ø/Å too): what article_titles holds, and how a newsroom search is folded. */
export const foldText = (text: string) => text.normalize('NFC').toLowerCase();

/**
 * Puts one article's text in the indexes, replacing what was there. `knownWords` may carry the words already in
 * search_terms across many calls (bulk indexing), to skip writing them again.
 */
export function writeSearchEntry(db: DbOrTx, entry: SearchEntry, knownWords?: Set<string>): void {
  const key = db.select({ key: articles.searchKey }).from(articles).where(eq(articles.id, entry.id)).get()?.key;
  if (key === undefined || key === null) return;
  const tagText = entry.tagNames.join(', ');
  db.run(sql`DELETE FROM articles_fts WHERE rowid = ${key}`);
  db.run(
    sql`INSERT INTO articles_fts (rowid, title, lead, body, tags) VALUES (${key}, ${entry.title}, ${entry.lead}, ${entry.bodyText}, ${tagText})`,
  );
  db.run(sql`DELETE FROM article_titles WHERE rowid = ${entry.id}`);
  db.run(sql`INSERT INTO article_titles (rowid, title) VALUES (${entry.id}, ${foldText(entry.title)})`);
  const words = new Set([
    ...indexWords(entry.title),
    ...indexWords(entry.lead),
    ...indexWords(entry.bodyText),
    ...indexWords(tagText),
  ]);
  for (const word of words) {
    if (knownWords?.has(word)) continue;
    db.run(sql`INSERT OR IGNORE INTO search_terms (term) VALUES (${word})`);
    knownWords?.add(word);
  }
}

/** Indexes one article as it is stored now (or removes it from the indexes when it no longer exists). */
export function indexArticle(db: DbOrTx, articleId: number, knownWords?: Set<string>): void {
  const article = db
    .select({ title: articles.title, lead: articles.lead, body: articles.body })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!article) {
    // The delete trigger has already removed its entries; nothing else can point at a missing article.
    db.run(sql`DELETE FROM article_titles WHERE rowid = ${articleId}`);
    return;
  }
  const tagNames = db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
    .all()
    .map((tag) => tag.name);
  writeSearchEntry(
    db,
    { id: articleId, title: article.title, lead: article.lead, bodyText: markdownToPlainText(article.body), tagNames },
    knownWords,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Rebuilding. A database whose index is missing or incomplete (a new index definition, a file restored from before
// it) is indexed again in small steps while the server serves: each step indexes articles newest first (by id) for
// a few milliseconds and records how far it got in the same transaction, so a restart goes on where it stopped and
// readers' searches cover the recent archive first. The cursor is the lowest id indexed so far (0: not started).

export type SearchIndexStatus = { rebuilding: boolean; cursor: number | null };

export function searchIndexStatus(db: DbOrTx): SearchIndexStatus {
  const cursor =
    db.select({ cursor: searchIndexState.rebuildCursor }).from(searchIndexState).where(eq(searchIndexState.id, 1)).get()
      ?.cursor ?? null;
  return { rebuilding: cursor !== null, cursor };
}

function setCursor(db: DbOrTx, cursor: number | null): void {
  const updatedAt = new Date().toISOString();
  db.insert(searchIndexState)
    .values({ id: 1, rebuildCursor: cursor, updatedAt })
    .onConflictDoUpdate({ target: searchIndexState.id, set: { rebuildCursor: cursor, updatedAt } })
    .run();
}

/** Records that the index covers every article (the seeder indexes each article it writes). */
export function markSearchIndexComplete(db: DbOrTx): void {
  setCursor(db, null);
}

/** Empties the indexes and starts a rebuild from the newest article (the next steps do the work). */
export function requestSearchIndexRebuild(db: DbOrTx): void {
  db.run(sql`DELETE FROM articles_fts`);
  db.run(sql`DELETE FROM article_titles`);
  db.run(sql`DELETE FROM search_terms`);
  setCursor(db, 0);
}

/**
 * Start-up check, without reading the index through: an empty database needs no rebuild; a database that claims a
 * complete index but lacks its newest article's entry (a file copied in from elsewhere) gets one. Returns whether
 * a rebuild is (now) due.
 */
export function checkSearchIndex(db: Db): boolean {
  const newest = db
    .select({ id: articles.id, key: articles.searchKey })
    .from(articles)
    .orderBy(desc(articles.id))
    .limit(1)
    .get();
  const { rebuilding } = searchIndexStatus(db);
  if (!newest) {
    if (rebuilding) setCursor(db, null);
    return false;
  }
  if (rebuilding) return true;
  const present = db.get<{ one: number } | undefined>(
    sql`SELECT 1 AS one FROM articles_fts WHERE rowid = ${newest.key}`,
  );
  if (present) return false;
  requestSearchIndexRebuild(db);
  return true;
}

/**
 * One step of a rebuild: indexes the articles below the cursor, newest first, until `budgetMs` has passed (at least
 * one), in one transaction. Returns how many it indexed and whether the rebuild is finished.
 */
export function rebuildSearchIndexStep(
  db: Db,
  { budgetMs = 20, knownWords }: { budgetMs?: number; knownWords?: Set<string> } = {},
) {
  return db.transaction((tx) => {
    const { cursor } = searchIndexStatus(tx);
    if (cursor === null) return { indexed: 0, done: true };
    const started = performance.now();
    let last = cursor;
    let indexed = 0;
    while (performance.now() - started < budgetMs) {
      const next = tx
        .select({ id: articles.id })
        .from(articles)
        .where(last === 0 ? undefined : lt(articles.id, last))
        .orderBy(desc(articles.id))
        .limit(16)
        .all();
      if (next.length === 0) {
        setCursor(tx, null);
        return { indexed, done: true };
      }
      for (const { id } of next) {
        indexArticle(tx, id, knownWords);
        last = id;
        indexed++;
        if (performance.now() - started >= budgetMs) break;
      }
    }
    setCursor(tx, last);
    return { indexed, done: false };
  });
}

/** Rebuilds the whole index now, in one go (scripts and tests; the server rebuilds in steps instead). */
export function rebuildSearchIndex(db: Db): void {
  requestSearchIndexRebuild(db);
  const knownWords = new Set<string>();
  while (!rebuildSearchIndexStep(db, { budgetMs: 1000, knownWords }).done);
}
