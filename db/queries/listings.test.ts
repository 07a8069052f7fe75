import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articles, jobs } from '@/db/schema';
import { seedDemoContent } from '@/db/seed';
import { demoDatabaseForTests } from '@/db/test-database';
import { SEED_ARTICLE_SLUG } from '@/db/seed-content/seed-page';
import { getArticleTeasers, getPublishedArticleBySlug, getSectionNeighbours } from '@/db/queries/article-page';
import { getAuthorPage, getFrontPage, getSectionPage, getSponsoredPage, getTagPage } from '@/db/queries/listings';
import { getSponsorCampaign } from './sponsor-campaigns';
import { getMostRead, mostReadIds, recordView } from './views';
import { getActiveJobs, getLatestPeopleNews } from './widgets';

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

describe('lists', () => {
  it('puts the newest news story on the front page and keeps sponsored content out of the news lists', async () => {
    const front = await getFrontPage();
    assert.equal(front.lead?.slug, SEED_ARTICLE_SLUG);
    const all = [front.lead!, ...front.latest, ...front.sectionBlocks.flatMap((b) => b.articles)];
    assert.ok(all.every((a) => a.kind === 'news'));
    assert.ok(front.sectionBlocks.length >= 5);
    const dates = front.latest.map((a) => a.publishedAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  it('pages through a section and answers null past the last page or for an unknown section', async () => {
    const first = await getSectionPage({ slug: 'nyheder', page: 1 });
    assert.ok(first && first.articles.items.length > 0);
    assert.equal(await getSectionPage({ slug: 'nyheder', page: first.articles.pageCount + 1 }), null);
    assert.equal(await getSectionPage({ slug: 'findes-ikke', page: 1 }), null);
  });

  it('lists an author’s and a tag’s articles', async () => {
    const author = await getAuthorPage({ slug: 'jesper-kildegaard', page: 1 });
    assert.ok(author?.articles.items.some((a) => a.slug === SEED_ARTICLE_SLUG));
    const tag = await getTagPage({ slug: 'zoom', page: 1 });
    assert.ok(tag && tag.articles.total >= 3);
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

describe('widgets', () => {
  it('shows the DE-CIX sponsored article from its running campaign', async () => {
    const sponsored = await getSponsorCampaign();
    assert.equal(sponsored?.sponsor, 'DE-CIX');
    assert.equal(sponsored?.title, 'Enhver strategi for applikationsmodernisering bør tage netværket med fra start');
  });

  it('lists active jobs newest first, with the seed rows, and hides a job once it has expired', async () => {
    const list = await getActiveJobs({ limit: 50 });
    for (const title of [
      'Senior Product Manager',
      'Managing Architect',
      'Senior Project Manager',
      'Senior Test Manager',
    ]) {
      assert.ok(
        list.some((job) => job.title === title),
        title,
      );
    }
    const now = new Date().toISOString();
    assert.ok(list.every((job) => job.expiresAt > now));
    const victim = list[0]!;
    getDb()
      .update(jobs)
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where(eq(jobs.id, victim.id))
      .run();
    assert.ok(!(await getActiveJobs({ limit: 50 })).some((job) => job.id === victim.id));
  });

  it('shows the two seed Navnenyt entries first, labelled "Nyt job"', async () => {
    const [first, second] = await getLatestPeopleNews({ limit: 2 });
    assert.equal(first?.name, 'Susanne Sønderskov');
    assert.equal(first?.company, 'Sourcing IT');
    assert.equal(second?.name, 'Allan Bo Christiansen');
    assert.equal(second?.label, 'Nyt job');
  });
});

describe('views', () => {
  it('counts views per article per day and lets a much-read article into "Mest læste"', async () => {
    const front = await getFrontPage();
    const ranked = mostReadIds();
    const candidate = front.sectionBlocks.flatMap((b) => b.articles).find((a) => !ranked.includes(a.id))!;
    for (let i = 0; i < 2000; i += 1) recordView({ articleId: candidate.id });
    assert.equal(mostReadIds()[0], candidate.id);
    assert.equal((await getMostRead())[0]?.id, candidate.id);
  });

  it('ignores views of unknown articles', () => {
    assert.equal(recordView({ articleId: 999_999 }), false);
  });

  it('only counts the last seven days', async () => {
    const ranked = mostReadIds();
    const article = (await getFrontPage()).latest.find((a) => !ranked.includes(a.id))!;
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
    for (let i = 0; i < 5000; i += 1) recordView({ articleId: article.id, now: tenDaysAgo });
    assert.ok(!mostReadIds().includes(article.id));
  });
});
