import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { companies, jobs } from '@/db/schema';
import { demoDatabaseForTests } from '@/db/test-database';
import { createJob, deleteJob, expireJob, getJobForAdmin, updateJob } from './job-admin';
import { getJob } from './jobs';
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
