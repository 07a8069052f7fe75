import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { jobs } from '@/db/schema';
import { demoDatabaseForTests } from '@/db/test-database';
import { getSponsorCampaign } from './sponsor-campaigns';
import { getActiveJobs, getLatestPeopleNews } from './widgets';

demoDatabaseForTests('queries');

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
