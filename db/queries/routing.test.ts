import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articles, jobs, sections, slugHistory } from '@/db/schema';
import { demoDatabaseForTests } from '@/db/test-database';
import { SEED_ARTICLE_SLUG } from '@/db/seed-content/seed-page';
import { articlePathVerdict, isPagedListing, jobPathVerdict, pathVerdict } from './routing';

demoDatabaseForTests('seo');

// What a path means to the router: the current article, moved (301) or gone (410).

function article(slug: string) {
  const row = getDb()
    .select({ id: articles.id, slug: articles.slug, section: sections.slug, sectionId: articles.sectionId })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.slug, slug))
    .get();
  assert.ok(row, slug);
  return row;
}

function newsroomArticle() {
  const row = getDb().select({ slug: articles.slug }).from(articles).where(eq(articles.id, 20)).get();
  return article(row!.slug);
}

describe('articlePathVerdict', () => {
  it('lets a published article at its current path render', () => {
    assert.deepEqual(articlePathVerdict('nyheder', SEED_ARTICLE_SLUG), { kind: 'page' });
  });

  it('moves every old path to the current one in one hop, however many renames happened', () => {
    const db = getDb();
    const a = newsroomArticle();
    const first = `/${a.section}/${a.slug}`;
    db.insert(slugHistory).values({ path: first, articleId: a.id }).run();
    db.update(articles)
      .set({ slug: `${a.slug}-2` })
      .where(eq(articles.id, a.id))
      .run();
    db.insert(slugHistory)
      .values({ path: `/${a.section}/${a.slug}-2`, articleId: a.id })
      .run();
    db.update(articles)
      .set({ slug: `${a.slug}-3` })
      .where(eq(articles.id, a.id))
      .run();
    try {
      const current = { kind: 'moved', location: `/${a.section}/${a.slug}-3` };
      assert.deepEqual(articlePathVerdict(a.section, a.slug), current);
      assert.deepEqual(articlePathVerdict(a.section, `${a.slug}-2`), current);
      // The current slug under another section (a link from before a section move) finds it too.
      assert.deepEqual(articlePathVerdict('karriere', `${a.slug}-3`).kind, a.section === 'karriere' ? 'page' : 'moved');
    } finally {
      db.delete(slugHistory).where(eq(slugHistory.articleId, a.id)).run();
      db.update(articles).set({ slug: a.slug }).where(eq(articles.id, a.id)).run();
    }
  });

  it('calls an unpublished article gone at its own and its old paths, and keeps drafts and scheduled articles secret', () => {
    const db = getDb();
    const a = newsroomArticle();
    db.insert(slugHistory)
      .values({ path: `/${a.section}/gammel-${a.slug}`, articleId: a.id })
      .run();
    try {
      db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, a.id)).run();
      assert.deepEqual(articlePathVerdict(a.section, a.slug), { kind: 'gone' });
      assert.deepEqual(articlePathVerdict(a.section, `gammel-${a.slug}`), { kind: 'gone' });
      for (const status of ['draft', 'review', 'scheduled'] as const) {
        db.update(articles).set({ status }).where(eq(articles.id, a.id)).run();
        assert.deepEqual(articlePathVerdict(a.section, a.slug), { kind: 'missing' }, status);
        assert.deepEqual(articlePathVerdict(a.section, `gammel-${a.slug}`), { kind: 'missing' }, status);
      }
    } finally {
      db.delete(slugHistory).where(eq(slugHistory.articleId, a.id)).run();
      db.update(articles).set({ status: 'published' }).where(eq(articles.id, a.id)).run();
    }
  });

  it('calls unknown and malformed articles missing and leaves feeds and reserved paths to their routes', () => {
    assert.deepEqual(articlePathVerdict('nyheder', 'findes-ikke'), { kind: 'missing' });
    assert.deepEqual(articlePathVerdict('nyheder', 'rss.xml'), { kind: 'page' });
    assert.deepEqual(articlePathVerdict('tag', SEED_ARTICLE_SLUG), { kind: 'page' });
    // Not slug-shaped: no article can live there, and the page must not fall back to notFound()'s empty shell.
    for (const [section, slug] of [
      ['%2e%2e', 'x'],
      ['nyheder', 'zoom%00'],
      ['nyheder', '%C3%A6%C3%B8%C3%A5'],
      ['nyheder', 'a'.repeat(5000)],
    ] as const) {
      assert.deepEqual(articlePathVerdict(section, slug), { kind: 'missing' }, `${section}/${slug.slice(0, 20)}`);
    }
  });
});

describe('pathVerdict', () => {
  it('knows sections, directory pages and the site’s own routes', () => {
    assert.deepEqual(pathVerdict('/nyheder'), { kind: 'page' });
    assert.deepEqual(pathVerdict('/findes-ikke'), { kind: 'missing' });
    for (const path of [
      '/job',
      '/soeg',
      '/robots.txt',
      '/logo.png',
      '/tag/zoom',
      '/skribent/jesper-kildegaard',
      '/virksomhed/kmd',
      '/a/b/c',
    ]) {
      assert.deepEqual(pathVerdict(path), { kind: 'page' }, path);
    }
    for (const path of [
      '/tag/findes-ikke',
      '/skribent/findes-ikke',
      '/virksomhed/findes-ikke',
      '/navnenyt/findes-ikke',
      '/job/999999-x',
    ]) {
      assert.deepEqual(pathVerdict(path), { kind: 'missing' }, path);
    }
  });

  it('answers 404 for what scanners and typos ask for, so no page falls back to an empty shell', () => {
    for (const path of [
      '/favicon.ico',
      '/wp-login.php',
      '/.env',
      '/package.json',
      '/soeg/x',
      '/annonceindlaeg/x',
      '/job/abc',
      '/job/00001-x',
      '/job/1e0-x',
      '/nyheder%2Fzoom',
    ]) {
      assert.deepEqual(pathVerdict(path), { kind: 'missing' }, path);
    }
    for (const path of [
      '/rss.xml',
      '/sitemap.xml',
      '/news-sitemap.xml',
      '/icon.png',
      '/og-default.png',
      '/sitemaps/sider.xml',
      '/nyheder/rss.xml',
    ]) {
      assert.deepEqual(pathVerdict(path), { kind: 'page' }, path);
    }
  });

  it('knows which pages are paged listings (a malformed ?side= is 404 only there)', () => {
    for (const path of [
      '/sikkerhed',
      '/tag/zoom',
      '/skribent/jesper-kildegaard',
      '/navnenyt',
      '/annonceindlaeg',
      '/soeg',
    ]) {
      assert.ok(isPagedListing(path), path);
    }
    for (const path of [
      '/',
      '/job',
      `/nyheder/${SEED_ARTICLE_SLUG}`,
      '/navnenyt/x',
      '/tag/zoom/rss.xml',
      '/robots.txt',
      '/virksomhed/kmd',
    ]) {
      assert.ok(!isPagedListing(path), path);
    }
  });

  it('moves upper-case addresses to their lower-case form when that exists', () => {
    assert.deepEqual(pathVerdict('/NYHEDER'), { kind: 'moved', location: '/nyheder' });
    assert.deepEqual(pathVerdict(`/Nyheder/${SEED_ARTICLE_SLUG.toUpperCase()}`), {
      kind: 'moved',
      location: `/nyheder/${SEED_ARTICLE_SLUG}`,
    });
    assert.deepEqual(pathVerdict('/Tag/zoom'), { kind: 'moved', location: '/tag/zoom' });
    assert.deepEqual(pathVerdict('/FINDES-IKKE'), { kind: 'missing' });
  });
});

describe('jobPathVerdict', () => {
  it('moves other forms of a job path to the current one and calls an expired job gone', () => {
    const db = getDb();
    const job = db.select({ id: jobs.id, slug: jobs.slug, expiresAt: jobs.expiresAt }).from(jobs).limit(1).get()!;
    assert.deepEqual(jobPathVerdict(`${job.id}-${job.slug}`), { kind: 'page' });
    assert.deepEqual(jobPathVerdict(String(job.id)), { kind: 'moved', location: `/job/${job.id}-${job.slug}` });
    assert.deepEqual(jobPathVerdict(`${job.id}-gammel`), { kind: 'moved', location: `/job/${job.id}-${job.slug}` });
    db.update(jobs)
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where(eq(jobs.id, job.id))
      .run();
    try {
      assert.deepEqual(jobPathVerdict(`${job.id}-${job.slug}`), { kind: 'gone' });
    } finally {
      db.update(jobs).set({ expiresAt: job.expiresAt }).where(eq(jobs.id, job.id)).run();
    }
    assert.deepEqual(jobPathVerdict('999999-x'), { kind: 'missing' });
    assert.deepEqual(jobPathVerdict('abc'), { kind: 'missing' });
  });
});
