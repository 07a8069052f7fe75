import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';

import { closeDb, getDb } from './client';
import { openDatabase } from './connection';
import { searchArticles } from './queries/search';
import { checkSearchIndex, rebuildSearchIndex, searchIndexStatus } from './search-index';
import { demoDatabaseForTests } from './test-database';

demoDatabaseForTests('search-index');

const rows = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const count = (table: string) => getDb().get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`)).n;

describe('migration search_text_blocks', () => {
  it('empties the index of a database indexed the old way and starts a rebuild, which finds list words again', async () => {
    const file = process.env.DATABASE_PATH!;
    assert.equal(searchIndexStatus(getDb()).rebuilding, false);
    assert.ok(count('articles_fts') > 0);
    closeDb();
    // A database indexed the old way (the index complete), given the migration's SQL as the migrator would run it.
    const dir = path.join(process.cwd(), 'db', 'migrations');
    const migration = readdirSync(dir).find((name) => name.endsWith('_search_text_blocks.sql'))!;
    const raw = new Database(file);
    raw.exec(readFileSync(path.join(dir, migration), 'utf8').replaceAll('--> statement-breakpoint', ''));
    raw.close();

    const reopened = openDatabase(file);
    try {
      assert.deepEqual(searchIndexStatus(reopened.db), { rebuilding: true, cursor: 0 });
      assert.equal(rows(reopened.sqlite, 'articles_fts'), 0);
      assert.equal(rows(reopened.sqlite, 'search_terms'), 0);
      assert.equal(rows(reopened.sqlite, 'article_titles'), 0);
      // What the server's start-up check and background rebuild do with it.
      assert.equal(checkSearchIndex(reopened.db), true);
      rebuildSearchIndex(reopened.db);
      assert.equal(searchIndexStatus(reopened.db).rebuilding, false);
    } finally {
      reopened.sqlite.close();
    }
    assert.ok(count('article_titles') > 0);
    const found = await searchArticles({ q: 'cloudarkitekt', page: 1 });
    assert.ok(found?.hits.some((hit) => hit.slug === 'her-er-it-branchens-hoejeste-loenninger'));
  });
});
