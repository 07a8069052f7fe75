import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { seedDemoContent } from '@/db/seed';
import { demoDatabaseForTests } from '@/db/test-database';
import { SEED_ARTICLE_SLUG } from '@/db/seed-content/seed-page';
import { getArticleTeasers, getPublishedArticleBySlug, getSectionNeighbours } from '@/db/queries/article-page';
import { getFrontPage, getSectionPage, getSponsoredPage } from '@/db/queries/listings';

const { uploadDir } = demoDatabaseForTests('queries');

const SEED_TEXT = fs.readFileSync(path.join(import.meta.dirname, '..', 'seed-content', 'article-page.txt'), 'utf8');

describe('demo content', () => {
  it('is loaded once: a second run leaves the database alone', async () => {
    const before = getDb().select().from(articles).all().length;
    assert.equal(await seedDemoContent({ db: getDb(), uploadDir }), false);
    assert.equal(getDb().select().from(articles).all().length, before);
    assert.ok(before >= 34, `expected at least 34 articles, got ${before}`);
  });
});

describe('getPublishedArticleBySlug', () => {
  it('returns the seed article with its headline, lead and every paragraph verbatim', async () => {
    const article = await getPublishedArticleBySlug({ slug: SEED_ARTICLE_SLUG });
    assert.ok(article);
    const lines = SEED_TEXT.split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    assert.equal(article.title, lines[0]);
    assert.equal(article.lead, lines[1]);
    const bodyStart = lines.indexOf('Artikel top billede') + 1;
    const bodyEnd = lines.indexOf('Annonceindlæg fra DE-CIX');
    for (const paragraph of lines.slice(bodyStart, bodyEnd).filter((line) => !/^Læs (mere her|også):/.test(line))) {
      assert.ok(article.body.includes(paragraph), `missing paragraph: ${paragraph}`);
    }
    assert.equal(article.image?.alt.length ? true : false, true);
    assert.deepEqual(
      article.authors.map((a) => a.slug),
      ['jesper-kildegaard'],
    );
    assert.equal(article.bodyRelatedIds.length, 2);
  });

  it('resolves the related blocks to the current titles of the two linked articles', async () => {
    const article = (await getPublishedArticleBySlug({ slug: SEED_ARTICLE_SLUG }))!;
    const targets = await getArticleTeasers({ ids: article.bodyRelatedIds });
    assert.deepEqual(
      targets.map((t) => t.title),
      [
        'PFA forbyder brug af Zoom: Se CIO Morten Bruun Steiners it-sikkerhedsplan her',
        'Zoom klar til at udlevere gratis-opkald til amerikanske myndigheder: "Politisk tonedøvt," lyder kritikken',
      ],
    );
  });

  it('hides articles that are not published', async () => {
    const article = (await getPublishedArticleBySlug({ slug: SEED_ARTICLE_SLUG }))!;
    getDb().update(articles).set({ status: 'unpublished' }).where(eq(articles.id, article.id)).run();
    try {
      assert.equal(await getPublishedArticleBySlug({ slug: SEED_ARTICLE_SLUG }), null);
      assert.deepEqual(await getArticleTeasers({ ids: [article.id] }), []);
      const front = await getFrontPage();
      assert.ok(![front.lead, ...front.latest].some((a) => a?.id === article.id));
    } finally {
      getDb().update(articles).set({ status: 'published' }).where(eq(articles.id, article.id)).run();
    }
  });

  it('returns null for an unknown slug', async () => {
    assert.equal(await getPublishedArticleBySlug({ slug: 'findes-ikke' }), null);
  });
});

describe('reading aids', () => {
  it('estimates the reading time from the words of the body', async () => {
    const article = (await getPublishedArticleBySlug({ slug: SEED_ARTICLE_SLUG }))!;
    assert.equal(article.readingMinutes, 1);
  });

  it('finds the previous and next news article in the same section', async () => {
    const section = (await getSectionPage({ slug: 'nyheder', page: 1 }))!.articles.items;
    const [newest, second, third] = section;
    assert.deepEqual(await getSectionNeighbours({ id: second!.id, sectionSlug: 'nyheder' }), {
      previousId: third!.id,
      nextId: newest!.id,
    });
    assert.equal((await getSectionNeighbours({ id: newest!.id, sectionSlug: 'nyheder' })).nextId, null);
  });

  it('lists sponsored articles on their own page', async () => {
    const page = (await getSponsoredPage({ page: 1 }))!;
    assert.ok(page.items.length >= 1);
    assert.ok(page.items.every((item) => item.kind === 'sponsored'));
  });
});
