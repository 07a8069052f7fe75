import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';

import { closeDb, getDb } from './client';
import { emptyArticleContent } from '@/domain/article/content';
import { seedDemoContent } from './seed';
import type { ArticleContent } from '@/domain/article/content';

/**
 * Gives the calling test file a database of its own with the demo content, in a fresh temporary folder: seeded
 * before the file's first test, then `setUp` runs (node:test does not wait for one top-level `before` hook before
 * starting the next, so a file's own preparations belong here), and closed and removed after its last test.
 */
export function demoDatabaseForTests(name: string, setUp?: () => Promise<void> | void): { uploadDir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `spalte-${name}-`));
  const uploadDir = path.join(dir, 'uploads');
  process.env.DATABASE_PATH = path.join(dir, 'test.db');
  before(async () => {
    assert.equal(await seedDemoContent({ db: getDb(), uploadDir }), true);
    await setUp?.();
  });
  after(() => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { uploadDir };
}

let articleCounter = 0;

/** An article's editable content for tests: a news draft by author 1 with a unique slug, plus `overrides`. */
export function testArticleContent(sectionId: number, overrides: Partial<ArticleContent> = {}): ArticleContent {
  return {
    ...emptyArticleContent(sectionId),
    title: 'En overskrift',
    slug: `en-overskrift-${++articleCounter}`,
    lead: 'Manchet',
    body: 'Tekst',
    authorIds: [1],
    ...overrides,
  };
}
