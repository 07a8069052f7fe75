import type { Metadata } from 'next';
import Link from 'next/link';

import { NoAccess } from '@/components/admin/no-access';
import { WidgetListHeader } from '@/components/admin/widget-page-header';
import { listCampaignsForAdmin, type CampaignStatus } from '@/db/queries/sponsor-campaigns';
import { requirePermission } from '@/server/auth/session';
import { formatDateTime } from '@/domain/dates';
import { ADMIN_ROW, AdminTable } from '@/components/admin/admin-table';

export const metadata: Metadata = { title: 'Annoncer' };

const STATUS_LABELS: Record<CampaignStatus, string> = { active: 'Aktiv', planned: 'Planlagt', ended: 'Afsluttet' };

export default async function CampaignAdminPage() {
  if (!(await requirePermission('widgets:manage', '/admin/annoncer'))) return <NoAccess />;
  const campaigns = listCampaignsForAdmin();
  return (
    <main id="indhold">
      <WidgetListHeader title="Annoncer" newHref="/admin/annoncer/ny" newLabel="Ny kampagne" />
      <p className="mt-2 max-w-2xl text-sm text-muted">
        Sidebjælkens annonce viser et annonceindlæg, mens dets kampagne kører. Kører flere på samme tid, skiftes de til.
      </p>
      <AdminTable
        caption="Annoncekampagner, seneste start først"
        columns={['Annonceindlæg', 'Annoncør', 'Starter', 'Slutter', 'Status']}
      >
        {campaigns.map((campaign) => (
          <tr key={campaign.id} className={ADMIN_ROW}>
            <td className="p-2 font-semibold">
              <Link href={`/admin/annoncer/${campaign.id}`} className="underline">
                {campaign.articleTitle}
              </Link>
              {campaign.articleStatus === 'published' ? null : (
                <span className="ml-1 font-normal text-muted">(artiklen er ikke udgivet)</span>
              )}
            </td>
            <td className="p-2">{campaign.sponsor}</td>
            <td className="p-2 whitespace-nowrap">{formatDateTime(campaign.startsAt)}</td>
            <td className="p-2 whitespace-nowrap">{formatDateTime(campaign.endsAt)}</td>
            <td className="p-2">{STATUS_LABELS[campaign.status]}</td>
          </tr>
        ))}
      </AdminTable>
      {campaigns.length === 0 ? <p className="mt-4 text-muted">Ingen kampagner endnu.</p> : null}
    </main>
  );
}
