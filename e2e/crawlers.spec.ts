import { expect, test, type APIRequestContext } from '@playwright/test';

import { absolute, openTestDb, revalidate } from './fixtures';

// What a crawler is told: robots.txt, and the sitemaps' contents and freshness. (XML schema validity of the
// sitemaps is checked in sitemaps.spec.ts.)

test('robots.txt lets crawlers in, keeps them out of the newsroom and the API and names both sitemaps', async ({
  request,
}) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  const text = await response.text();
  expect(text).toMatch(/^User-Agent: \*$/im);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).toMatch(/^Disallow: \/admin$/m);
  expect(text).toMatch(/^Disallow: \/api\/$/m);
  expect(text).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
  expect(text).toContain(`Sitemap: ${absolute('/news-sitemap.xml')}`);
});

const locs = (xml: string) =>
  [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));

async function allSitemapUrls(request: APIRequestContext): Promise<string[]> {
  const index = await request.get('/sitemap.xml');
  expect(index.headers()['content-type']).toContain('application/xml');
  const urls: string[] = [];
  for (const sitemap of locs(await index.text())) {
    const response = await request.get(new URL(sitemap).pathname);
    expect(response.status(), sitemap).toBe(200);
    urls.push(...locs(await response.text()).filter((loc) => !loc.includes('/medier/')));
  }
  return urls;
}

test('the sitemaps list every published article and every public page once, and each answers 200', async ({
  request,
}) => {
  const urls = await allSitemapUrls(request);
  expect(new Set(urls).size).toBe(urls.length);
  const db = openTestDb();
  const published = db
    .prepare(
      "SELECT '/' || s.slug || '/' || a.slug AS path FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.status = 'published'",
    )
    .all() as { path: string }[];
  db.close();
  const paths = new Set(urls.map((url) => new URL(url).pathname));
  for (const { path } of published) expect(paths.has(path), path).toBe(true);
  for (const path of [
    '/',
    '/sikkerhed',
    '/tag/zoom',
    '/skribent/jesper-kildegaard',
    '/virksomhed/kmd',
    '/job',
    '/navnenyt',
    '/annonceindlaeg',
  ]) {
    expect(paths.has(path), path).toBe(true);
  }
  expect(paths.has('/soeg')).toBe(false);
  // Every listed page that is not an article is reachable (articles are covered by the published check above).
  for (const url of urls.filter((u) => !published.some(({ path }) => new URL(u).pathname === path))) {
    expect((await request.get(new URL(url).pathname, { maxRedirects: 0 })).status(), url).toBe(200);
  }
});

const newsLocs = async (request: APIRequestContext) => {
  const response = await request.get('/news-sitemap.xml');
  expect(response.headers()['content-type']).toContain('application/xml');
  return locs(await response.text()).map((url) => new URL(url).pathname);
};

test('the news sitemap holds the last two days of news, never sponsored content or older articles', async ({
  request,
}) => {
  const db = openTestDb();
  const rows = db
    .prepare(
      "SELECT '/' || s.slug || '/' || a.slug AS path, a.kind, a.published_at AS publishedAt FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.status = 'published'",
    )
    .all() as { path: string; kind: string; publishedAt: string }[];
  db.close();
  const listed = new Set(await newsLocs(request));
  const since = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
  const recentNews = rows.filter((row) => row.kind === 'news' && row.publishedAt >= since);
  expect(recentNews.length).toBeGreaterThan(0);
  expect(rows.some((row) => row.publishedAt < since)).toBe(true);
  for (const row of rows) {
    const expected = row.kind === 'news' && row.publishedAt >= since;
    expect(listed.has(row.path), `${row.path} (${row.kind}, ${row.publishedAt})`).toBe(expected);
  }
});

test('publishing an article puts it in the sitemap, the news sitemap and the feed on the next request; unpublishing removes it', async ({
  request,
}) => {
  const db = openTestDb();
  const section = db.prepare("SELECT id, slug FROM sections WHERE slug = 'sikkerhed'").get() as {
    id: number;
    slug: string;
  };
  const now = new Date().toISOString();
  const slug = `sitemap-test-${Date.now()}`;
  const path = `/${section.slug}/${slug}`;
  const month = now.slice(0, 7);
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO articles (slug, title, lead, body, kind, status, section_id, published_at, created_at, updated_at)
       VALUES (?, 'Ny sårbarhed i printerdrivere', 'En manchet.', 'Brødtekst.', 'news', 'draft', ?, NULL, ?, ?)`,
    )
    .run(slug, section.id, now, now);
  const id = Number(lastInsertRowid);
  const tags = [`article:${id}`, `article-slug:${slug}`, 'article-lists', `section:${section.slug}`];
  const monthSitemap = async () =>
    (await (await request.get(`/sitemaps/artikler-${month}.xml`)).text()).includes(absolute(path));
  const feed = async () => (await (await request.get('/rss.xml')).text()).includes(absolute(path));
  try {
    await revalidate(request, tags);
    expect(await newsLocs(request)).not.toContain(path);
    expect(await monthSitemap()).toBe(false);

    db.prepare("UPDATE articles SET status = 'published', published_at = ? WHERE id = ?").run(now, id);
    await revalidate(request, tags);
    expect(await newsLocs(request)).toContain(path);
    expect(await monthSitemap()).toBe(true);
    expect(await feed()).toBe(true);

    db.prepare("UPDATE articles SET status = 'unpublished' WHERE id = ?").run(id);
    await revalidate(request, tags);
    expect(await newsLocs(request)).not.toContain(path);
    expect(await monthSitemap()).toBe(false);
    expect(await feed()).toBe(false);
  } finally {
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    db.close();
    await revalidate(request, tags);
  }
});
