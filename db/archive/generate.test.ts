import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq, sql } from 'drizzle-orm';

import { markdownToPlainText } from '@/domain/markdown';
import { createAccount } from '@/db/queries/accounts';
import { getDb } from '@/db/client';
import { createArticle, deleteArticle, saveArticle } from '@/db/queries/article-writes';
import { transitionArticle } from '@/db/queries/workflow';
import { getEditableArticle } from '@/db/queries/editor';
import { articles, sections } from '@/db/schema';
import {
  checkSearchIndex,
  rebuildSearchIndexStep,
  requestSearchIndexRebuild,
  searchIndexStatus,
} from '@/db/search-index';
import { demoDatabaseForTests, testArticleContent } from '@/db/test-database';
import { generateArchive } from './generate';

// The archive generator writes through the schema and the search-entry writer, and the triggers of migrations
// 0007, 0009 and 0012 keep the listing columns, sitemap months, article counts and tags' newest articles; these tests hold all of that against
// the same facts recomputed from scratch.

let editorId: number;
demoDatabaseForTests('archive', async () => {
  editorId = await createAccount(getDb(), {
    email: 'arkiv@spalte.dk',
    name: 'Arkiv Redaktør',
    role: 'editor',
    password: 'en-lang-adgangskode',
  });
});

const ADDED = 400;

/** What the trigger-kept tables hold, next to what they should hold, computed from the articles themselves. */
function keptAndComputed() {
  const db = getDb();
  const all = <T>(query: ReturnType<typeof sql>) => db.all<T>(query);
  return {
    months: [
      all(sql`SELECT month, articles, lastmod FROM sitemap_months WHERE articles > 0 ORDER BY month`).map((row) =>
        JSON.stringify(row),
      ),
      all(
        sql`SELECT substr(published_at, 1, 7) AS month, count(*) AS articles FROM articles WHERE status = 'published' AND published_at IS NOT NULL GROUP BY 1 ORDER BY 1`,
      ).map((row) => JSON.stringify(row)),
    ],
    counts: [
      all(sql`SELECT status, section_id, articles FROM article_counts WHERE articles > 0 ORDER BY status, section_id`),
      all(
        sql`SELECT status, section_id, count(*) AS articles FROM articles GROUP BY status, section_id ORDER BY status, section_id`,
      ),
    ],
    tags: [
      all(sql`SELECT article_id, tag_id, published_at FROM article_tags ORDER BY article_id, tag_id`),
      all(
        sql`SELECT at.article_id, at.tag_id, CASE WHEN a.status = 'published' THEN a.published_at END AS published_at
            FROM article_tags at JOIN articles a ON a.id = at.article_id ORDER BY at.article_id, at.tag_id`,
      ),
    ],
    tagNewest: [
      all(sql`SELECT id, newest_published_at FROM tags ORDER BY id`),
      all(
        sql`SELECT t.id, (SELECT max(at.published_at) FROM article_tags at WHERE at.tag_id = t.id) AS newest_published_at FROM tags t ORDER BY t.id`,
      ),
    ],
    authors: [
      all(sql`SELECT article_id, author_id, published_at FROM article_authors ORDER BY article_id, author_id`),
      all(
        sql`SELECT aa.article_id, aa.author_id, CASE WHEN a.status = 'published' THEN a.published_at END AS published_at
            FROM article_authors aa JOIN articles a ON a.id = aa.article_id ORDER BY aa.article_id, aa.author_id`,
      ),
    ],
  };
}

function assertKeptTablesHold() {
  const { months, counts, tags, tagNewest, authors } = keptAndComputed();
  // The month's article count must match; its lastmod is the newest change, at least the newest update in it.
  assert.deepEqual(
    months[0]!.map((row) => {
      const { month, articles: n } = JSON.parse(row) as { month: string; articles: number };
      return JSON.stringify({ month, articles: n });
    }),
    months[1],
  );
  assert.deepEqual(counts[0], counts[1]);
  assert.deepEqual(tags[0], tags[1]);
  assert.deepEqual(tagNewest[0], tagNewest[1]);
  assert.deepEqual(authors[0], authors[1]);
}

/** Every article's search entry, as the index holds it, by article id. */
function searchEntries() {
  return new Map(
    getDb()
      .all<{ key: number; title: string; body: string; tags: string }>(
        sql`SELECT rowid AS key, title, body, tags FROM articles_fts`,
      )
      .map((row) => [row.key % 134217728, row]),
  );
}

describe('the archive generator', () => {
  it('adds the articles it was asked for, with jobs and Navnenyt in proportion, and indexes every one as the editor would', () => {
    const db = getDb();
    const before = db
      .select({ n: sql<number>`count(*)` })
      .from(articles)
      .get()!.n;
    const summary = generateArchive(db, { articles: ADDED, seed: 3 });
    assert.equal(summary.articles, ADDED);
    assert.equal(
      db
        .select({ n: sql<number>`count(*)` })
        .from(articles)
        .get()!.n,
      before + ADDED,
    );
    assert.equal(summary.jobs, ADDED / 100);
    assert.equal(summary.peopleNews, ADDED / 20);
    const entries = searchEntries();
    const rows = db.select({ id: articles.id, title: articles.title, body: articles.body }).from(articles).all();
    assert.equal(entries.size, rows.length);
    for (const row of rows) {
      const entry = entries.get(row.id);
      assert.ok(entry, `article ${row.id} is in the search index`);
      assert.equal(entry.title, row.title);
      // The generator builds the plain text block by block; it must be what the renderer's own function gives.
      assert.equal(entry.body, markdownToPlainText(row.body), `article ${row.id}`);
    }
    assert.equal(searchIndexStatus(db).rebuilding, false);
  });

  it('leaves the trigger-kept listing columns, sitemap months and counts equal to what the articles say', () => {
    assertKeptTablesHold();
  });

  it('keeps them equal through publishing, unpublishing, moving, editing and deleting', () => {
    const db = getDb();
    const sectionIds = db
      .select({ id: sections.id })
      .from(sections)
      .all()
      .map((row) => row.id);
    const id = createArticle(testArticleContent(sectionIds[0]!, { tags: ['Arkiv', 'Test'] }), editorId).id;
    assertKeptTablesHold();
    transitionArticle(id, 'publish', editorId);
    assertKeptTablesHold();
    const article = getEditableArticle(id)!;
    assert.equal(
      saveArticle(id, { ...article, sectionId: sectionIds[1]!, tags: ['Andet emne'] }, article.version, editorId).ok,
      true,
    );
    assertKeptTablesHold();
    transitionArticle(id, 'unpublish', editorId);
    assertKeptTablesHold();
    const draft = createArticle(testArticleContent(sectionIds[2]!), editorId).id;
    deleteArticle(draft);
    assertKeptTablesHold();
    // A direct status change (a script, an import) is kept too: the triggers do not depend on the data layer.
    db.update(articles).set({ status: 'published' }).where(eq(articles.id, id)).run();
    assertKeptTablesHold();
  });
});

describe('rebuilding the search index', () => {
  it('indexes every article again in bounded steps, newest first, and then says it is done', () => {
    const db = getDb();
    const before = searchEntries();
    requestSearchIndexRebuild(db);
    assert.equal(searchEntries().size, 0);
    assert.equal(searchIndexStatus(db).rebuilding, true);
    const newest = db
      .select({ id: articles.id })
      .from(articles)
      .orderBy(sql`${articles.id} DESC`)
      .limit(1)
      .get()!.id;
    const first = rebuildSearchIndexStep(db, { budgetMs: 1 });
    assert.ok(first.indexed >= 1 && !first.done);
    // Newest first: after one short step the newest article is searchable, the oldest not yet.
    assert.ok(searchEntries().has(newest));
    assert.ok(!searchEntries().has(1));
    let steps = 1;
    while (!rebuildSearchIndexStep(db, { budgetMs: 5 }).done) steps++;
    assert.ok(steps > 1);
    assert.equal(searchIndexStatus(db).rebuilding, false);
    const after = searchEntries();
    assert.equal(after.size, before.size);
    for (const [id, entry] of before) assert.deepEqual(after.get(id), entry, `article ${id}`);
  });
});

describe('the search index at start-up', () => {
  it('trusts a complete index without reading it, and starts a rebuild when a copied-in file lacks its newest entries', () => {
    const db = getDb();
    assert.equal(checkSearchIndex(db), false);
    // A file whose index was left behind: the newest article has no entry.
    const newest = db
      .select({ key: articles.searchKey })
      .from(articles)
      .orderBy(sql`${articles.id} DESC`)
      .limit(1)
      .get()!.key!;
    db.run(sql`DELETE FROM articles_fts WHERE rowid = ${newest}`);
    assert.equal(checkSearchIndex(db), true);
    assert.equal(searchIndexStatus(db).rebuilding, true);
    while (!rebuildSearchIndexStep(db, { budgetMs: 50 }).done);
    assert.equal(checkSearchIndex(db), false);
  });
});
