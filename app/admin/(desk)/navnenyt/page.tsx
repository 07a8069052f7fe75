import type { Metadata } from 'next';
import Link from 'next/link';

import { NoAccess } from '@/components/admin/no-access';
import { WidgetListHeader } from '@/components/admin/widget-page-header';
import { Pagination } from '@/components/site/pagination';
import { listPeopleNewsForAdmin } from '@/db/queries/people-news-admin';
import { requirePermission } from '@/server/auth/session';
import { formatDate } from '@/domain/dates';
import { parsePageParam } from '@/domain/params';
import { ADMIN_ROW, AdminTable } from '@/components/admin/admin-table';

export const metadata: Metadata = { title: 'Navnenyt' };

export default async function PeopleNewsAdminPage({
  searchParams,
}: {
  searchParams: Promise<{ side?: string | string[] }>;
}) {
  if (!(await requirePermission('widgets:manage', '/admin/navnenyt'))) return <NoAccess />;
  const list = listPeopleNewsForAdmin({ page: parsePageParam((await searchParams).side) ?? 1 });
  return (
    <main id="indhold">
      <WidgetListHeader title="Navnenyt" newHref="/admin/navnenyt/ny" newLabel="Ny navnenyhed" />
      <AdminTable caption="Navnenyt, nyeste først" columns={['Navn', 'Stilling', 'Virksomhed', 'Kategori', 'Oprettet']}>
        {list.items.map((entry) => (
          <tr key={entry.id} className={ADMIN_ROW}>
            <td className="p-2 font-semibold">
              <Link href={`/admin/navnenyt/${entry.id}`} className="underline">
                {entry.name}
              </Link>
            </td>
            <td className="p-2">{entry.role}</td>
            <td className="p-2">{entry.company}</td>
            <td className="p-2">{entry.label}</td>
            <td className="p-2 whitespace-nowrap">{formatDate(entry.publishedAt)}</td>
          </tr>
        ))}
      </AdminTable>
      <Pagination basePath="/admin/navnenyt" page={list.page} pageCount={list.pageCount} />
    </main>
  );
}
