import { expect, test, type Page } from '@playwright/test';

import { absolute, openTestDb, revalidate, SEED_ARTICLE_PATH } from './fixtures';

// What a search engine sees of a page: head metadata per page type and structured data. (Moved and removed pages:
// redirects.spec.ts; robots.txt and sitemaps: crawlers.spec.ts; HTML validity: validity.spec.ts.)

const SPONSORED_PATH = '/cloud/enhver-strategi-for-applikationsmodernisering-boer-tage-netvaerket-med-fra-start';

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
