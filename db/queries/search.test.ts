import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '../client';
import { articles } from '../schema';
import { indexArticle } from '../search-index';
import { demoDatabaseForTests } from '../test-database';
import { PFA_ARTICLE_SLUG, SEED_ARTICLE_SLUG, ZOOM_AUTHORITIES_SLUG } from '../seed-content/seed-page';
import { MARK_START, searchArticles } from './search';

demoDatabaseForTests('search');


const slugs = async (q: string, options: Parameters<typeof searchArticles>[0] extends infer O ? Partial<O> : never = {}) =>
  (await searchArticles({ q, page: 1, ...options }))!.hits.map((hit) => hit.slug);

describe('searchArticles', () => {
  it('ranks a title match first and prefers the newer of equal matches', async () => {
    const found = await slugs('zoom');
    assert.deepEqual(found.slice(0, 3), [SEED_ARTICLE_SLUG, PFA_ARTICLE_SLUG, ZOOM_AUTHORITIES_SLUG]);
  });

  it('matches words in the body and marks them in a snippet', async () => {
    const results = (await searchArticles({ q: 'Reuters', page: 1 }))!;
    assert.equal(results.hits[0]?.slug, SEED_ARTICLE_SLUG);
    assert.match(results.hits[0]!.snippet, new RegExp(`${MARK_START}Reuters`));
  });

  it('matches the start of a word', async () => {
    assert.ok((await slugs('sikkerhedspla')).includes(PFA_ARTICLE_SLUG));
  });

  it('is case-insensitive and treats æ/ø/å and ae/oe/aa alike', async () => {
    assert.deepEqual(await slugs('TONEDØVT'), await slugs('tonedoevt'));
    assert.ok((await slugs('tonedoevt')).includes(ZOOM_AUTHORITIES_SLUG));
    assert.deepEqual(await slugs('pensionskaempe'), [SEED_ARTICLE_SLUG]);
  });

  it('searches tags', async () => {
    assert.ok((await slugs('videomøder')).includes(PFA_ARTICLE_SLUG));
  });

  it('filters by section and by period', async () => {
    assert.deepEqual(await slugs('zoom', { section: 'sikkerhed' }), [PFA_ARTICLE_SLUG]);
    assert.deepEqual(await slugs('zoom', { period: 'doegn' }), [SEED_ARTICLE_SLUG]);
  });

  it('never lets hostile input reach FTS as syntax', async () => {
    for (const q of ['"', 'zoom"', '*', 'NEAR(zoom kina)', '((zoom', 'zoom AND', 'title:zoom', '-zoom', 'ø'.repeat(2000), '']) {
      const results = await searchArticles({ q, page: 1 });
      assert.ok(results, q.slice(0, 20));
    }
    assert.ok((await slugs('"zoom" AND (kina')).includes(SEED_ARTICLE_SLUG));
  });

  it('returns null past the last page', async () => {
    assert.equal(await searchArticles({ q: 'zoom', page: 99 }), null);
  });

  it('leaves out unpublished articles and follows edits once re-indexed', async () => {
    const db = getDb();
    const pfa = db.select().from(articles).where(eq(articles.slug, PFA_ARTICLE_SLUG)).get()!;
    db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, pfa.id)).run();
    assert.ok(!(await slugs('zoom')).includes(PFA_ARTICLE_SLUG));
    db.update(articles).set({ status: 'published', title: 'PFA lukker for Blåhvalen' }).where(eq(articles.id, pfa.id)).run();
    indexArticle(db, pfa.id);
    assert.deepEqual(await slugs('blaahvalen'), [PFA_ARTICLE_SLUG]);
  });
});
