import type { Metadata } from 'next';

import { NoAccess } from '@/components/admin/no-access';
import { WidgetEditHeader } from '@/components/admin/widget-page-header';
import { SponsorCampaignForm } from '@/components/admin/sponsor-campaign-form';
import { WidgetNotFound } from '@/components/admin/widget-not-found';
import { getCampaignForAdmin, sponsoredArticleOptions } from '@/db/queries/sponsor-campaigns';
import { getMediaSummary } from '@/db/queries/media';
import { requirePermission } from '@/server/auth/session';
import { utcToCopenhagenInput } from '@/domain/date-inputs';
import { parseIdParam } from '@/domain/params';

export const metadata: Metadata = { title: 'Rediger kampagne' };

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await requirePermission('widgets:manage', `/admin/annoncer/${id}`))) return <NoAccess />;
  const campaign = getCampaignForAdmin(parseIdParam(id));
  if (!campaign)
    return (
      <WidgetNotFound title="Kampagnen findes ikke" backHref="/admin/annoncer" backLabel="Tilbage til annoncerne" />
    );
  const defaults = { startsAt: utcToCopenhagenInput(campaign.startsAt), endsAt: utcToCopenhagenInput(campaign.endsAt) };
  return (
    <main id="indhold">
      <WidgetEditHeader title="Rediger kampagne" backHref="/admin/annoncer" backLabel="Alle kampagner" />
      <SponsorCampaignForm
        campaign={campaign}
        articles={sponsoredArticleOptions()}
        logo={campaign.logoId === null ? null : getMediaSummary({ id: campaign.logoId })}
        defaults={defaults}
      />
    </main>
  );
}
