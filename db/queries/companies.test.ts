import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { and, desc, eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articles, articleTags, tags } from '@/db/schema';
import { demoDatabaseForTests, withJobDeadline as withDeadline } from '@/db/test-database';
import { COMPANY_ARTICLE_LIMIT, getCompanyPage } from './companies';
import { getJobBoard } from './jobs';

demoDatabaseForTests('directory');

const isNewestFirst = (dates: string[]) => dates.every((date, i) => i === 0 || dates[i - 1]! >= date);

describe('a company page', () => {
  it('finds the articles of a company whose tag is not its name without legal form', async () => {
    const page = (await getCompanyPage({ slug: 'formpipe-software' }))!;
    assert.deepEqual(page.tag, { slug: 'formpipe', name: 'Formpipe' });
    assert.ok(page.articles.length >= 4);
  });

  it('gathers the company’s active jobs, its Navnenyt and the articles with its tag', async () => {
    const page = await getCompanyPage({ slug: 'kmd' });
    assert.ok(page);
    assert.equal(page.company.name, 'KMD A/S');
    assert.equal(page.company.shortName, 'KMD');
    assert.equal(page.company.website, 'https://www.kmd.dk');
    assert.match(page.company.description, /^KMD er en dansk it-virksomhed/);

    assert.deepEqual(
      page.jobs.map((job) => job.id),
      (await getJobBoard({ company: 'kmd' })).jobs.map((job) => job.id),
    );

    const names = page.peopleNews.map((entry) => entry.name);
    for (const name of ['Anne-Sofie Kragelund', 'Thomas Bach Ravnsborg', 'Lis Hvidtfeldt'])
      assert.ok(names.includes(name), name);
    assert.ok(page.peopleNews.every((entry) => entry.company === 'KMD A/S'));
    assert.ok(isNewestFirst(page.peopleNews.map((entry) => entry.publishedAt)));

    assert.deepEqual(page.tag, { slug: 'kmd', name: 'KMD' });
    const taggedNews = getDb()
      .select({ id: articles.id })
      .from(articles)
      .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(and(eq(tags.slug, 'kmd'), eq(articles.status, 'published'), eq(articles.kind, 'news')))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .all();
    assert.ok(page.articles.length > 0 && page.articles.length <= COMPANY_ARTICLE_LIMIT);
    assert.deepEqual(
      page.articles.map((article) => article.id),
      taggedNews.slice(0, COMPANY_ARTICLE_LIMIT).map((article) => article.id),
    );
    assert.equal(page.articleTotal, taggedNews.length);
  });

  it('shows at most ten articles and counts all of them, so the page can link to the tag for the rest', async () => {
    const kmdTag = getDb().select({ id: tags.id }).from(tags).where(eq(tags.slug, 'kmd')).get()!;
    const before = (await getCompanyPage({ slug: 'kmd' }))!;
    const shown = new Set(before.articles.map((article) => article.id));
    const untagged = getDb()
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.status, 'published'), eq(articles.kind, 'news')))
      .all()
      .filter((article) => !shown.has(article.id))
      .slice(0, 2);
    for (const { id } of untagged) getDb().insert(articleTags).values({ articleId: id, tagId: kmdTag.id }).run();
    try {
      const after = (await getCompanyPage({ slug: 'kmd' }))!;
      assert.equal(after.articles.length, Math.min(COMPANY_ARTICLE_LIMIT, before.articleTotal + 2));
      assert.equal(after.articleTotal, before.articleTotal + 2);
    } finally {
      for (const { id } of untagged) {
        getDb()
          .delete(articleTags)
          .where(and(eq(articleTags.articleId, id), eq(articleTags.tagId, kmdTag.id)))
          .run();
      }
    }
  });

  it('leaves out a job whose deadline has passed', async () => {
    const job = (await getCompanyPage({ slug: 'kmd' }))!.jobs[0]!;
    await withDeadline(job.id, new Date(Date.now() - 1000).toISOString(), async () => {
      assert.ok(!(await getCompanyPage({ slug: 'kmd' }))!.jobs.some((j) => j.id === job.id));
    });
  });

  it('has empty parts for a company with no tag and no active jobs', async () => {
    const page = await getCompanyPage({ slug: 'djurs-it-service' });
    assert.ok(page);
    assert.equal(page.company.name, 'Djurs IT-Service ApS');
    assert.equal(page.company.shortName, 'Djurs IT-Service');
    assert.deepEqual(page.jobs, []);
    assert.equal(page.tag, null);
    assert.deepEqual(page.articles, []);
    assert.equal(page.articleTotal, 0);
  });

  it('answers null for an unknown slug', async () => {
    assert.equal(await getCompanyPage({ slug: 'findes-ikke' }), null);
  });
});
