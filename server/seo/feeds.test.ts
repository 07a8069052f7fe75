import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { validateXML } from 'xmllint-wasm';

import type { FeedArticle, FeedContent } from '@/db/queries/feeds';
import { feedResponse, rssXml } from './feeds';

process.env.SITE_URL = 'https://spalte.example';

const NEWS: FeedArticle = {
  path: '/nyheder/zoom-og-kina',
  title: 'Zoom beskyldes for at samarbejde med Kina',
  lead: 'Videotjenesten sendte opkald gennem Kina.',
  kind: 'news',
  sponsor: null,
  publishedAt: '2026-11-27T21:19:00.000Z',
  modifiedAt: '2026-11-28T08:00:00.000Z',
  section: { slug: 'nyheder', name: 'Nyheder' },
  tags: [
    { slug: 'kina', name: 'Kina' },
    { slug: 'zoom', name: 'Zoom' },
  ],
  authors: [
    { slug: 'anna', name: 'Anna Holm' },
    { slug: 'bo', name: 'Bo Berg' },
  ],
  image: { src: '/medier/zoom.jpg', type: 'image/jpeg', length: 48213, width: 1200, height: 675 },
};

const SPONSORED: FeedArticle = {
  ...NEWS,
  path: '/cloud/netvaerket-fra-start',
  title: 'Tag netværket med fra start',
  lead: 'Betalt indhold.',
  kind: 'sponsored',
  sponsor: 'DE-CIX',
  publishedAt: '2026-11-26T10:00:00.000Z',
  modifiedAt: null,
  section: { slug: 'cloud', name: 'Cloud' },
  tags: [{ slug: 'cloud', name: 'Cloud' }],
  authors: [],
  image: null,
};

const SITE: FeedContent = { subject: { kind: 'site' }, articles: [NEWS, SPONSORED] };

// A small reader for the documents these tests make (one level of <item>s, no nested same-name elements).
const decode = (text: string) =>
  text.includes('<![CDATA[')
    ? [...text.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((match) => match[1]).join('')
    : text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');

function elements(xml: string, name: string): { attributes: Record<string, string>; text: string }[] {
  const pattern = new RegExp(`<${name}((?:\\s+[\\w:]+="[^"]*")*)\\s*(?:/>|>([\\s\\S]*?)</${name}>)`, 'g');
  return [...xml.matchAll(pattern)].map((match) => ({
    attributes: Object.fromEntries(
      [...(match[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, decode(a[2]!)]),
    ),
    text: decode(match[2] ?? ''),
  }));
}

const texts = (xml: string, name: string) => elements(xml, name).map((element) => element.text);
const items = (xml: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1]!);
const channel = (xml: string) => xml.slice(0, xml.indexOf('<item>') === -1 ? undefined : xml.indexOf('<item>'));

async function assertWellFormed(xml: string) {
  const result = await validateXML({ xml: { fileName: 'feed.xml', contents: xml }, normalization: 'format' });
  assert.deepEqual(
    result.errors.map((error) => error.message),
    [],
  );
  // xmllint only warns about undeclared prefixes; every prefixed element must have its namespace in scope.
  for (const [, prefix] of xml.matchAll(/<([a-z]+):[a-zA-Z]+[\s/>]/g)) {
    assert.match(xml, new RegExp(`xmlns:${prefix}="`), `namespace of "${prefix}:" is declared`);
  }
}

describe('rssXml', () => {
  it('writes a well-formed RSS 2.0 channel in Danish with a self link and the newest change as lastBuildDate', async () => {
    const xml = rssXml(SITE);
    await assertWellFormed(xml);
    assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>\s*<rss version="2\.0"/);
    const head = channel(xml);
    assert.deepEqual(texts(head, 'title'), ['Spalte – seneste nyt', 'Spalte – seneste nyt']);
    assert.deepEqual(texts(head, 'link'), ['https://spalte.example/', 'https://spalte.example/']);
    assert.deepEqual(texts(head, 'language'), ['da']);
    assert.deepEqual(texts(head, 'lastBuildDate'), ['Sat, 28 Nov 2026 08:00:00 GMT']);
    // Without a marked update the newest publication time is the channel's last change.
    const unchanged = rssXml({ ...SITE, articles: [{ ...NEWS, modifiedAt: null }, SPONSORED] });
    assert.deepEqual(texts(channel(unchanged), 'lastBuildDate'), ['Fri, 27 Nov 2026 21:19:00 GMT']);
    assert.deepEqual(texts(head, 'url'), ['https://spalte.example/logo.png']);
    assert.ok(texts(head, 'description')[0]!.length > 20);
    assert.match(texts(head, 'copyright')[0]!, /^© 2026 Spalte$/);
    const [self] = elements(head, 'atom:link');
    assert.deepEqual(self?.attributes, {
      href: 'https://spalte.example/rss.xml',
      rel: 'self',
      type: 'application/rss+xml',
    });
  });

  it('writes one item per article with its permalink as guid, publication time, lead, categories and bylines', () => {
    const [news, sponsored] = items(rssXml(SITE));
    assert.ok(news && sponsored);
    assert.deepEqual(texts(news, 'title'), ['Zoom beskyldes for at samarbejde med Kina']);
    assert.deepEqual(texts(news, 'link'), ['https://spalte.example/nyheder/zoom-og-kina']);
    assert.deepEqual(elements(news, 'guid'), [
      { attributes: { isPermaLink: 'true' }, text: 'https://spalte.example/nyheder/zoom-og-kina' },
    ]);
    assert.deepEqual(texts(news, 'pubDate'), ['Fri, 27 Nov 2026 21:19:00 GMT']);
    assert.deepEqual(texts(news, 'description'), ['Videotjenesten sendte opkald gennem Kina.']);
    assert.deepEqual(texts(news, 'category'), ['Nyheder', 'Kina', 'Zoom']);
    assert.deepEqual(texts(news, 'dc:creator'), ['Anna Holm', 'Bo Berg']);
    // RSS's <author> must be an e-mail address; bylines are names.
    assert.deepEqual(elements(news, 'author'), []);
  });

  it('labels sponsored content with its sponsor in the title and lists a category once', () => {
    const [, sponsored] = items(rssXml(SITE));
    assert.deepEqual(texts(sponsored!, 'title'), ['Annonceindlæg fra DE-CIX: Tag netværket med fra start']);
    assert.deepEqual(texts(sponsored!, 'category'), ['Cloud']);
    assert.deepEqual(elements(sponsored!, 'dc:creator'), []);
    const [withoutSponsor] = items(rssXml({ subject: { kind: 'site' }, articles: [{ ...SPONSORED, sponsor: null }] }));
    assert.deepEqual(texts(withoutSponsor!, 'title'), ['Annonceindlæg: Tag netværket med fra start']);
  });

  it('gives the top image as an enclosure with its absolute URL, type and size, and as Media RSS content', () => {
    const [news, sponsored] = items(rssXml(SITE));
    assert.deepEqual(
      elements(news!, 'enclosure').map((e) => e.attributes),
      [{ url: 'https://spalte.example/medier/zoom.jpg', type: 'image/jpeg', length: '48213' }],
    );
    assert.deepEqual(elements(news!, 'media:content')[0]?.attributes, {
      'xmlns:media': 'http://search.yahoo.com/mrss/',
      url: 'https://spalte.example/medier/zoom.jpg',
      type: 'image/jpeg',
      medium: 'image',
      fileSize: '48213',
      width: '1200',
      height: '675',
    });
    assert.deepEqual(elements(sponsored!, 'enclosure'), []);
    assert.deepEqual(elements(sponsored!, 'media:content'), []);
  });

  it('keeps "&", "<" and "]]>" in titles and leads as text, and drops characters XML cannot carry', async () => {
    const tricky: FeedArticle = {
      ...NEWS,
      title: 'R&D <script>alert(1)</script> ]]> og ]]> igen\u0008',
      lead: 'AT&T & <b>fed</b>',
      section: { slug: 'nyheder', name: 'Nyheder & <debat>' },
      authors: [{ slug: 'x', name: 'Søren & Co <x>' }],
    };
    const xml = rssXml({ subject: { kind: 'tag', slug: 'r-d', name: 'R&D <it>' }, articles: [tricky] });
    await assertWellFormed(xml);
    assert.deepEqual(texts(channel(xml), 'title')[0], 'Spalte – emne: R&D <it>');
    const [item] = items(xml);
    // The title is plain text; the "]]>" sequences are split by an invisible zero-width space.
    assert.equal(texts(item!, 'title')[0]!.replaceAll('\u200B', ''), 'R&D <script>alert(1)</script> ]]> og ]]> igen');
    // The description is HTML to a reader, so the lead's own markup characters arrive escaped.
    assert.equal(texts(item!, 'description')[0], 'AT&amp;T &amp; &lt;b&gt;fed&lt;/b&gt;');
    assert.deepEqual(texts(item!, 'category'), ['Nyheder & <debat>', 'Kina', 'Zoom']);
    assert.deepEqual(texts(item!, 'dc:creator'), ['Søren & Co <x>']);
  });

  it('names each channel after its page and links to that page and to itself', async () => {
    const cases: [FeedContent['subject'], string, string, string][] = [
      [
        { kind: 'section', slug: 'sikkerhed', name: 'Sikkerhed', description: 'Om it-sikkerhed.' },
        'Spalte – Sikkerhed',
        '/sikkerhed',
        '/sikkerhed/rss.xml',
      ],
      [{ kind: 'tag', slug: 'zoom', name: 'Zoom' }, 'Spalte – emne: Zoom', '/tag/zoom', '/tag/zoom/rss.xml'],
      [
        { kind: 'author', slug: 'anna', name: 'Anna Holm', title: 'Journalist' },
        'Spalte – Anna Holm',
        '/skribent/anna',
        '/skribent/anna/rss.xml',
      ],
    ];
    for (const [subject, title, page, self] of cases) {
      const xml = rssXml({ subject, articles: [NEWS] });
      await assertWellFormed(xml);
      const head = channel(xml);
      assert.equal(texts(head, 'title')[0], title);
      assert.equal(texts(head, 'link')[0], `https://spalte.example${page}`);
      assert.equal(elements(head, 'atom:link')[0]?.attributes.href, `https://spalte.example${self}`);
    }
    assert.equal(texts(rssXml({ subject: cases[0]![0], articles: [] }), 'description')[0], 'Om it-sikkerhed.');
  });

  it('writes a well-formed channel without items when a subject has no published articles', async () => {
    const xml = rssXml({ subject: { kind: 'tag', slug: 'tom', name: 'Tom' }, articles: [] });
    await assertWellFormed(xml);
    assert.deepEqual(items(xml), []);
    assert.equal(texts(xml, 'lastBuildDate').length, 1);
  });
});

describe('feedResponse', () => {
  it('answers RSS with its content type, or a Danish 404 in plain text', async () => {
    const ok = feedResponse(SITE);
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    assert.match(await ok.text(), /<rss version="2\.0"/);
    const missing = feedResponse(null);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.match(await missing.text(), /RSS-feed/);
  });
});
