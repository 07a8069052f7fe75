import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { getDb } from '@/db/client';
import { jobs } from '@/db/schema';
import { demoDatabaseForTests, withJobDeadline as withDeadline } from '@/db/test-database';
import { getActiveJobList, getJob, getJobBoard, jobPath, stillActive } from './jobs';
import { getActiveJobs } from './widgets';

demoDatabaseForTests('directory');

const now = () => new Date().toISOString();
const isNewestFirst = (dates: string[]) => dates.every((date, i) => i === 0 || dates[i - 1]! >= date);

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
