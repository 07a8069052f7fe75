import { expect, test, type APIRequestContext } from '@playwright/test';

import { absolute, openTestDb, revalidate } from './fixtures';

// What a search engine sees of pages that moved or went away: 301 to the current address in one hop, 410 Gone for
// removed articles and expired jobs, 404 for what never was.

type ArticleRow = { id: number; slug: string; title: string; section: string; sectionId: number };

function newsroomArticle(offset: number): ArticleRow {
  const db = openTestDb();
  try {
    return db
      .prepare(
        `SELECT a.id, a.slug, a.title, s.slug AS section, s.id AS sectionId FROM articles a JOIN sections s ON s.id = a.section_id
         WHERE a.status = 'published' AND a.kind = 'news' AND a.id > 4 ORDER BY a.id LIMIT 1 OFFSET ?`,
      )
      .get(offset) as ArticleRow;
  } finally {
    db.close();
  }
}

const articleTags = (row: { id: number }, ...slugs: string[]) => [
  `article:${row.id}`,
  ...slugs.map((slug) => `article-slug:${slug}`),
  'article-lists',
];

async function status(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), location: response.headers()['location'] ?? null };
}

test('every old path of a renamed or moved article answers 301 to the current one in a single hop', async ({
  request,
}) => {
  const article = newsroomArticle(10);
  const db = openTestDb();
  const original = `/${article.section}/${article.slug}`;
  const renamed = `${article.slug}-ny`;
  const [other, third] = db
    .prepare('SELECT id, slug FROM sections WHERE id != ? ORDER BY id LIMIT 2')
    .all(article.sectionId) as {
    id: number;
    slug: string;
  }[] as [{ id: number; slug: string }, { id: number; slug: string }];
  const record = db.prepare('INSERT INTO slug_history (path, article_id, created_at) VALUES (?, ?, ?)');
  try {
    // First the slug changes, then the section: each change records the path it leaves.
    record.run(original, article.id, new Date().toISOString());
    db.prepare('UPDATE articles SET slug = ? WHERE id = ?').run(renamed, article.id);
    record.run(`/${article.section}/${renamed}`, article.id, new Date().toISOString());
    db.prepare('UPDATE articles SET section_id = ? WHERE id = ?').run(other.id, article.id);
    await revalidate(request, [
      ...articleTags(article, article.slug, renamed),
      `section:${article.section}`,
      `section:${other.slug}`,
    ]);

    const current = `/${other.slug}/${renamed}`;
    for (const old of [original, `/${article.section}/${renamed}`]) {
      const answer = await status(request, old);
      expect(answer.status, old).toBe(301);
      expect(new URL(answer.location!, absolute('/')).pathname, old).toBe(current);
    }
    // The query string survives the redirect (campaign links keep their tracking).
    expect((await status(request, `${original}?utm_source=nyhedsbrev`)).location).toMatch(
      new RegExp(`${current}\\?utm_source=nyhedsbrev$`),
    );
    // The current slug under a section it never had still finds the article.
    expect((await status(request, `/${third.slug}/${renamed}`)).location).toMatch(new RegExp(`${current}$`));
    expect((await status(request, current)).status).toBe(200);
  } finally {
    db.prepare('DELETE FROM slug_history WHERE article_id = ?').run(article.id);
    db.prepare('UPDATE articles SET slug = ?, section_id = ? WHERE id = ?').run(
      article.slug,
      article.sectionId,
      article.id,
    );
    db.close();
    await revalidate(request, [
      ...articleTags(article, article.slug, renamed),
      `section:${article.section}`,
      `section:${other.slug}`,
    ]);
  }
  expect((await status(request, original)).status).toBe(200);
});

test('an unpublished article answers 410 Gone at its own and its old paths; unknown and draft articles 404', async ({
  page,
  request,
}) => {
  const article = newsroomArticle(11);
  const path = `/${article.section}/${article.slug}`;
  const db = openTestDb();
  try {
    db.prepare('INSERT INTO slug_history (path, article_id, created_at) VALUES (?, ?, ?)').run(
      `${path}-gammel`,
      article.id,
      new Date().toISOString(),
    );
    db.prepare("UPDATE articles SET status = 'unpublished' WHERE id = ?").run(article.id);
    await revalidate(request, articleTags(article, article.slug));

    // Twice: the second answer comes from the route cache and must keep the status.
    for (let i = 0; i < 2; i++) expect((await page.goto(path))?.status()).toBe(410);
    await expect(page.getByRole('heading', { level: 1, name: 'Artiklen er fjernet' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Gå til forsiden' })).toBeVisible();
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
    expect((await status(request, `${path}-gammel`)).status).toBe(410);

    // A draft (never published) is not revealed: 404, like an address that never existed.
    db.prepare("UPDATE articles SET status = 'draft' WHERE id = ?").run(article.id);
    await revalidate(request, articleTags(article, article.slug));
    expect((await status(request, path)).status).toBe(404);
    expect((await status(request, `/${article.section}/findes-slet-ikke`)).status).toBe(404);
  } finally {
    db.prepare('DELETE FROM slug_history WHERE article_id = ?').run(article.id);
    db.prepare("UPDATE articles SET status = 'published' WHERE id = ?").run(article.id);
    db.close();
    await revalidate(request, articleTags(article, article.slug));
  }
  expect((await status(request, path)).status).toBe(200);
});

test('an expired job answers 410 with the job, a notice and a link to the board; old job paths 301', async ({
  page,
  request,
}) => {
  const db = openTestDb();
  const job = db
    .prepare('SELECT id, slug, title, expires_at AS expiresAt FROM jobs WHERE expires_at > ? ORDER BY id LIMIT 1')
    .get(new Date().toISOString()) as {
    id: number;
    slug: string;
    title: string;
    expiresAt: string;
  };
  const path = `/job/${job.id}-${job.slug}`;
  try {
    const moved = await status(request, `/job/${job.id}-gammel-titel`);
    expect(moved.status).toBe(301);
    expect(new URL(moved.location!, absolute('/')).pathname).toBe(path);

    db.prepare('UPDATE jobs SET expires_at = ? WHERE id = ?').run(new Date(Date.now() - 60_000).toISOString(), job.id);
    await revalidate(request, ['jobs']);
    for (let i = 0; i < 2; i++) expect((await page.goto(path))?.status()).toBe(410);
    await expect(page.getByRole('heading', { level: 1, name: job.title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Stillingen er ikke længere ledig' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Se alle ledige job' })).toHaveAttribute(
      'href',
      '/job',
    );
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
    // Any other form of its path leads there in one hop.
    const other = await status(request, `/job/${job.id}`);
    expect(other.status).toBe(301);
    expect(new URL(other.location!, absolute('/')).href).toBe(absolute(path));
  } finally {
    db.prepare('UPDATE jobs SET expires_at = ? WHERE id = ?').run(job.expiresAt, job.id);
    db.close();
    await revalidate(request, ['jobs']);
  }
  expect((await status(request, path)).status).toBe(200);
});

// ---------------------------------------------------------------------------------------------------------------
// robots.txt and sitemaps.
