import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { newsUrlsetXml, sitemapIndexXml, urlsetXml } from './sitemap-xml';

process.env.SITE_URL = 'https://spalte.example';

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
