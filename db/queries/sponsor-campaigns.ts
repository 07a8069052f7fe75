import 'server-only';

import { and, desc, eq, gt } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { getDb } from '@/db/client';
import { articles, media, sections, sponsorCampaigns } from '@/db/schema';
import { articlePath, mediaSrc } from '@/db/queries/teasers';
import { cached } from '@/db/cache';
import { assertMediaExists, type Tx } from './widget-admin';
import { UserError } from '@/domain/errors';
import { isPublishedSponsored } from './visibility';

// Sponsor campaigns: which published sponsored article the sidebar advertises, from when to when, with which logo.
//
// Time without invalidation. Pages with the sidebar are kept whole in the route cache, so the widget cannot decide
// per request. Instead:
// - The cached list holds every campaign that had not ended when it was read (planned ones too); each render
//   keeps those active at that moment (`activeCampaigns`) and picks one by the clock (`pickCampaign`): with
//   several active, the choice moves to the next one every SPONSOR_ROTATION_SECONDS.
// - The scheduler (app/api/scheduler, every 10 s) recomputes that pick from the database and expires the
//   `sponsor-campaigns` tag when it differs from its previous pick, i.e. when a campaign starts or ends or the
//   rotation moves on. Cached pages then render afresh on their next request, so a start, an end or a rotation
//   shows within about ten seconds with nobody invalidating by hand. Pages rendered per request (listings) pick
//   by the clock and are exact.
// - Edits in /admin/annoncer expire the tag at once, like every other newsroom change.

/** How long one of several active campaigns stays in the widget before the next takes over. */
export const SPONSOR_ROTATION_SECONDS = 300;

export type SponsorCampaignTeaser = {
  id: number;
  articleId: number;
  sponsor: string;
  title: string;
  lead: string;
  path: string;
  logo: { src: string; width: number; height: number; alt: string } | null;
  startsAt: string;
  endsAt: string;
};

/** Campaigns for published sponsored articles that have not ended by `now`, oldest first. Not cached. */
function liveCampaignRows(now: string): SponsorCampaignTeaser[] {
  return getDb()
    .select({
      id: sponsorCampaigns.id,
      articleId: articles.id,
      sponsor: articles.sponsor,
      title: articles.title,
      lead: articles.lead,
      slug: articles.slug,
      sectionSlug: sections.slug,
      logoFile: media.fileName,
      logoWidth: media.width,
      logoHeight: media.height,
      logoAlt: media.alt,
      startsAt: sponsorCampaigns.startsAt,
      endsAt: sponsorCampaigns.endsAt,
    })
    .from(sponsorCampaigns)
    .innerJoin(articles, eq(articles.id, sponsorCampaigns.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, sponsorCampaigns.logoId))
    .where(and(isPublishedSponsored, gt(sponsorCampaigns.endsAt, now)))
    .orderBy(sponsorCampaigns.id)
    .all()
    .filter((row) => row.sponsor)
    .map(({ slug, sectionSlug, logoFile, logoWidth, logoHeight, logoAlt, sponsor, ...row }) => ({
      ...row,
      sponsor: sponsor!,
      path: articlePath(sectionSlug, slug),
      logo: logoFile
        ? { src: mediaSrc(logoFile), width: logoWidth ?? 0, height: logoHeight ?? 0, alt: logoAlt || sponsor! }
        : null,
    }));
}

/** The campaigns running at `now` (started, not ended). */
export function activeCampaigns<T extends { startsAt: string; endsAt: string }>(list: T[], now: number): T[] {
  const at = new Date(now).toISOString();
  return list.filter((campaign) => campaign.startsAt <= at && at < campaign.endsAt);
}

/** The campaign the widget shows at `now`: the active ones take turns, SPONSOR_ROTATION_SECONDS each. */
export function pickCampaign<T extends { startsAt: string; endsAt: string }>(list: T[], now: number): T | null {
  const active = activeCampaigns(list, now);
  if (active.length === 0) return null;
  return active[Math.floor(now / (SPONSOR_ROTATION_SECONDS * 1000)) % active.length]!;
}

const getLiveCampaigns = cached(
  () => liveCampaignRows(new Date().toISOString()),
  ['sponsor-campaigns'],
  [
    TAGS.sponsorCampaigns,
    // The article's title, lead, sponsor and status, and the logo's alt text, are shown too.
    TAGS.sponsored,
    TAGS.articleLists,
    TAGS.media,
  ],
);

/** The sidebar's sponsored teaser right now, or null when no campaign is running. */
export async function getSponsorCampaign(): Promise<SponsorCampaignTeaser | null> {
  return pickCampaign(await getLiveCampaigns(), Date.now());
}

const schedulerState = globalThis as typeof globalThis & { __spalteSponsorPick?: number };

/**
 * For the scheduler: whether the widget's campaign has changed since the last call (a start, an end, the next turn
 * in the rotation). The first call after a start only remembers the pick: nothing is cached yet.
 */
export function sponsorPickChanged(now = Date.now()): boolean {
  const pick = pickCampaign(liveCampaignRows(new Date(now).toISOString()), now)?.id ?? 0;
  const previous = schedulerState.__spalteSponsorPick;
  schedulerState.__spalteSponsorPick = pick;
  return previous !== undefined && previous !== pick;
}

// ---- The newsroom's side (/admin/annoncer).

export type CampaignStatus = 'active' | 'planned' | 'ended';

export type AdminCampaign = {
  id: number;
  articleId: number;
  articleTitle: string;
  articleStatus: string;
  sponsor: string | null;
  logoId: number | null;
  startsAt: string;
  endsAt: string;
  status: CampaignStatus;
};

export type CampaignInput = { articleId: number; logoId: number | null; startsAt: string; endsAt: string };

export function campaignStatus(
  { startsAt, endsAt }: { startsAt: string; endsAt: string },
  now = new Date().toISOString(),
): CampaignStatus {
  return now < startsAt ? 'planned' : now < endsAt ? 'active' : 'ended';
}

const adminColumns = {
  id: sponsorCampaigns.id,
  articleId: sponsorCampaigns.articleId,
  articleTitle: articles.title,
  articleStatus: articles.status,
  sponsor: articles.sponsor,
  logoId: sponsorCampaigns.logoId,
  startsAt: sponsorCampaigns.startsAt,
  endsAt: sponsorCampaigns.endsAt,
};

/** Every campaign, the latest start first. */
export function listCampaignsForAdmin(): AdminCampaign[] {
  const now = new Date().toISOString();
  return getDb()
    .select(adminColumns)
    .from(sponsorCampaigns)
    .innerJoin(articles, eq(articles.id, sponsorCampaigns.articleId))
    .orderBy(desc(sponsorCampaigns.startsAt), desc(sponsorCampaigns.id))
    .all()
    .map((row) => ({ ...row, status: campaignStatus(row, now) }));
}

export function getCampaignForAdmin(id: number): AdminCampaign | null {
  const row = getDb()
    .select(adminColumns)
    .from(sponsorCampaigns)
    .innerJoin(articles, eq(articles.id, sponsorCampaigns.articleId))
    .where(eq(sponsorCampaigns.id, id))
    .get();
  return row ? { ...row, status: campaignStatus(row) } : null;
}

export type SponsoredArticleOption = { id: number; title: string; sponsor: string };

/** Published sponsored articles, newest first: what a campaign can advertise. */
export function sponsoredArticleOptions(): SponsoredArticleOption[] {
  return getDb()
    .select({ id: articles.id, title: articles.title, sponsor: articles.sponsor })
    .from(articles)
    .where(isPublishedSponsored)
    .orderBy(desc(articles.publishedAt))
    .all()
    .map((row) => ({ ...row, sponsor: row.sponsor ?? '' }));
}

function checkInput(tx: Tx, input: CampaignInput) {
  const article = tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, input.articleId), isPublishedSponsored))
    .get();
  if (!article) throw new UserError('Vælg et udgivet annonceindlæg.');
  assertMediaExists(tx, input.logoId);
}

const CAMPAIGN_TAGS = [TAGS.sponsorCampaigns];

export function createCampaign(input: CampaignInput, userId: number, now = new Date()): { id: number; tags: string[] } {
  return getDb().transaction((tx) => {
    checkInput(tx, input);
    const { id } = tx
      .insert(sponsorCampaigns)
      .values({ ...input, createdBy: userId, updatedAt: now.toISOString() })
      .returning({ id: sponsorCampaigns.id })
      .get();
    return { id, tags: CAMPAIGN_TAGS };
  });
}

export function updateCampaign(id: number, input: CampaignInput, now = new Date()): { tags: string[] } {
  return getDb().transaction((tx) => {
    checkInput(tx, input);
    const result = tx
      .update(sponsorCampaigns)
      .set({ ...input, updatedAt: now.toISOString() })
      .where(eq(sponsorCampaigns.id, id))
      .run();
    if (result.changes === 0) throw new UserError('Kampagnen findes ikke længere.');
    return { tags: CAMPAIGN_TAGS };
  });
}

export function deleteCampaign(id: number): { tags: string[] } {
  const result = getDb().delete(sponsorCampaigns).where(eq(sponsorCampaigns.id, id)).run();
  if (result.changes === 0) throw new UserError('Kampagnen findes ikke længere.');
  return { tags: CAMPAIGN_TAGS };
}
