import { expect, test } from '@playwright/test';

import { DAY, openTestDb, queryTestDb, READER_USER_AGENT, revalidate, runTestDb } from './fixtures';

// These tests change data behind the server's back, then expire cache tags the way the newsroom will, and check
// what the next request shows. They use articles outside the seed page so other specs are not disturbed.
test.describe.configure({ mode: 'serial' });

type Row = { id: number; slug: string; title: string; section: string };

/** A non-seed article B that another non-seed article A links to from a related-article block in its body. */
function linkedPair(): { source: Row; target: Row } {
  const db = openTestDb();
  try {
    const rows = db
      .prepare(
        `SELECT a.id, a.slug, a.title, s.slug AS section, a.body FROM articles a JOIN sections s ON s.id = a.section_id
         WHERE a.status = 'published' AND a.kind = 'news' AND a.id > 4 ORDER BY a.id`,
      )
      .all() as (Row & { body: string })[];
    for (const source of rows) {
      const match = /::related\{id=(\d+)/.exec(source.body);
      const target = match && rows.find((row) => row.id === Number(match[1]));
      if (target) return { source, target };
    }
    throw new Error('the demo content has no related-article block between two newsroom articles');
  } finally {
    db.close();
  }
}

test('a change is invisible until its tags are expired, then visible on the next request everywhere it shows', async ({
  page,
  request,
}) => {
  const { source, target } = linkedPair();
  const newTitle = `${target.title} (opdateret)`;
  const targetPath = `/${target.section}/${target.slug}`;
  const sourcePath = `/${source.section}/${source.slug}`;

  await page.goto(targetPath);
  await expect(page.getByRole('heading', { level: 1, name: target.title })).toBeVisible();

  const db = openTestDb();
  try {
    db.prepare('UPDATE articles SET title = ? WHERE id = ?').run(newTitle, target.id);

    // Served from the data cache: the database was not read.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: target.title, exact: true })).toBeVisible();

    await revalidate(request, [`article:${target.id}`, `article-slug:${target.slug}`, 'article-lists']);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();

    // The other article's related block shows the current title without being edited itself.
    await page.goto(sourcePath);
    await expect(page.getByRole('main').getByRole('paragraph').getByRole('link', { name: newTitle })).toBeVisible();
  } finally {
    db.prepare('UPDATE articles SET title = ? WHERE id = ?').run(target.title, target.id);
    db.close();
    await revalidate(request, [`article:${target.id}`, `article-slug:${target.slug}`, 'article-lists']);
  }
});

test('an unpublished article is gone for readers on the next request', async ({ page, request }) => {
  const { target } = linkedPair();
  const path = `/${target.section}/${target.slug}`;
  expect((await page.goto(path))?.status()).toBe(200);
  const db = openTestDb();
  try {
    db.prepare("UPDATE articles SET status = 'unpublished' WHERE id = ?").run(target.id);
    await revalidate(request, [`article:${target.id}`, `article-slug:${target.slug}`, 'article-lists']);
    // Gone, not unknown: 410 with an explanation (e2e/seo.spec.ts covers the details).
    expect((await page.goto(path))?.status()).toBe(410);
    await page.goto(`/${target.section}`);
    await expect(page.getByRole('main').getByRole('link', { name: target.title, exact: true })).toHaveCount(0);
  } finally {
    db.prepare("UPDATE articles SET status = 'published' WHERE id = ?").run(target.id);
    db.close();
    await revalidate(request, [`article:${target.id}`, `article-slug:${target.slug}`, 'article-lists']);
  }
  expect((await page.goto(path))?.status()).toBe(200);
});

/** An article's views over all its page_views rows: the demo's rows are all within "Mest læste"'s seven days. */
const totalViews = (articleId: number) =>
  queryTestDb<{ total: number | null }>('SELECT sum(count) AS total FROM page_views WHERE article_id = ?', articleId)[0]
    ?.total ?? 0;

const articleIdByTitle = (title: string) =>
  queryTestDb<{ id: number }>('SELECT id FROM articles WHERE title = ?', title)[0]!.id;

test('views counted by the browser beacon lift an article into "Mest læste"', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ userAgent: READER_USER_AGENT });
  const page = await context.newPage();
  await page.goto('/ledelse');
  const mostRead = page.getByRole('region', { name: 'Mest læste' });
  const ranked = await mostRead.getByRole('link').allTextContents();
  const candidates = await page
    .getByRole('main')
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .allTextContents();
  const title = candidates.find((candidate) => !ranked.includes(candidate));
  expect(title, 'an article outside the top five').toBeTruthy();
  expect(ranked).toHaveLength(5);
  const articleId = articleIdByTitle(title!);
  const initial = totalViews(articleId);

  // Opening the article sends one beacon from the browser; it is written within the flush interval.
  const beacon = page.waitForRequest((req) => req.url().endsWith('/api/views') && req.method() === 'POST');
  await page.getByRole('main').getByRole('link', { name: title!, exact: true }).click();
  const sent = await beacon;
  expect((await sent.response())?.status()).toBe(204);
  await expect.poll(() => totalViews(articleId), { timeout: 10_000 }).toBe(initial + 1);

  // Bots are not counted.
  const bot = await context.request.post('/api/views', {
    data: { articleId },
    headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
  });
  expect(bot.status()).toBe(204);

  // Twenty readers cannot outread the demo's top five (hundreds of views each), so the article is first put ten
  // views below the fifth; then twenty readers (distinct browsers behind one address, like an office) lift it in.
  const fifth = totalViews(articleIdByTitle(ranked[4]!));
  const lift = Math.max(0, fifth - 10 - (initial + 1));
  const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(Date.now() - DAY);
  runTestDb(
    `INSERT INTO page_views (article_id, day, count) VALUES (?, ?, ?)
     ON CONFLICT (article_id, day) DO UPDATE SET count = count + excluded.count`,
    articleId,
    yesterday,
    lift,
  );
  const readers = await Promise.all(
    Array.from({ length: 20 }, (_, reader) =>
      context.request.post('/api/views', {
        data: { articleId },
        headers: { 'user-agent': `${READER_USER_AGENT} reader-${reader}` },
      }),
    ),
  );
  expect(readers.map((response) => response.status())).toEqual(Array(20).fill(204));
  await expect.poll(() => totalViews(articleId), { timeout: 10_000 }).toBe(initial + 1 + lift + 20);

  // "Mest læste" refreshes by time (every 2 s in the test server), not on every view.
  await expect(async () => {
    await page.goto('/');
    await expect(
      page.getByRole('region', { name: 'Mest læste' }).getByRole('link', { name: title!, exact: true }),
    ).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await context.close();
});

test('the view beacon refuses bad input with a Danish message', async ({ request }) => {
  const bad = await request.post('/api/views', {
    data: Buffer.from('ikke json'),
    headers: { 'content-type': 'application/json' },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/JSON/);
  const wrongShape = await request.post('/api/views', { data: { articleId: 'abc' } });
  expect(wrongShape.status()).toBe(400);
  const unknown = await request.post('/api/views', {
    data: { articleId: 99999999 },
    headers: { 'user-agent': READER_USER_AGENT },
  });
  expect(unknown.status()).toBe(404);
  const tooBig = await request.post('/api/views', { data: { articleId: 1, padding: 'x'.repeat(5000) } });
  expect(tooBig.status()).toBe(413);
});
