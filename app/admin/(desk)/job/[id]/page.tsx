import type { Metadata } from 'next';
import Link from 'next/link';

import { JobForm } from '@/components/admin/job-form';
import { NoAccess } from '@/components/admin/no-access';
import { WidgetEditHeader } from '@/components/admin/widget-page-header';
import { WidgetNotFound } from '@/components/admin/widget-not-found';
import { getJobForAdmin } from '@/db/queries/job-admin';
import { companyOptions } from '@/db/queries/widget-admin';
import { requirePermission } from '@/server/auth/session';
import { formatDateTime } from '@/domain/dates';
import { parseIdParam } from '@/domain/params';

export const metadata: Metadata = { title: 'Rediger job' };

export default async function EditJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await requirePermission('widgets:manage', `/admin/job/${id}`))) return <NoAccess />;
  const job = getJobForAdmin(parseIdParam(id));
  if (!job) return <WidgetNotFound title="Jobbet findes ikke" backHref="/admin/job" backLabel="Tilbage til jobbene" />;
  return (
    <main id="indhold">
      <WidgetEditHeader title="Rediger job" backHref="/admin/job" backLabel="Alle job">
        {job.active ? 'Aktivt' : `Udløbet ${formatDateTime(job.expiresAt)}`} ·{' '}
        <Link href={job.path} className="underline">
          Se jobbet på sitet
        </Link>
      </WidgetEditHeader>
      <JobForm job={job} companies={companyOptions().map((company) => company.name)} />
    </main>
  );
}
