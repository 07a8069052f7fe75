import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { isW3cDatetime, validateXml } from './validators';

// The sitemaps as a search engine reads them: the index against the sitemaps.org siteindex schema, every sitemap
// it names against the sitemap schema (with Google's image extension), and the news sitemap against the sitemap
// and Google News schemas plus the News rules a schema cannot express. (What the sitemaps list, and how fast a
// change shows, is checked in seo.spec.ts.)

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** sitemaps.org: at most 50,000 URLs and 50 MB (uncompressed) per file, index files included. */
const MAX_URLS = 50_000;
const MAX_BYTES = 50 * 1024 * 1024;
/** Google News: at most 1,000 articles in one news sitemap. */
const MAX_NEWS_URLS = 1000;

const URLSET_SCHEMAS = ['sitemap.xsd', 'sitemap-image.xsd'];
const NEWS_SCHEMAS = ['sitemap.xsd', 'sitemap-news.xsd'];

type News = { name: string | null; language: string | null; publicationDate: string | null; title: string | null };
type Entry = { loc: string | null; lastmod: string | null; news: News[] };
type Sitemap = { root: string; entries: Entry[] };

/** Reads a sitemap with the browser's namespace-aware XML parser (the schema checks the structure itself). */
function parseSitemap(page: Page, xml: string): Promise<Sitemap> {
  return page.evaluate(
    ({ xml, sitemapNs, newsNs }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('not well-formed XML');
      const children = (parent: Element, ns: string, name: string) =>
        Array.from(parent.children).filter((child) => child.namespaceURI === ns && child.localName === name);
      const text = (parent: Element, ns: string, name: string) =>
        children(parent, ns, name)[0]?.textContent?.trim() ?? null;
      const root = doc.documentElement;
      return {
        root: `{${root.namespaceURI}}${root.localName}`,
        entries: [...children(root, sitemapNs, 'url'), ...children(root, sitemapNs, 'sitemap')].map((entry) => ({
          loc: text(entry, sitemapNs, 'loc'),
          lastmod: text(entry, sitemapNs, 'lastmod'),
          news: children(entry, newsNs, 'news').map((news) => {
            const publication = children(news, newsNs, 'publication')[0];
            return {
              name: publication ? text(publication, newsNs, 'name') : null,
              language: publication ? text(publication, newsNs, 'language') : null,
              publicationDate: text(news, newsNs, 'publication_date'),
              title: text(news, newsNs, 'title'),
            };
          }),
        })),
      };
    },
    { xml, sitemapNs: SITEMAP_NS, newsNs: NEWS_NS },
  );
}

async function fetchXml(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toMatch(/^(application|text)\/xml\b/);
  const body = await response.body();
  expect(body.length, `${path} is larger than 50 MB`).toBeLessThanOrEqual(MAX_BYTES);
  return body.toString('utf8');
}

/** The problems sitemaps.org's limits and date format show in a parsed sitemap or index (empty when none). */
function limitProblems(sitemap: Sitemap, origin: string): string[] {
  const problems: string[] = [];
  if (sitemap.entries.length > MAX_URLS) problems.push(`${sitemap.entries.length} entries, more than ${MAX_URLS}`);
  for (const { loc, lastmod } of sitemap.entries) {
    if (!loc || new URL(loc).origin !== origin) problems.push(`<loc> ${loc} is not on ${origin}`);
    if (lastmod !== null && !isW3cDatetime(lastmod))
      problems.push(`<lastmod> ${lastmod} of ${loc} is not a W3C datetime`);
  }
  return problems;
}

/** The Google News rules beyond the schema (empty when none are broken). */
function newsProblems(sitemap: Sitemap): string[] {
  const problems: string[] = [];
  if (sitemap.entries.length > MAX_NEWS_URLS)
    problems.push(`${sitemap.entries.length} URLs, more than ${MAX_NEWS_URLS}`);
  for (const { loc, news } of sitemap.entries) {
    if (news.length !== 1) {
      problems.push(`${loc} has ${news.length} <news:news> elements, not one`);
      continue;
    }
    const [{ name, language, publicationDate, title }] = news as [News];
    if (!name) problems.push(`${loc} has no <news:publication><news:name>`);
    if (language !== 'da') problems.push(`${loc} has <news:language> ${language}, not da`);
    // Google asks for at least the complete date (YYYY-MM-DD) in W3C format.
    if (!publicationDate || publicationDate.length < 10 || !isW3cDatetime(publicationDate)) {
      problems.push(`${loc} has <news:publication_date> ${publicationDate}, not a W3C date with at least the day`);
    }
    if (!title) problems.push(`${loc} has no <news:title>`);
  }
  return problems;
}

test.describe('self-checks: the validators reject what they should', () => {
  const url = (inside: string) => `<url><loc>https://spalte.example/a</loc>${inside}</url>`;
  const urlset = (body: string, extraNs = '') =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}"${extraNs}>${body}</urlset>`;
  const NEWS = `<news:news><news:publication><news:name>Spalte</news:name><news:language>da</news:language></news:publication><news:publication_date>2026-11-28T09:30:00+01:00</news:publication_date><news:title>Titel</news:title></news:news>`;

  test('a sitemap with a bad date, an unknown element or no <loc> fails the sitemap schema', async () => {
    expect(await validateXml(urlset(url('<lastmod>2026-11-28T09:30:00+01:00</lastmod>')), URLSET_SCHEMAS)).toEqual([]);
    expect(await validateXml(urlset(url('<lastmod>i går</lastmod>')), URLSET_SCHEMAS)).not.toEqual([]);
    expect(await validateXml(urlset(url('<priority>2</priority>')), URLSET_SCHEMAS)).not.toEqual([]);
    expect(await validateXml(urlset('<url><lastmod>2026-11-28</lastmod></url>'), URLSET_SCHEMAS)).not.toEqual([]);
    expect(await validateXml(urlset(url('<titel>x</titel>')), URLSET_SCHEMAS)).not.toEqual([]);
  });

  test('a sitemap index without <loc> fails the index schema, and a urlset is not an index', async () => {
    const index = (body: string) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">${body}</sitemapindex>`;
    expect(
      await validateXml(index('<sitemap><loc>https://spalte.example/s.xml</loc></sitemap>'), 'siteindex.xsd'),
    ).toEqual([]);
    expect(await validateXml(index('<sitemap><lastmod>2026-11-28</lastmod></sitemap>'), 'siteindex.xsd')).not.toEqual(
      [],
    );
    expect(await validateXml(urlset(url('')), 'siteindex.xsd')).not.toEqual([]);
  });

  test('news elements need the news schema and its rules', async ({ page }) => {
    const newsNs = ` xmlns:news="${NEWS_NS}"`;
    const good = urlset(url(NEWS), newsNs);
    expect(await validateXml(good, NEWS_SCHEMAS)).toEqual([]);
    // sitemap.xsd processes other namespaces strictly: without the news schema they are undeclared.
    expect(await validateXml(good, 'sitemap.xsd')).not.toEqual([]);
    expect(await validateXml(urlset(url(NEWS.replace('>da<', '>dansk<')), newsNs), NEWS_SCHEMAS)).not.toEqual([]);
    expect(
      await validateXml(urlset(url(NEWS.replace('<news:title>Titel</news:title>', '')), newsNs), NEWS_SCHEMAS),
    ).not.toEqual([]);

    expect(newsProblems(await parseSitemap(page, good))).toEqual([]);
    expect(newsProblems(await parseSitemap(page, urlset(url(NEWS.replace('>da<', '>en<')), newsNs)))).toHaveLength(1);
    expect(
      newsProblems(await parseSitemap(page, urlset(url(NEWS.replace('2026-11-28T09:30:00+01:00', '2026-11')), newsNs))),
    ).toHaveLength(1);
    expect(newsProblems(await parseSitemap(page, urlset(url(''))))).toHaveLength(1);
  });
});

test('the sitemap index and every sitemap it names are valid and within the sitemaps.org limits', async ({
  page,
  request,
}, testInfo) => {
  testInfo.setTimeout(120_000);
  const origin = new URL(testInfo.project.use.baseURL!).origin;

  const indexXml = await fetchXml(request, '/sitemap.xml');
  expect(await validateXml(indexXml, 'siteindex.xsd'), '/sitemap.xml').toEqual([]);
  const index = await parseSitemap(page, indexXml);
  expect(index.root).toBe(`{${SITEMAP_NS}}sitemapindex`);
  expect(limitProblems(index, origin), '/sitemap.xml').toEqual([]);
  const children = index.entries.map(({ loc }) => new URL(loc!));
  expect(children.map((url) => url.pathname)).toEqual(
    expect.arrayContaining([
      '/sitemaps/sider.xml',
      expect.stringMatching(/^\/sitemaps\/artikler-\d{4}-\d{2}(-\d+)?\.xml$/),
    ]),
  );

  for (const url of children) {
    // The <loc>s carry SITE_URL, which is the test server's own origin here; request just the path.
    const path = `${url.pathname}${url.search}`;
    const xml = await fetchXml(request, path);
    expect(await validateXml(xml, URLSET_SCHEMAS), path).toEqual([]);
    const sitemap = await parseSitemap(page, xml);
    expect(sitemap.root, path).toBe(`{${SITEMAP_NS}}urlset`);
    expect(sitemap.entries.length, path).toBeGreaterThan(0);
    expect(limitProblems(sitemap, origin), path).toEqual([]);
  }
});

test('the news sitemap is valid against the sitemap and Google News schemas and follows the News rules', async ({
  page,
  request,
}, testInfo) => {
  const origin = new URL(testInfo.project.use.baseURL!).origin;
  const xml = await fetchXml(request, '/news-sitemap.xml');
  expect(await validateXml(xml, NEWS_SCHEMAS)).toEqual([]);
  const sitemap = await parseSitemap(page, xml);
  expect(sitemap.root).toBe(`{${SITEMAP_NS}}urlset`);
  // The demo content has news from the last two days; an empty news sitemap would check nothing.
  expect(sitemap.entries.length).toBeGreaterThan(0);
  expect(limitProblems(sitemap, origin)).toEqual([]);
  expect(newsProblems(sitemap)).toEqual([]);
});
