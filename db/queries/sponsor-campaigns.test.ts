import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articles, sponsorCampaigns } from '@/db/schema';
import { demoDatabaseForTests } from '@/db/test-database';
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
