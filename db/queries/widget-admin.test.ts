import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articles, companies, jobs, peopleNews, sponsorCampaigns } from '@/db/schema';
import { demoDatabaseForTests } from '@/db/test-database';
import { createJob, deleteJob, expireJob, getJobForAdmin, updateJob } from './job-admin';
import { getJob } from './jobs';
import { createPeopleNews, deletePeopleNews, updatePeopleNews } from './people-news-admin';
import {
  campaignStatus,
  createCampaign,
  getSponsorCampaign,
  pickCampaign,
  SPONSOR_ROTATION_SECONDS,
  sponsorPickChanged,
  updateCampaign,
} from './sponsor-campaigns';
import { UserError } from '@/domain/errors';

demoDatabaseForTests('widgets');

const job = {
  company: 'KMD A/S',
  title: 'Platformsudvikler',
  region: 'Aarhus',
  description: 'Kubernetes.',
  url: 'https://kmd.dk/job/1',
  deadline: '2099-01-31',
};

describe('job admin', () => {
  it('files a job under an existing company, whatever the case, and ends it at the close of its Copenhagen deadline', () => {
    const before = getDb().select().from(companies).all().length;
    const { id, tags } = createJob({ ...job, company: 'kmd a/s' });
    const row = getDb().select().from(jobs).where(eq(jobs.id, id)).get()!;
    assert.equal(row.company, 'KMD A/S');
    assert.equal(row.expiresAt, '2099-01-31T22:59:59.999Z');
    assert.equal(row.slug, 'platformsudvikler-kmd-a-s');
    assert.deepEqual(tags, ['jobs']);
    assert.equal(getDb().select().from(companies).all().length, before);
  });

  it('creates a company with a unique slug for a new name, and says so in the tags', () => {
    const { id, tags } = createJob({ ...job, company: 'Ny Kode ApS' });
    const company = getDb().select().from(companies).where(eq(companies.name, 'Ny Kode ApS')).get()!;
    assert.equal(company.slug, 'ny-kode');
    assert.equal(getDb().select().from(jobs).where(eq(jobs.id, id)).get()!.companyId, company.id);
    assert.deepEqual(tags, ['jobs', 'companies']);
    createJob({ ...job, company: 'Ny Kode A/S' });
    assert.equal(getDb().select().from(companies).where(eq(companies.name, 'Ny Kode A/S')).get()!.slug, 'ny-kode-2');
  });

  it('edits, expires and deletes; the job page sees the expiry at once', async () => {
    const { id } = createJob(job);
    updateJob(id, { ...job, title: 'Platformsarkitekt' });
    assert.equal(getJobForAdmin(id)!.title, 'Platformsarkitekt');
    expireJob(id);
    assert.equal(getJobForAdmin(id)!.active, false);
    assert.equal((await getJob({ id }))!.active, false);
    assert.throws(() => expireJob(id), UserError);
    deleteJob(id);
    assert.equal(getJobForAdmin(id), null);
    assert.throws(() => deleteJob(id), UserError);
  });
});

describe('Navnenyt admin', () => {
  const entry = {
    name: 'Susanne Sønderskov',
    company: 'Sourcing IT',
    role: 'Salgsdirektør',
    startDate: null,
    label: 'Nyt job',
    body: 'Tekst.',
    photoId: null,
  };

  it('gives a second entry about the same person a slug of its own, and keeps it through edits', () => {
    const { id, slug } = createPeopleNews(entry);
    assert.equal(slug, 'susanne-soenderskov-sourcing-it-2');
    updatePeopleNews(id, { ...entry, name: 'Susanne S. Sønderskov' });
    assert.equal(getDb().select().from(peopleNews).where(eq(peopleNews.id, id)).get()!.slug, slug);
    deletePeopleNews(id);
  });

  it('refuses a photo that is not in the media library', () => {
    assert.throws(() => createPeopleNews({ ...entry, photoId: 999_999 }), UserError);
  });
});

describe('sponsor campaigns', () => {
  const at = (iso: string) => Date.parse(iso);
  const window = (startsAt: string, endsAt: string, id: number) => ({ id, startsAt, endsAt });

  it('shows only a running campaign and takes turns between several', () => {
    const list = [
      window('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', 1),
      window('2026-01-10T00:00:00.000Z', '2026-03-01T00:00:00.000Z', 2),
    ];
    assert.equal(pickCampaign(list, at('2025-12-31T23:59:59.000Z')), null);
    assert.equal(pickCampaign(list, at('2026-01-05T00:00:00.000Z'))!.id, 1);
    assert.equal(pickCampaign(list, at('2026-02-01T00:00:00.000Z'))!.id, 2);
    const turn = SPONSOR_ROTATION_SECONDS * 1000;
    const t = Math.ceil(at('2026-01-15T00:00:00.000Z') / turn) * turn;
    assert.notEqual(pickCampaign(list, t)!.id, pickCampaign(list, t + turn)!.id);
    assert.equal(pickCampaign(list, t)!.id, pickCampaign(list, t + turn - 1)!.id);
    assert.equal(pickCampaign(list, at('2026-03-01T00:00:00.000Z')), null);
  });

  it('names each campaign’s status', () => {
    const campaign = { startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2026-02-01T00:00:00.000Z' };
    assert.equal(campaignStatus(campaign, '2025-12-01T00:00:00.000Z'), 'planned');
    assert.equal(campaignStatus(campaign, '2026-01-01T00:00:00.000Z'), 'active');
    assert.equal(campaignStatus(campaign, '2026-02-01T00:00:00.000Z'), 'ended');
  });

  it('runs the seed’s DE-CIX article from the start, and tells the scheduler when the pick changes', async () => {
    const teaser = await getSponsorCampaign();
    assert.equal(teaser?.sponsor, 'DE-CIX');
    assert.match(teaser!.path, /^\/[a-z-]+\/enhver-strategi/);
    const seeded = getDb().select().from(sponsorCampaigns).get()!;
    sponsorPickChanged();
    assert.equal(sponsorPickChanged(), false);
    updateCampaign(seeded.id, {
      articleId: seeded.articleId,
      logoId: null,
      startsAt: seeded.startsAt,
      endsAt: new Date(Date.now() - 1000).toISOString(),
    });
    assert.equal(sponsorPickChanged(), true);
    assert.equal(await getSponsorCampaign(), null);
    updateCampaign(seeded.id, {
      articleId: seeded.articleId,
      logoId: null,
      startsAt: seeded.startsAt,
      endsAt: seeded.endsAt,
    });
  });

  it('advertises only published sponsored articles', () => {
    const news = getDb().select({ id: articles.id }).from(articles).where(eq(articles.kind, 'news')).get()!;
    const window = {
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 60_000).toISOString(),
      logoId: null,
    };
    assert.throws(() => createCampaign({ ...window, articleId: news.id }, 1), UserError);
  });
});
