import type { Metadata } from 'next';
import Link from 'next/link';

import { NoAccess } from '@/components/admin/no-access';
import { WidgetListHeader } from '@/components/admin/widget-page-header';
import { WidgetListFilter } from '@/components/admin/widget-list-filter';
import { Pagination } from '@/components/site/pagination';
import { listJobsForAdmin, type JobStatusFilter } from '@/db/queries/job-admin';
import { requirePermission } from '@/server/auth/session';
import { formatDate } from '@/domain/dates';
import { parsePageParam } from '@/domain/params';
import { ADMIN_ROW, AdminTable } from '@/components/admin/admin-table';

export const metadata: Metadata = { title: 'Job' };

const FILTERS: { value: JobStatusFilter; label: string }[] = [
  { value: 'active', label: 'Aktive' },
  { value: 'expired', label: 'Udløbne' },
  { value: 'all', label: 'Alle' },
];

type Props = { searchParams: Promise<{ vis?: string | string[]; side?: string | string[] }> };

export default async function JobAdminPage({ searchParams }: Props) {
  if (!(await requirePermission('widgets:manage', '/admin/job'))) return <NoAccess />;
  const params = await searchParams;
  const status = FILTERS.find((filter) => filter.value === params.vis)?.value ?? 'active';
  const list = listJobsForAdmin({ status, page: parsePageParam(params.side) ?? 1 });
  return (
    <main id="indhold">
      <WidgetListHeader title="Job" newHref="/admin/job/ny" newLabel="Nyt job" />
      <WidgetListFilter
        label="Vis job"
        basePath="/admin/job"
        current={status}
        filters={FILTERS}
        defaultValue="active"
      />
      <AdminTable caption="Job, nyeste først" columns={['Titel', 'Virksomhed', 'Region', 'Oprettet', 'Frist']}>
        {list.items.map((job) => (
          <tr key={job.id} className={ADMIN_ROW}>
            <td className="p-2 font-semibold">
              <Link href={`/admin/job/${job.id}`} className="underline">
                {job.title}
              </Link>
            </td>
            <td className="p-2">{job.company}</td>
            <td className="p-2">{job.region}</td>
            <td className="p-2 whitespace-nowrap">{formatDate(job.publishedAt)}</td>
            <td className="p-2 whitespace-nowrap">
              {job.active ? formatDate(job.expiresAt) : `Udløbet ${formatDate(job.expiresAt)}`}
            </td>
          </tr>
        ))}
      </AdminTable>
      {list.items.length === 0 ? <p className="mt-4 text-muted">Ingen job her.</p> : null}
      <Pagination
        basePath="/admin/job"
        page={list.page}
        pageCount={list.pageCount}
        query={status === 'active' ? {} : { vis: status }}
      />
    </main>
  );
}
