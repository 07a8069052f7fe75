import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { and, desc, eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articles, articleTags, jobs, peopleNews, tags } from '@/db/schema';
import { demoDatabaseForTests } from '@/db/test-database';
import { COMPANY_ARTICLE_LIMIT, getCompanyPage } from './companies';
import { getActiveJobList, getJob, getJobBoard, jobPath, stillActive } from './jobs';
import {
  getPeopleNewsBySlug,
  getPeopleNewsLabels,
  getPeopleNewsPage,
  PEOPLE_NEWS_PAGE_SIZE as PAGE_SIZE,
} from './people-news';
import { getActiveJobs, getLatestPeopleNews } from './widgets';

demoDatabaseForTests('directory');

const now = () => new Date().toISOString();
const isNewestFirst = (dates: string[]) => dates.every((date, i) => i === 0 || dates[i - 1]! >= date);

/** Runs `fn` with one job's deadline moved, then puts it back. */
async function withDeadline(id: number, expiresAt: string, fn: () => Promise<void>) {
  const original = getDb().select({ expiresAt: jobs.expiresAt }).from(jobs).where(eq(jobs.id, id)).get()!.expiresAt;
  getDb().update(jobs).set({ expiresAt }).where(eq(jobs.id, id)).run();
  try {
    await fn();
  } finally {
    getDb().update(jobs).set({ expiresAt: original }).where(eq(jobs.id, id)).run();
  }
}

describe('the job board', () => {
  it('lists every active job, newest first, and never an expired one', async () => {
    const board = await getJobBoard();
    const expired = getDb()
      .select()
      .from(jobs)
      .all()
      .filter((job) => job.expiresAt <= now());
    assert.ok(expired.length >= 2, 'the demo content has expired jobs');
    assert.ok(board.jobs.length >= 20, `expected at least 20 active jobs, got ${board.jobs.length}`);
    assert.equal(board.total, board.jobs.length);
    assert.ok(board.jobs.every((job) => job.expiresAt > now()));
    assert.ok(!board.jobs.some((job) => expired.some((e) => e.id === job.id)));
    assert.ok(isNewestFirst(board.jobs.map((job) => job.publishedAt)));
    assert.equal(board.region, null);
    assert.equal(board.company, null);
  });

  it('links each job to its own page and to its company', async () => {
    const { jobs: list } = await getJobBoard();
    const job = list.find((candidate) => candidate.title === 'Managing Architect')!;
    assert.equal(job.path, `/job/${job.id}-managing-architect-netcompany-a-s`);
    assert.equal(job.company, 'Netcompany A/S');
    assert.equal(job.companySlug, 'netcompany');
    assert.equal(jobPath(7, ''), '/job/7');
  });

  it('narrows to a region and offers only regions and companies with active jobs, with counts', async () => {
    const board = await getJobBoard({ region: 'Aarhus' });
    assert.equal(board.region, 'Aarhus');
    assert.ok(board.jobs.length >= 2);
    assert.ok(board.jobs.every((job) => job.region === 'Aarhus'));
    assert.equal(board.regions.find((r) => r.name === 'Aarhus')?.count, board.jobs.length);
    assert.equal(
      board.regions.reduce((sum, r) => sum + r.count, 0),
      board.total,
    );
    // Djurs IT-Service's only job has expired: the company is not offered.
    assert.ok(!board.companies.some((c) => c.slug === 'djurs-it-service'));
    assert.deepEqual(
      board.regions.map((r) => r.name),
      [...board.regions.map((r) => r.name)].sort(new Intl.Collator('da-DK').compare),
    );
  });

  it('narrows to a company by its slug, and to a company within a region', async () => {
    const kmd = await getJobBoard({ company: 'kmd' });
    assert.equal(kmd.company, 'kmd');
    assert.ok(kmd.jobs.length >= 4);
    assert.ok(kmd.jobs.every((job) => job.company === 'KMD A/S'));
    assert.equal(kmd.companies.find((c) => c.slug === 'kmd')?.count, kmd.jobs.length);
    const kmdAarhus = await getJobBoard({ company: 'kmd', region: 'Aarhus' });
    assert.deepEqual(
      kmdAarhus.jobs.map((job) => job.title),
      ['Cloudarkitekt til kommunale løsninger'],
    );
  });

  it('ignores filter values that match no active job', async () => {
    const all = await getJobBoard();
    for (const filters of [{ region: 'Atlantis' }, { company: 'findes-ikke' }, { company: 'djurs-it-service' }]) {
      const board = await getJobBoard(filters);
      assert.equal(board.region, null);
      assert.equal(board.company, null);
      assert.equal(board.jobs.length, all.jobs.length);
    }
  });

  it('drops a job the moment its deadline passes, even from a list read before', async () => {
    const list = await getActiveJobList();
    const soon = new Date(Date.now() + 60_000).toISOString();
    const later = new Date(Date.now() + 120_000).toISOString();
    const job = { ...list[0]!, expiresAt: soon };
    assert.deepEqual(stillActive([job]), [job]);
    assert.deepEqual(stillActive([job], later), []);
    await withDeadline(list[0]!.id, new Date(Date.now() - 1000).toISOString(), async () => {
      assert.ok(!(await getJobBoard()).jobs.some((j) => j.id === list[0]!.id));
      assert.ok(!(await getActiveJobs({ limit: 100 })).some((j) => j.id === list[0]!.id));
    });
  });

  it('gives the sidebar the newest active jobs with their pages and companies', async () => {
    const widget = await getActiveJobs({ limit: 4 });
    assert.deepEqual(widget, (await getActiveJobList()).slice(0, 4));
    assert.ok(widget.every((job) => job.path.startsWith(`/job/${job.id}-`) && job.companySlug));
  });
});

describe('a job page', () => {
  it('has the job’s details, with the company’s website', async () => {
    const id = (await getJobBoard()).jobs.find((job) => job.title === 'Senior Test Manager')!.id;
    const found = await getJob({ id });
    assert.ok(found);
    assert.equal(found.active, true);
    assert.equal(found.job.company, 'KMD A/S');
    assert.equal(found.job.companySlug, 'kmd');
    assert.equal(found.job.companyWebsite, 'https://www.kmd.dk');
    assert.equal(found.job.region, 'Københavnsområdet');
    assert.match(found.job.description, /Senior Test Manager i KMD/);
    assert.equal(found.job.url, 'https://job.example.dk/kmd/senior-test-manager');
  });

  it('still finds an expired job, marked as no longer active', async () => {
    const expired = getDb()
      .select()
      .from(jobs)
      .all()
      .find((job) => job.expiresAt <= now())!;
    const found = await getJob({ id: expired.id });
    assert.equal(found?.active, false);
    assert.equal(found?.job.title, expired.title);
  });

  it('answers null for an unknown id', async () => {
    assert.equal(await getJob({ id: 999_999 }), null);
  });
});

describe('Navnenyt', () => {
  it('pages through every entry, newest first, 20 to a page, and answers null past the last page', async () => {
    const total = getDb().select().from(peopleNews).all().length;
    assert.ok(total > PAGE_SIZE, `expected more than ${PAGE_SIZE} entries, got ${total}`);
    const first = await getPeopleNewsPage({ page: 1 });
    const second = await getPeopleNewsPage({ page: 2 });
    assert.ok(first && second);
    assert.equal(first.total, total);
    assert.equal(first.pageCount, Math.ceil(total / PAGE_SIZE));
    assert.equal(first.items.length, PAGE_SIZE);
    assert.equal(first.items[0]?.name, 'Susanne Sønderskov');
    const both = [...first.items, ...second.items];
    assert.equal(new Set(both.map((entry) => entry.id)).size, both.length);
    assert.ok(isNewestFirst(both.map((entry) => entry.publishedAt)));
    assert.equal(await getPeopleNewsPage({ page: first.pageCount + 1 }), null);
    assert.equal(await getPeopleNewsPage({ page: 0 }), null);
  });

  it('offers the labels in use, in the newsroom’s order, with counts', async () => {
    const labels = await getPeopleNewsLabels();
    assert.deepEqual(
      labels.map((label) => label.name),
      ['Nyt job', 'Færdiggjort uddannelse', 'Forfremmelse', 'Jubilæum'],
    );
    assert.equal(labels[1]?.slug, 'faerdiggjort-uddannelse');
    assert.equal(
      labels.reduce((sum, label) => sum + label.count, 0),
      (await getPeopleNewsPage({ page: 1 }))!.total,
    );
  });

  it('narrows to one label', async () => {
    const list = await getPeopleNewsPage({ label: 'Forfremmelse', page: 1 });
    assert.ok(list && list.items.length >= 2);
    assert.ok(list.items.every((entry) => entry.label === 'Forfremmelse'));
    assert.equal(list.pageCount, 1);
    assert.equal(await getPeopleNewsPage({ label: 'Forfremmelse', page: 2 }), null);
  });

  it('shows one entry in full, with its company', async () => {
    const entry = await getPeopleNewsBySlug({ slug: 'susanne-soenderskov-sourcing-it' });
    assert.ok(entry);
    assert.equal(entry.name, 'Susanne Sønderskov');
    assert.equal(entry.role, 'Salgsdirektør');
    assert.equal(entry.company, 'Sourcing IT');
    assert.equal(entry.companySlug, 'sourcing-it');
    assert.equal(entry.startDate, '2026-02-02');
    assert.equal(entry.label, 'Nyt job');
    assert.equal(entry.path, '/navnenyt/susanne-soenderskov-sourcing-it');
    assert.match(entry.body, /^Sourcing IT har pr\. 2\. februar 2026 ansat Susanne Sønderskov/);
    assert.equal(entry.photo, null);
    assert.equal(await getPeopleNewsBySlug({ slug: 'findes-ikke' }), null);
  });

  it('gives the sidebar the newest entries with their pages and companies', async () => {
    const [first] = await getLatestPeopleNews({ limit: 2 });
    assert.equal(first?.path, '/navnenyt/susanne-soenderskov-sourcing-it');
    assert.equal(first?.companySlug, 'sourcing-it');
  });
});

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
