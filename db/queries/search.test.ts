import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq, sql } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { indexArticle } from '@/db/search-index';
import { demoDatabaseForTests } from '@/db/test-database';
import { PFA_ARTICLE_SLUG, SEED_ARTICLE_SLUG, ZOOM_AUTHORITIES_SLUG } from '@/db/seed-content/seed-page';
import { buildFtsQuery } from '@/domain/search/query';
import { generateArchive } from '@/db/archive/generate';
import { MARK_START, SEARCH_MAX_HITS, SEARCH_PERIODS, searchArticles, type SearchPeriod } from './search';

demoDatabaseForTests('search');

const SALARIES_SLUG = 'her-er-it-branchens-hoejeste-loenninger';

const slugs = async (
  q: string,
  options: Parameters<typeof searchArticles>[0] extends infer O ? Partial<O> : never = {},
) => (await searchArticles({ q, page: 1, ...options }))!.hits.map((hit) => hit.slug);

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
    for (const q of [
      '"',
      'zoom"',
      '*',
      'NEAR(zoom kina)',
      '((zoom',
      'zoom AND',
      'title:zoom',
      '-zoom',
      'ø'.repeat(2000),
      '',
    ]) {
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
    db.update(articles)
      .set({ status: 'published', title: 'PFA lukker for Blåhvalen' })
      .where(eq(articles.id, pfa.id))
      .run();
    indexArticle(db, pfa.id);
    assert.deepEqual(await slugs('blaahvalen'), [PFA_ARTICLE_SLUG]);
  });

  it('finds a word in a list of the demo content, and no word glued from two list items', async () => {
    // "- Cloudarkitekt: 76.900 kroner" is followed by "- Senior sikkerhedsarkitekt": once glued to "kronersenior".
    assert.ok((await slugs('cloudarkitekt')).includes(SALARIES_SLUG));
    assert.deepEqual(await slugs('kronersenior'), []);
  });

  it('finds words in lists, tables and quotes, and no words glued from neighbouring blocks', async () => {
    const db = getDb();
    const article = db.select().from(articles).where(eq(articles.slug, ZOOM_AUTHORITIES_SLUG)).get()!;
    const body = `${article.body}\n\n- robotstøvsuger\n- kaffeautomat\n\n| Rum | Udstyr |\n| --- | --- |\n| printerbakke | tavlepen |\n\n> eftertænksomt\n>\n> bagefter`;
    db.update(articles).set({ body }).where(eq(articles.id, article.id)).run();
    indexArticle(db, article.id);
    try {
      for (const word of ['robotstøvsuger', 'kaffeautomat', 'printerbakke', 'tavlepen', 'eftertænksomt']) {
        assert.deepEqual(await slugs(word), [ZOOM_AUTHORITIES_SLUG], word);
      }
      for (const glued of [
        'robotstøvsugerkaffeautomat',
        'udstyrprinterbakke',
        'printerbakketavlepen',
        'eftertænksomtbagefter',
      ]) {
        assert.deepEqual(await slugs(glued), [], glued);
      }
    } finally {
      db.update(articles).set({ body: article.body }).where(eq(articles.id, article.id)).run();
      indexArticle(db, article.id);
    }
  });
});

/**
 * The search as it was before the archive grew (issue 12): every match ranked in one SQL statement by BM25 with the
 * recency boost. The search must return exactly this on the demo content.
 */
function referenceRanking(q: string, { section, period }: { section?: string; period?: SearchPeriod } = {}): string[] {
  const match = buildFtsQuery(q);
  if (!match) return [];
  const since = period ? new Date(Date.now() - SEARCH_PERIODS[period].days * 24 * 60 * 60 * 1000).toISOString() : null;
  return getDb()
    .all<{ slug: string }>(
      sql`SELECT a.slug FROM articles_fts JOIN articles a ON a.id = (articles_fts.rowid & 134217727) JOIN sections s ON s.id = a.section_id
          WHERE articles_fts MATCH ${match} AND a.status = 'published'
            ${section ? sql`AND s.slug = ${section}` : sql``} ${since ? sql`AND a.published_at >= ${since}` : sql``}
          ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0, 6.0)
            * (1.0 + 1.0 / (1.0 + max(0, julianday('now') - julianday(a.published_at)) / 30.0)), a.published_at DESC`,
    )
    .map((row) => row.slug);
}

async function allPages(q: string, options: { section?: string; period?: SearchPeriod } = {}): Promise<string[]> {
  const found: string[] = [];
  for (let page = 1; ; page++) {
    const results = await searchArticles({ q, page, ...options });
    if (!results) return found;
    found.push(...results.hits.map((hit) => hit.slug));
    if (page >= results.pageCount) return found;
  }
}

const DEMO_QUERIES = [
  'zoom',
  'Reuters',
  'sikkerhedspla',
  'TONEDØVT',
  'pensionskaempe',
  'videomøder',
  'kina',
  'cloud',
  'microsoft',
  'data',
  'ai',
  'it',
  'og',
  'for',
  'sikkerhed',
  'kunstig intelligens',
  'netcompany kontrakt',
  'ransomware',
  'københavn',
  'koebenhavn',
  'digi',
  'kom',
  'udbud',
  'nis2',
  'løn',
  'danske bank',
  'open source',
  'leverandør',
  'sundhed',
  'patient',
];

describe('search ranking', () => {
  it('returns the same ranked results as the full ranking of every match did, on the demo content', async () => {
    for (const q of DEMO_QUERIES) {
      for (const options of [{}, { section: 'sikkerhed' }, { period: 'uge' as const }]) {
        assert.deepEqual(await allPages(q, options), referenceRanking(q, options), `${q} ${JSON.stringify(options)}`);
      }
    }
  });
});

describe('search on a large archive', () => {
  it('ranks only the newest matches of a common word, says there are more, and still finds rare words in full', async () => {
    generateArchive(getDb(), { articles: 2_000, seed: 11 });
    const common = (await searchArticles({ q: 'og', page: 1 }))!;
    assert.equal(common.capped, true);
    assert.equal(common.total, SEARCH_MAX_HITS);
    // The newest matches: nothing ranked is older than the oldest of the newest SEARCH_MAX_HITS published articles.
    const cutoff = getDb().get<{ at: string }>(
      sql`SELECT published_at AS at FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1 OFFSET ${SEARCH_MAX_HITS - 1}`,
    ).at;
    for (const hit of common.hits) assert.ok(hit.publishedAt >= cutoff, hit.slug);
    // The demo articles are among the newest, so the seed article is still found by its own words.
    assert.equal((await searchArticles({ q: 'zoom kina', page: 1 }))!.hits[0]?.slug, SEED_ARTICLE_SLUG);
    const rare = (await searchArticles({ q: 'Reuters', page: 1 }))!;
    assert.equal(rare.capped, false);
    assert.deepEqual(
      rare.hits.map((hit) => hit.slug),
      referenceRanking('Reuters'),
    );
  });
});
