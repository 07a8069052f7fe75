import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { openTestDb, revalidate, SEED_ARTICLE_PATH } from './fixtures';

// What a feed reader sees: RSS 2.0 at /rss.xml and per section, tag and author, parsed by the browser's own strict
// XML parser. Other specs change articles while these run, so checks of shared data retry briefly (toPass), and
// the freshness story uses an article no other spec touches.
test.describe.configure({ mode: 'serial' });

const SEED_TITLE = 'Zoom beskyldes for at samarbejde med Kina';
const SPONSORED_PATH = '/cloud/enhver-strategi-for-applikationsmodernisering-boer-tage-netvaerket-med-fra-start';
const SPONSORED_TITLE =
  'Annonceindlæg fra DE-CIX: Enhver strategi for applikationsmodernisering bør tage netværket med fra start';
const RSS_TYPE = 'application/rss+xml; charset=utf-8';

const absolute = (path: string) => new URL(path, test.info().project.use.baseURL).href;

type FeedItem = {
  title: string;
  link: string;
  guid: string;
  isPermaLink: string | null;
  pubDate: string;
  description: string;
  categories: string[];
  creators: string[];
  enclosure: { url: string; type: string; length: string } | null;
};
type ParsedFeed = { title: string; link: string; language: string; self: string | null; items: FeedItem[] };

/** Fetches a feed, checks its status and content type, and parses it with the browser's XML parser. */
async function readFeed(page: Page, request: APIRequestContext, path: string): Promise<ParsedFeed> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe(RSS_TYPE);
  const parsed = await page.evaluate(
    (xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error) return { error: error.textContent ?? 'parse error' };
      const children = (parent: Element, name: string, ns: string | null = null) =>
        [...parent.children].filter((child) => child.localName === name && child.namespaceURI === ns);
      const text = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? '';
      const rss = doc.documentElement;
      const channel = children(rss, 'channel')[0]!;
      const enclosure = (item: Element) => {
        const element = children(item, 'enclosure')[0];
        return element
          ? {
              url: element.getAttribute('url') ?? '',
              type: element.getAttribute('type') ?? '',
              length: element.getAttribute('length') ?? '',
            }
          : null;
      };
      return {
        feed: {
          root: `${rss.localName} ${rss.getAttribute('version')}`,
          title: text(channel, 'title'),
          link: text(channel, 'link'),
          language: text(channel, 'language'),
          self: children(channel, 'link', 'http://www.w3.org/2005/Atom')[0]?.getAttribute('href') ?? null,
          items: children(channel, 'item').map((item) => ({
            title: text(item, 'title'),
            link: text(item, 'link'),
            guid: text(item, 'guid'),
            isPermaLink: children(item, 'guid')[0]?.getAttribute('isPermaLink') ?? null,
            pubDate: text(item, 'pubDate'),
            description: text(item, 'description'),
            categories: children(item, 'category').map((category) => category.textContent ?? ''),
            creators: children(item, 'creator', 'http://purl.org/dc/elements/1.1/').map(
              (creator) => creator.textContent ?? '',
            ),
            enclosure: enclosure(item),
          })),
        },
      };
    },
    await response.text(),
  );
  if ('error' in parsed) throw new Error(`${path} is not well-formed XML: ${parsed.error}`);
  const { root, ...feed } = parsed.feed;
  expect(root, path).toBe('rss 2.0');
  return feed;
}

const itemAt = (feed: ParsedFeed, path: string) => feed.items.find((item) => item.link === absolute(path));

type SeedFacts = {
  lead: string;
  publishedAt: string;
  tags: string[];
  authors: string[];
  image: { file: string; mime: string; bytes: number };
};

function seedFacts(): SeedFacts {
  const db = openTestDb();
  try {
    const article = db
      .prepare(
        `SELECT a.id, a.lead, a.published_at AS publishedAt, m.file_name AS file, m.mime, m.byte_size AS bytes
         FROM articles a JOIN media m ON m.id = a.top_image_id WHERE a.slug = 'zoom-beskyldes-for-at-samarbejde-med-kina'`,
      )
      .get() as { id: number; lead: string; publishedAt: string; file: string; mime: string; bytes: number };
    const tags = db
      .prepare(
        'SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name',
      )
      .all(article.id) as { name: string }[];
    const authors = db
      .prepare(
        'SELECT au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = ? ORDER BY aa.position',
      )
      .all(article.id) as { name: string }[];
    return {
      lead: article.lead,
      publishedAt: article.publishedAt,
      tags: tags.map((tag) => tag.name),
      authors: authors.map((author) => author.name),
      image: { file: article.file, mime: article.mime, bytes: article.bytes },
    };
  } finally {
    db.close();
  }
}

test('the site feed is RSS 2.0 in Danish, names itself and lists the newest articles first, at most 50', async ({
  page,
  request,
}) => {
  const feed = await readFeed(page, request, '/rss.xml');
  expect(feed.title).toBe('Spalte – seneste nyt');
  expect(feed.link).toBe(absolute('/'));
  expect(feed.language).toBe('da');
  expect(feed.self).toBe(absolute('/rss.xml'));
  expect(feed.items.length).toBeGreaterThan(10);
  expect(feed.items.length).toBeLessThanOrEqual(50);
  const times = feed.items.map((item) => Date.parse(item.pubDate));
  expect(times.every((time) => !Number.isNaN(time))).toBe(true);
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  expect(new Set(feed.items.map((item) => item.guid)).size).toBe(feed.items.length);
});

for (const path of ['/rss.xml', '/nyheder/rss.xml']) {
  test(`${path} describes the seed article with link, guid, time, lead, categories, byline and top image`, async ({
    page,
    request,
  }) => {
    const facts = seedFacts();
    await expect(async () => {
      const item = itemAt(await readFeed(page, request, path), SEED_ARTICLE_PATH);
      expect(item, 'the seed article is in the feed').toBeTruthy();
      expect(item!.title).toBe(SEED_TITLE);
      expect(item!.guid).toBe(absolute(SEED_ARTICLE_PATH));
      expect(item!.isPermaLink).toBe('true');
      expect(item!.pubDate).toBe(new Date(facts.publishedAt).toUTCString());
      // The seed lead has no "&" or "<", which <description> would carry HTML-escaped.
      expect(item!.description).toBe(facts.lead);
      expect(item!.categories).toEqual(['Nyheder', ...facts.tags]);
      expect(item!.creators).toEqual(facts.authors);
      expect(item!.enclosure).toEqual({
        url: absolute(`/medier/${facts.image.file}`),
        type: facts.image.mime,
        length: String(facts.image.bytes),
      });
    }).toPass({ timeout: 10_000 });
  });
}

test('the enclosure is the image itself: same URL, type and size as the file served', async ({ page, request }) => {
  const facts = seedFacts();
  const item = itemAt(await readFeed(page, request, '/nyheder/rss.xml'), SEED_ARTICLE_PATH);
  const image = await request.get(item!.enclosure!.url);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe(item!.enclosure!.type);
  expect((await image.body()).byteLength).toBe(facts.image.bytes);
});

test('sponsored content is in the feeds, labelled with its sponsor in the title', async ({ page, request }) => {
  for (const path of ['/rss.xml', '/cloud/rss.xml']) {
    const item = itemAt(await readFeed(page, request, path), SPONSORED_PATH);
    expect(item?.title, path).toBe(SPONSORED_TITLE);
    expect(item?.creators, path).toEqual([]);
  }
  // Nothing unlabelled: every sponsored article in the site feed carries the label.
  const db = openTestDb();
  const sponsored = db
    .prepare(
      "SELECT '/' || s.slug || '/' || a.slug AS path FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.kind = 'sponsored'",
    )
    .all() as { path: string }[];
  db.close();
  const feed = await readFeed(page, request, '/rss.xml');
  for (const { path } of sponsored) {
    const item = itemAt(feed, path);
    if (item) expect(item.title, path).toMatch(/^Annonceindlæg/);
  }
});

test('a section, tag or author feed lists only that section’s, tag’s or author’s articles', async ({
  page,
  request,
}) => {
  const nyheder = await readFeed(page, request, '/nyheder/rss.xml');
  expect(nyheder.title).toBe('Spalte – Nyheder');
  expect(nyheder.link).toBe(absolute('/nyheder'));
  expect(nyheder.self).toBe(absolute('/nyheder/rss.xml'));
  expect(nyheder.items.length).toBeGreaterThan(1);
  for (const item of nyheder.items) {
    expect(item.link.startsWith(absolute('/nyheder/')), item.link).toBe(true);
    expect(item.categories[0], item.link).toBe('Nyheder');
  }
  expect(itemAt(nyheder, SPONSORED_PATH)).toBeUndefined();

  const zoom = await readFeed(page, request, '/tag/zoom/rss.xml');
  expect(zoom.title).toBe('Spalte – emne: Zoom');
  expect(zoom.link).toBe(absolute('/tag/zoom'));
  expect(zoom.items.length).toBeGreaterThanOrEqual(3);
  for (const item of zoom.items) expect(item.categories, item.link).toContain('Zoom');
  expect(itemAt(zoom, SEED_ARTICLE_PATH)).toBeTruthy();
  expect(itemAt(zoom, SPONSORED_PATH)).toBeUndefined();

  const author = await readFeed(page, request, '/skribent/jesper-kildegaard/rss.xml');
  expect(author.title).toBe('Spalte – Jesper Kildegaard');
  expect(author.link).toBe(absolute('/skribent/jesper-kildegaard'));
  expect(author.items.length).toBeGreaterThanOrEqual(2);
  for (const item of author.items) expect(item.creators, item.link).toContain('Jesper Kildegaard');
  expect(itemAt(author, SEED_ARTICLE_PATH)).toBeTruthy();
});

test('an unknown or malformed section, tag or author has no feed: 404 with a Danish message', async ({ request }) => {
  for (const path of [
    '/findes-ikke/rss.xml',
    '/tag/findes-ikke/rss.xml',
    '/skribent/findes-ikke/rss.xml',
    '/tag/Ikke_En_Slug/rss.xml',
    '/skribent/%3Cscript%3E/rss.xml',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).toBe('text/plain; charset=utf-8');
    expect(await response.text(), path).toBe('Der er intet RSS-feed på denne adresse.');
  }
});

type Candidate = {
  id: number;
  slug: string;
  title: string;
  section: string;
  sectionName: string;
  tag: string;
  tagName: string;
  author: string;
};

/**
 * A published news article in the site feed that no other spec looks at or changes: not the seed page's articles,
 * not one in a related-article pair (freshness.spec.ts), not near the ones seo.spec.ts moves and unpublishes (the
 * 10th and 11th newsroom articles by id), not on the front page, not about a company (company pages list their
 * tag's articles), and not in Sikkerhed (paged by reader.spec.ts), Ledelse ("Mest læste") or Nyheder (the seed
 * article's neighbours).
 */
function untouchedArticle(): Candidate {
  const db = openTestDb();
  try {
    const news = db
      .prepare(
        `SELECT a.id, a.slug, a.title, a.body, s.slug AS section, s.name AS sectionName FROM articles a
         JOIN sections s ON s.id = a.section_id WHERE a.status = 'published' AND a.kind = 'news' AND a.id > 4 ORDER BY a.id`,
      )
      .all() as (Omit<Candidate, 'tag' | 'tagName' | 'author'> & { body: string })[];
    const related = new Set(
      news.flatMap((row) => [...row.body.matchAll(/::related\{id=(\d+)/g)].flatMap((m) => [row.id, Number(m[1])])),
    );
    const companyTagged = new Set(
      (
        db
          .prepare('SELECT at.article_id AS id FROM article_tags at JOIN companies c ON c.tag_id = at.tag_id')
          .all() as { id: number }[]
      ).map((row) => row.id),
    );
    const avoid = new Set([...news.slice(8, 14).map((row) => row.id), ...related, ...companyTagged]);
    const newest = (
      db.prepare("SELECT id FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 40").all() as {
        id: number;
      }[]
    ).map((row) => row.id);
    for (const row of news) {
      // Past the front page's newest and inside the site feed's 50.
      const rank = newest.indexOf(row.id);
      if (avoid.has(row.id) || rank < 15 || ['sikkerhed', 'ledelse', 'nyheder'].includes(row.section)) continue;
      const tag = db
        .prepare(
          'SELECT t.slug, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.slug LIMIT 1',
        )
        .get(row.id) as { slug: string; name: string } | undefined;
      const author = db
        .prepare(
          'SELECT au.slug FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = ? ORDER BY aa.position LIMIT 1',
        )
        .get(row.id) as { slug: string } | undefined;
      if (tag && author) {
        return {
          id: row.id,
          slug: row.slug,
          title: row.title,
          section: row.section,
          sectionName: row.sectionName,
          tag: tag.slug,
          tagName: tag.name,
          author: author.slug,
        };
      }
    }
    throw new Error('the demo content has no suitable article for the feed freshness story');
  } finally {
    db.close();
  }
}

test('an edit shows in every feed of the article on the next request; an unpublished article leaves them', async ({
  page,
  request,
}) => {
  const article = untouchedArticle();
  const path = `/${article.section}/${article.slug}`;
  const feeds = [
    '/rss.xml',
    `/${article.section}/rss.xml`,
    `/tag/${article.tag}/rss.xml`,
    `/skribent/${article.author}/rss.xml`,
  ];
  const tags = [`article:${article.id}`, `article-slug:${article.slug}`, 'article-lists'];
  const titlesIn = async (feedPath: string) => {
    const item = itemAt(await readFeed(page, request, feedPath), path);
    return item ? item.title : null;
  };
  for (const feed of feeds) expect(await titlesIn(feed), feed).toBe(article.title);

  const newTitle = `${article.title} (opdateret) & <rettet>`;
  const db = openTestDb();
  try {
    db.prepare('UPDATE articles SET title = ? WHERE id = ?').run(newTitle, article.id);
    await revalidate(request, tags);
    for (const feed of feeds) expect(await titlesIn(feed), feed).toBe(newTitle);

    db.prepare("UPDATE articles SET status = 'unpublished' WHERE id = ?").run(article.id);
    await revalidate(request, tags);
    for (const feed of feeds) expect(await titlesIn(feed), feed).toBeNull();
  } finally {
    db.prepare("UPDATE articles SET title = ?, status = 'published' WHERE id = ?").run(article.title, article.id);
    db.close();
    await revalidate(request, tags);
  }
  for (const feed of feeds) expect(await titlesIn(feed), feed).toBe(article.title);
});
