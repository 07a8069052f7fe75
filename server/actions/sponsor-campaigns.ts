'use server';

import { z } from 'zod';

import { createCampaign, deleteCampaign, getCampaignForAdmin, updateCampaign } from '@/db/queries/sponsor-campaigns';
import { copenhagenToUtc, isLocalDateTime } from '@/domain/date-inputs';
import { ADMIN_COPY } from '@/copy/admin';
import { action, idFrom, parseInput, type ActionResult } from '@/server/action';

// Sponsor campaigns in the sidebar, for editors and admins (checked in every action by server/action.ts). The form
// speaks Copenhagen time; the database stores UTC.

const localTime = (message: string) =>
  z
    .string()
    .refine((value) => value.length === 16 && isLocalDateTime(value), message)
    .transform(copenhagenToUtc);

const CampaignSchema = z
  .object({
    articleId: z
      .string()
      .regex(/^[1-9]\d{0,8}$/, 'Vælg det annonceindlæg, kampagnen viser.')
      .transform(Number),
    logoId: z
      .string()
      .regex(/^\d{0,9}$/, 'Vælg et logo fra listen.')
      .transform((value) => (value ? Number(value) : null)),
    startsAt: localTime('Vælg, hvornår kampagnen starter.'),
    endsAt: localTime('Vælg, hvornår kampagnen slutter.'),
  })
  .refine((campaign) => campaign.endsAt > campaign.startsAt, {
    path: ['endsAt'],
    message: 'Kampagnen skal slutte efter, den er startet.',
  });

const auditDetails = (campaign: { articleId: number; startsAt: string; endsAt: string }) => ({
  articleId: campaign.articleId,
  startsAt: campaign.startsAt,
  endsAt: campaign.endsAt,
});

export async function createCampaignAction(input: unknown): Promise<ActionResult> {
  return action('widgets:manage', (user) => {
    const campaign = parseInput(CampaignSchema, input, ADMIN_COPY.fixFields);
    const { id, tags } = createCampaign(campaign, user.id);
    return {
      tags,
      audit: {
        action: 'sponsor-campaign.create',
        entityType: 'sponsor-campaign',
        entityId: id,
        details: auditDetails(campaign),
      },
      message: 'Kampagnen er oprettet.',
      redirectTo: '/admin/annoncer',
    };
  });
}

export async function updateCampaignAction(id: unknown, input: unknown): Promise<ActionResult> {
  return action('widgets:manage', () => {
    const campaign = parseInput(CampaignSchema, input, ADMIN_COPY.fixFields);
    const { tags } = updateCampaign(idFrom(id), campaign);
    return {
      tags,
      audit: {
        action: 'sponsor-campaign.update',
        entityType: 'sponsor-campaign',
        entityId: idFrom(id),
        details: auditDetails(campaign),
      },
      message: 'Kampagnen er gemt.',
    };
  });
}

export async function deleteCampaignAction(id: unknown): Promise<ActionResult> {
  return action('widgets:manage', () => {
    const campaign = getCampaignForAdmin(idFrom(id));
    const { tags } = deleteCampaign(idFrom(id));
    return {
      tags,
      audit: {
        action: 'sponsor-campaign.delete',
        entityType: 'sponsor-campaign',
        entityId: idFrom(id),
        details: campaign ? auditDetails(campaign) : undefined,
      },
      message: 'Kampagnen er slettet.',
      redirectTo: '/admin/annoncer',
    };
  });
}
