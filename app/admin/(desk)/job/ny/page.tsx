import type { Metadata } from 'next';

import { JobForm } from '@/components/admin/job-form';
import { NoAccess } from '@/components/admin/no-access';
import { companyOptions } from '@/db/queries/widget-admin';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Nyt job' };

export default async function NewJobPage() {
  if (!(await requirePermission('widgets:manage', '/admin/job/ny'))) return <NoAccess />;
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">Nyt job</h1>
      <JobForm companies={companyOptions().map((company) => company.name)} />
    </main>
  );
}
