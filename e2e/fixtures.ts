import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { expect, test, type APIRequestContext } from '@playwright/test';

// Shared by the e2e specs: the seed text, direct access to the test server's database (to change data behind
// the cache's back) and the revalidation call that the server exposes to scripts.

export const SEED_ARTICLE_PATH = '/nyheder/zoom-beskyldes-for-at-samarbejde-med-kina';
export const REVALIDATE_SECRET = process.env.REVALIDATE_SECRET ?? 'e2e-revalidate-secret';
export const READER_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** The seed page's lines: headline, lead, image placeholder, paragraphs, widgets. */
/** A site path as the absolute URL the site itself writes (canonical links, sitemap entries, redirects). */
export const absolute = (path: string) => new URL(path, test.info().project.use.baseURL).href;

export const DAY = 24 * 60 * 60 * 1000;

/** Copenhagen wall-clock time `offsetMs` from now, as a datetime-local input takes it ("2026-11-28T14:05"). */
export function copenhagenInput(offsetMs: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', dateStyle: 'short', timeStyle: 'short' })
    .format(new Date(Date.now() + offsetMs))
    .replace(' ', 'T');
}

export function seedLines(): string[] {
  return fs
    .readFileSync(path.join(process.cwd(), 'db', 'seed-content', 'article-page.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The seed article's body paragraphs, without the "Læs mere her:" / "Læs også:" lines. */
export function seedParagraphs(): string[] {
  const lines = seedLines();
  return lines
    .slice(lines.indexOf('Artikel top billede') + 1, lines.indexOf('Annonceindlæg fra DE-CIX'))
    .filter((line) => !/^Læs (mere her|også):/.test(line));
}

export function openTestDb() {
  const db = new Database(path.resolve(process.env.DATABASE_PATH ?? '.test-tmp/e2e.db'));
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Rows of one statement, on a connection opened and closed for it. */
export function queryTestDb<T>(sql: string, ...params: unknown[]): T[] {
  const db = openTestDb();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Runs one writing statement on a connection opened and closed for it. */
export function runTestDb(sql: string, ...params: unknown[]): void {
  const db = openTestDb();
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

export async function revalidate(request: APIRequestContext, tags: string[]) {
  const response = await request.post('/api/revalidate', {
    headers: { authorization: `Bearer ${REVALIDATE_SECRET}` },
    data: { tags },
  });
  if (response.status() !== 200) throw new Error(`revalidate failed: ${response.status()} ${await response.text()}`);
}

/**
 * Deletes articles a story created and expires the pages that showed them, so published test articles don't
 * become the front page's lead story for the specs that run later.
 */
export async function deleteTestArticles(
  playwright: { request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> } },
  baseURL: string | undefined,
  ids: number[],
) {
  if (ids.length === 0) return;
  const marks = ids.map(() => '?').join(',');
  const db = openTestDb();
  const rows = db
    .prepare(
      `SELECT a.id, a.slug, a.title, a.status, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.id IN (${marks})`,
    )
    .all(...ids) as { id: number; slug: string; title: string; status: string; section: string }[];
  // Triggers take their search-index entries, counts and sitemap months with them (migrations 0007, 0009).
  db.prepare(`DELETE FROM articles WHERE id IN (${marks})`).run(...ids);
  db.close();
  const request = await playwright.request.newContext({ baseURL });
  await revalidate(request, [
    'article-lists',
    'tags',
    'sponsored',
    ...rows.flatMap((row) => [`article:${row.id}`, `article-slug:${row.slug}`, `section:${row.section}`]),
  ]);
  // The next story may read the front page at once: wait until the rebuilt page no longer shows what was deleted
  // (the route cache rebuilds an expired page on its next request).
  const published = rows.filter((row) => row.status === 'published').map((row) => row.title);
  if (published.length) {
    await expect
      .poll(async () => {
        const html = await (await request.get('/')).text();
        return published.filter((title) => html.includes(title));
      })
      .toEqual([]);
  }
  await request.dispose();
}
