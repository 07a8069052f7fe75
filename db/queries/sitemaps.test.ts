import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articles, companies } from '@/db/schema';
import { demoDatabaseForTests } from '@/db/test-database';
import { SEED_ARTICLE_SLUG } from '@/db/seed-content/seed-page';
import {
  getNewsSitemap,
  getPagesSitemap,
  getSitemapFile,
  getSitemapIndex,
  monthRange,
  NEWS_WINDOW_MS,
} from './sitemaps';

demoDatabaseForTests('seo');

// What the sitemaps list.

describe('sitemaps', () => {
  it('splits articles by UTC month and lists every published article exactly once', async () => {
    assert.deepEqual(monthRange('2026-12'), { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    const index = await getSitemapIndex();
    assert.equal(index[0]!.path, '/sitemaps/sider.xml');
    const listed: string[] = [];
    for (const { path: file } of index.filter((entry) => entry.path.startsWith('/sitemaps/artikler-'))) {
      const entries = await getSitemapFile(file.replace('/sitemaps/', ''));
      assert.ok(entries && entries.length > 0, file);
      listed.push(...entries.map((entry) => entry.path));
    }
    const published = getDb().select({ id: articles.id }).from(articles).where(eq(articles.status, 'published')).all();
    assert.equal(listed.length, published.length);
    assert.equal(new Set(listed).size, listed.length);
    assert.ok(listed.includes(`/nyheder/${SEED_ARTICLE_SLUG}`));
  });

  it('lists tag pages and Navnenyt in sitemaps of their own, each page once', async () => {
    const index = await getSitemapIndex();
    const paths: string[] = [];
    for (const { path: file } of index.filter((entry) => /\/sitemaps\/(emner|navnenyt)-/.test(entry.path))) {
      const entries = await getSitemapFile(file.replace('/sitemaps/', ''));
      assert.ok(entries && entries.length > 0, file);
      paths.push(...entries.map((entry) => entry.path));
    }
    assert.ok(paths.includes('/tag/zoom'));
    assert.ok(paths.some((path) => path.startsWith('/navnenyt/')));
    assert.equal(new Set(paths).size, paths.length);
  });

  it('knows no sitemap files beyond the ones it lists', async () => {
    for (const name of [
      'artikler-1999-01.xml',
      'artikler-2026-13.xml',
      'artikler-2026-11-1.xml',
      'artikler-2026-11-2.xml',
      'emner-0.xml',
      'emner-99.xml',
      'navnenyt-1999-01.xml',
      'navnenyt-2026.xml',
      'navnenyt-2026-13.xml',
      '../x',
      'sider',
    ]) {
      assert.equal(await getSitemapFile(name), null, name);
    }
  });

  it('lists only news of the last two days in the news sitemap, newest first, never sponsored content', async () => {
    const now = new Date();
    const news = await getNewsSitemap(now);
    assert.ok(news.length > 0);
    const since = new Date(now.getTime() - NEWS_WINDOW_MS).toISOString();
    for (const row of news) assert.ok(row.publishedAt >= since, row.path);
    assert.deepEqual(
      news.map((row) => row.publishedAt),
      [...news.map((row) => row.publishedAt)].sort().reverse(),
    );
    const sponsored = getDb()
      .select({ slug: articles.slug })
      .from(articles)
      .where(eq(articles.kind, 'sponsored'))
      .all();
    for (const { slug } of sponsored) assert.ok(!news.some((row) => row.path.endsWith(`/${slug}`)), slug);
    // Three days on, the same articles have left the window.
    const later = await getNewsSitemap(new Date(now.getTime() + 3 * 24 * 3600 * 1000));
    assert.ok(later.every((row) => !news.some((earlier) => earlier.path === row.path)));
  });
});

describe('the pages sitemap', () => {
  it('lists companies with something to show and leaves out empty ones', async () => {
    getDb().insert(companies).values({ slug: 'tom-virksomhed', name: 'Tom Virksomhed ApS' }).run();
    const paths = (await getPagesSitemap()).map((entry) => entry.path);
    assert.ok(paths.includes('/virksomhed/kmd'));
    assert.ok(!paths.includes('/virksomhed/tom-virksomhed'));
  });
});
