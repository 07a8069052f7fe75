import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { openTestDb, revalidate, SEED_ARTICLE_PATH } from './fixtures';

// What a search engine sees: head metadata per page type, structured data, statuses for moved and removed pages,
// robots.txt and the sitemaps' contents and freshness. (XML schema validity of the sitemaps is checked in
// sitemaps.spec.ts, HTML validity in validity.spec.ts.)

const SPONSORED_PATH = '/cloud/enhver-strategi-for-applikationsmodernisering-boer-tage-netvaerket-med-fra-start';

const absolute = (path: string) => new URL(path, test.info().project.use.baseURL).href;

async function head(page: Page) {
  const content = (selector: string) => page.locator(selector).first().getAttribute('content');
  return {
    title: await page.title(),
    canonical: await page.locator('link[rel="canonical"]').getAttribute('href'),
    description: await content('meta[name="description"]'),
    robots: await content('meta[name="robots"]'),
    ogTitle: await content('meta[property="og:title"]'),
    ogUrl: await content('meta[property="og:url"]'),
    ogImage: await content('meta[property="og:image"]'),
    ogType: await content('meta[property="og:type"]'),
    twitterCard: await content('meta[name="twitter:card"]'),
    feeds: await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
  };
}

type Thing = Record<string, unknown> & { '@type': string };

async function structuredData(page: Page): Promise<Thing[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Thing);
}

const byType = (things: Thing[], type: string) => things.find((thing) => thing['@type'] === type);

const PAGES: { name: string; path: string; canonical?: string; indexed: boolean; feed?: string }[] = [
  { name: 'front page', path: '/', indexed: true },
  { name: 'article', path: SEED_ARTICLE_PATH, indexed: true, feed: '/nyheder/rss.xml' },
  { name: 'sponsored article', path: SPONSORED_PATH, indexed: true, feed: '/cloud/rss.xml' },
  { name: 'section', path: '/sikkerhed', indexed: true, feed: '/sikkerhed/rss.xml' },
  { name: 'section page 2', path: '/sikkerhed?side=2', indexed: false },
  { name: 'tag', path: '/tag/zoom', indexed: true, feed: '/tag/zoom/rss.xml' },
  { name: 'author', path: '/skribent/jesper-kildegaard', indexed: true, feed: '/skribent/jesper-kildegaard/rss.xml' },
  { name: 'search', path: '/soeg?q=zoom', canonical: '/soeg', indexed: false },
  { name: 'job board', path: '/job', indexed: true },
  { name: 'Navnenyt', path: '/navnenyt', indexed: true },
  { name: 'company', path: '/virksomhed/kmd', indexed: true },
  { name: 'sponsored listing', path: '/annonceindlaeg', indexed: true },
];

for (const { name, path, canonical, indexed, feed } of PAGES) {
  test(`the ${name} names its canonical URL, share card, robots rules and feeds`, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(200);
    const tags = await head(page);
    expect(new URL(tags.canonical!).href).toBe(absolute(canonical ?? path));
    expect(tags.ogUrl).toBe(tags.canonical);
    expect(tags.title.length).toBeGreaterThan(5);
    expect(tags.description?.length ?? 0).toBeGreaterThan(20);
    expect(tags.ogTitle?.length ?? 0).toBeGreaterThan(3);
    expect(tags.ogImage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\.(png|jpe?g|webp|avif)$/);
    expect(tags.twitterCard).toBe('summary_large_image');
    if (indexed) {
      expect(tags.robots).toContain('index');
      expect(tags.robots).not.toContain('noindex');
      expect(tags.robots).toContain('max-image-preview:large');
    } else {
      expect(tags.robots).toContain('noindex');
    }
    expect(tags.feeds).toContain(absolute('/rss.xml'));
    if (feed) expect(tags.feeds).toContain(absolute(feed));
  });
}

test('every page title is unique across page types', async ({ page }) => {
  const titles = new Map<string, string>();
  for (const { path } of PAGES.filter((p) => p.indexed)) {
    await page.goto(path);
    const title = await page.title();
    expect(titles.get(title), `${path} shares its title with ${titles.get(title)}`).toBeUndefined();
    titles.set(title, path);
  }
});

test('an article describes itself as a NewsArticle with authors, publisher, dates and a breadcrumb trail', async ({
  page,
}) => {
  await page.goto(SEED_ARTICLE_PATH);
  const data = await structuredData(page);
  const article = byType(data, 'NewsArticle');
  expect(article).toBeDefined();
  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    headline: 'Zoom beskyldes for at samarbejde med Kina',
    mainEntityOfPage: { '@id': absolute(SEED_ARTICLE_PATH) },
    articleSection: 'Nyheder',
    publisher: { '@type': 'NewsMediaOrganization', name: 'Spalte', logo: { url: absolute('/logo.png') } },
    author: [{ '@type': 'Person', name: 'Jesper Kildegaard', url: absolute('/skribent/jesper-kildegaard') }],
  });
  expect(article!.description).toEqual(expect.stringContaining('Zoom'));
  expect(article!.keywords).toEqual(expect.arrayContaining(['Zoom', 'Kina']));
  // Times with an offset from UTC (Copenhagen), as Google asks.
  for (const key of ['datePublished', 'dateModified']) {
    expect(article![key]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  }
  expect((article!.image as string[])[0]).toMatch(new RegExp(`^${absolute('/medier/')}`));
  // The logo the publisher names is really there.
  expect((await page.request.get('/logo.png')).status()).toBe(200);

  const trail = byType(data, 'BreadcrumbList')!.itemListElement as { position: number; name: string; item: string }[];
  expect(trail.map((crumb) => [crumb.position, crumb.name, crumb.item])).toEqual([
    [1, 'Forside', absolute('/')],
    [2, 'Nyheder', absolute('/nyheder')],
    [3, 'Zoom beskyldes for at samarbejde med Kina', absolute(SEED_ARTICLE_PATH)],
  ]);

  // OpenGraph article fields.
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="article:section"]')).toHaveAttribute('content', 'Nyheder');
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', /^\d{4}-\d\d-\d\dT/);
});

test('a sponsored article is an Article with its sponsor, never a NewsArticle', async ({ page }) => {
  await page.goto(SPONSORED_PATH);
  const data = await structuredData(page);
  expect(byType(data, 'NewsArticle')).toBeUndefined();
  expect(byType(data, 'Article')).toMatchObject({
    sponsor: { '@type': 'Organization', name: 'DE-CIX' },
    // It has no byline: the sponsor is its author, not an empty list.
    author: [{ '@type': 'Organization', name: 'DE-CIX' }],
  });
  // Its title is labelled wherever it travels: the browser tab, search results and shares.
  await expect(page).toHaveTitle(/^Annonceindlæg fra DE-CIX: /);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /^Annonceindlæg fra DE-CIX: /);
  await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute('content', /^Annonceindlæg fra DE-CIX: /);
});

test('the front page offers a site search action; author pages are profile pages', async ({ page }) => {
  await page.goto('/');
  const site = byType(await structuredData(page), 'WebSite');
  expect(site).toMatchObject({
    url: absolute('/'),
    potentialAction: {
      '@type': 'SearchAction',
      target: { urlTemplate: `${absolute('/soeg')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  });
  // The search it describes works.
  await page.goto('/soeg?q=zoom');
  await expect(page.getByRole('link', { name: /Zoom beskyldes/ }).first()).toBeVisible();

  await page.goto('/skribent/jesper-kildegaard');
  const profile = byType(await structuredData(page), 'ProfilePage');
  expect(profile).toMatchObject({
    mainEntity: { '@type': 'Person', name: 'Jesper Kildegaard', url: absolute('/skribent/jesper-kildegaard') },
  });
});

test('section, tag, job and Navnenyt pages carry a breadcrumb trail ending in the page itself', async ({ page }) => {
  for (const path of ['/sikkerhed', '/tag/zoom', '/job', '/navnenyt', '/virksomhed/kmd']) {
    await page.goto(path);
    const trail = byType(await structuredData(page), 'BreadcrumbList')?.itemListElement as { item: string }[];
    expect(trail.at(0)?.item, path).toBe(absolute('/'));
    expect(trail.at(-1)?.item, path).toBe(absolute(path));
  }
});

test('nothing an editor types can break out of the structured-data script', async ({ page, request }) => {
  const db = openTestDb();
  const row = db
    .prepare("SELECT id, slug, title FROM articles WHERE slug = 'zoom-beskyldes-for-at-samarbejde-med-kina'")
    .get() as {
    id: number;
    slug: string;
    title: string;
  };
  const hostile = 'Zoom </script><script>window.__pwned = 1</script><!-- & "citat"';
  const tags = [`article:${row.id}`, `article-slug:${row.slug}`, 'article-lists'];
  try {
    db.prepare('UPDATE articles SET title = ? WHERE id = ?').run(hostile, row.id);
    await revalidate(request, tags);
    await page.goto(SEED_ARTICLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(byType(await structuredData(page), 'NewsArticle')?.headline).toBe(hostile);
  } finally {
    db.prepare('UPDATE articles SET title = ? WHERE id = ?').run(row.title, row.id);
    db.close();
    await revalidate(request, tags);
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Statuses: moved, gone, unknown.

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
