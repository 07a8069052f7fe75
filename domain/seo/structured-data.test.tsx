import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { renderToStaticMarkup } from 'react-dom/server';

import { JsonLd } from '@/components/site/json-ld';
import { newsUrlsetXml, sitemapIndexXml, urlsetXml } from '../../server/seo/sitemap-xml';
import { articleData, breadcrumbData, type ArticleForData } from './structured-data';

process.env.SITE_URL = 'https://spalte.example';

const ARTICLE: ArticleForData = {
  path: '/sikkerhed/et-angreb',
  title: 'Et angreb',
  lead: 'Manchet',
  seoDescription: null,
  kind: 'news',
  sponsor: null,
  publishedAt: '2026-07-01T08:00:00.000Z',
  updatedAt: '2026-07-02T09:30:00.000Z',
  section: { name: 'Sikkerhed' },
  tags: [{ name: 'Ransomware' }],
  authors: [
    { slug: 'anna', name: 'Anna' },
    { slug: 'bo', name: 'Bo' },
  ],
  images: ['/medier/a.jpg'],
};

describe('structured data', () => {
  it('describes news as NewsArticle with Copenhagen-offset times, ordered authors and absolute URLs', () => {
    const data = articleData(ARTICLE);
    assert.equal(data['@type'], 'NewsArticle');
    assert.equal(data.datePublished, '2026-07-01T10:00:00+02:00');
    assert.equal(data.dateModified, '2026-07-02T11:30:00+02:00');
    assert.deepEqual(data.image, ['https://spalte.example/medier/a.jpg']);
    assert.deepEqual(
      (data.author as { name: string; url: string }[]).map((a) => [a.name, a.url]),
      [
        ['Anna', 'https://spalte.example/skribent/anna'],
        ['Bo', 'https://spalte.example/skribent/bo'],
      ],
    );
    assert.equal(data.sponsor, undefined);
  });

  it('describes sponsored content as an Article with its sponsor', () => {
    const data = articleData({ ...ARTICLE, kind: 'sponsored', sponsor: 'DE-CIX' });
    assert.equal(data['@type'], 'Article');
    assert.deepEqual(data.sponsor, { '@type': 'Organization', name: 'DE-CIX' });
  });

  it('starts every breadcrumb trail at the front page', () => {
    const trail = breadcrumbData([{ name: 'Sikkerhed', path: '/sikkerhed' }]).itemListElement as {
      position: number;
      item: string;
    }[];
    assert.deepEqual(
      trail.map((crumb) => [crumb.position, crumb.item]),
      [
        [1, 'https://spalte.example/'],
        [2, 'https://spalte.example/sikkerhed'],
      ],
    );
  });

  it('cannot be broken out of: "</script>" and "<!--" in a field stay inside the JSON', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const html = renderToStaticMarkup(<JsonLd data={articleData({ ...ARTICLE, title: hostile })} />);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.equal(html.match(/<\/script>/g)?.length, 1);
    const json = html.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '');
    assert.equal(JSON.parse(json).headline, hostile);
  });
});

describe('sitemap XML', () => {
  it('escapes URLs and titles and writes absolute locations on SITE_URL', async () => {
    const xml = await newsUrlsetXml([
      { path: '/nyheder/a', title: 'AT&T <og> "Ørsted"', publishedAt: '2026-11-28T07:00:00.000Z' },
    ]);
    assert.match(xml, /<loc>https:\/\/spalte\.example\/nyheder\/a<\/loc>/);
    assert.match(xml, /<news:title>AT&amp;T &lt;og&gt; (&quot;|")Ørsted(&quot;|")<\/news:title>/);
    assert.match(xml, /<news:publication_date>2026-11-28T08:00:00\+01:00<\/news:publication_date>/);
    assert.match(xml, /<news:language>da<\/news:language>/);
  });

  it('lists images beside articles and child sitemaps in the index', async () => {
    const urlset = await urlsetXml([{ path: '/a', lastmod: '2026-11-01T10:00:00.000Z', images: ['/medier/x.jpg'] }]);
    assert.match(urlset, /<image:loc>https:\/\/spalte\.example\/medier\/x\.jpg<\/image:loc>/);
    assert.match(urlset, /<lastmod>2026-11-01T10:00:00\.000Z<\/lastmod>/);
    const index = await sitemapIndexXml([{ path: '/sitemaps/sider.xml', lastmod: null }]);
    assert.match(
      index,
      /<sitemapindex[^>]*><sitemap><loc>https:\/\/spalte\.example\/sitemaps\/sider\.xml<\/loc><\/sitemap><\/sitemapindex>/,
    );
  });
});
