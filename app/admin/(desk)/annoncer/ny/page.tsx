import type { Metadata } from 'next';

import { NoAccess } from '@/components/admin/no-access';
import { SponsorCampaignForm } from '@/components/admin/sponsor-campaign-form';
import { sponsoredArticleOptions } from '@/db/queries/sponsor-campaigns';
import { requirePermission } from '@/server/auth/session';
import { utcToCopenhagenInput } from '@/domain/date-inputs';

export const metadata: Metadata = { title: 'Ny kampagne' };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The suggested window: from now for four weeks, in Copenhagen time. */
function suggestedWindow(now = Date.now()) {
  return {
    startsAt: utcToCopenhagenInput(new Date(now).toISOString()),
    endsAt: utcToCopenhagenInput(new Date(now + 28 * DAY_MS).toISOString()),
  };
}

export default async function NewCampaignPage() {
  if (!(await requirePermission('widgets:manage', '/admin/annoncer/ny'))) return <NoAccess />;
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">Ny kampagne</h1>
      <SponsorCampaignForm articles={sponsoredArticleOptions()} logo={null} defaults={suggestedWindow()} />
    </main>
  );
}
