import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';

import { eq, sql } from 'drizzle-orm';

import { closeDb, getDb } from './client';
import { emptyArticleContent } from '@/domain/article/content';
import { createAccount } from './queries/accounts';
import { jobs, sections } from './schema';
import { seedDemoContent } from './seed';
import type { ArticleContent } from '@/domain/article/content';
import { UserError } from '@/domain/errors';

/**
 * Gives the calling test file a database of its own with the demo content, in a fresh temporary folder: seeded
 * before the file's first test, then `setUp` runs (node:test does not wait for one top-level `before` hook before
 * starting the next, so a file's own preparations belong here), and closed and removed after its last test.
 *
 * Seeding renders every demo image's crops, which takes seconds; when `TEST_SEED_TEMPLATE` names a folder (the unit
 * runner gives each run a fresh one, and runs database tests one file at a time), the first file's freshly seeded
 * database and uploads are kept there (`VACUUM INTO`, a consistent copy) and later files start from copies of them.
 */
export function demoDatabaseForTests(name: string, setUp?: () => Promise<void> | void): { uploadDir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `spalte-${name}-`));
  const uploadDir = path.join(dir, 'uploads');
  process.env.DATABASE_PATH = path.join(dir, 'test.db');
  const template = process.env.TEST_SEED_TEMPLATE;
  before(async () => {
    const templateDb = template && path.join(template, 'seeded.db');
    if (templateDb && fs.existsSync(templateDb)) {
      fs.copyFileSync(templateDb, process.env.DATABASE_PATH!);
      fs.cpSync(path.join(template, 'uploads'), uploadDir, { recursive: true });
    } else {
      assert.equal(await seedDemoContent({ db: getDb(), uploadDir }), true);
      if (templateDb) {
        fs.mkdirSync(template, { recursive: true });
        fs.cpSync(uploadDir, path.join(template, 'uploads'), { recursive: true });
        getDb().run(sql`VACUUM INTO ${templateDb}`);
      }
    }
    await setUp?.();
  });
  after(() => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { uploadDir };
}

/**
 * A demo database (as demoDatabaseForTests) with an editor account "Redaktør"; `ready` gets the account's id and the
 * id of the "Sikkerhed" section once they exist.
 */
export function editorTestDatabase(name: string, ready: (ids: { userId: number; sectionId: number }) => void) {
  return demoDatabaseForTests(name, async () => {
    const userId = await createAccount(getDb(), {
      email: 'red@spalte.dk',
      name: 'Redaktør',
      role: 'editor',
      password: 'en-lang-adgangskode',
    });
    const sectionId = getDb().select({ id: sections.id }).from(sections).where(eq(sections.slug, 'sikkerhed')).get()!
      .id;
    ready({ userId, sectionId });
  });
}

/** Runs `fn` with one job's deadline moved, then puts it back. */
export async function withJobDeadline(id: number, expiresAt: string, fn: () => Promise<void>) {
  const original = getDb().select({ expiresAt: jobs.expiresAt }).from(jobs).where(eq(jobs.id, id)).get()!.expiresAt;
  getDb().update(jobs).set({ expiresAt }).where(eq(jobs.id, id)).run();
  try {
    await fn();
  } finally {
    getDb().update(jobs).set({ expiresAt: original }).where(eq(jobs.id, id)).run();
  }
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

/** The UserError `fn` refuses with; fails the test when it does not refuse. */
export function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  assert.fail('expected a refusal');
}
