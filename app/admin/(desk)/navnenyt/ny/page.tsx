import type { Metadata } from 'next';

import { NoAccess } from '@/components/admin/no-access';
import { PeopleNewsForm } from '@/components/admin/people-news-form';
import { peopleNewsLabelOptions, authorOptions } from '@/db/queries/people-news-admin';
import { companyOptions } from '@/db/queries/widget-admin';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Ny navnenyhed' };

export default async function NewPeopleNewsPage() {
  if (!(await requirePermission('widgets:manage', '/admin/navnenyt/ny'))) return <NoAccess />;
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">Ny navnenyhed</h1>
      <PeopleNewsForm
        companies={companyOptions().map((company) => company.name)}
        labels={peopleNewsLabelOptions()}
        authors={authorOptions()}
        photo={null}
      />
    </main>
  );
}
