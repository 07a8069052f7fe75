import type { Metadata } from 'next';
import Link from 'next/link';

import { ADMIN_ROW, AdminTable } from '@/components/admin/admin-table';
import { NoAccess } from '@/components/admin/no-access';
import { WidgetListHeader } from '@/components/admin/widget-page-header';
import { listAuthorsForAdmin } from '@/db/queries/authors';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Skribenter' };

export default async function AuthorsAdminPage() {
  if (!(await requirePermission('authors:manage', '/admin/skribenter'))) return <NoAccess />;
  const authors = listAuthorsForAdmin();
  return (
    <main id="indhold">
      <WidgetListHeader title="Skribenter" newHref="/admin/skribenter/ny" newLabel="Ny skribent" />
      <p className="mt-2 max-w-prose text-sm">
        Alle, der kan stå i en byline: medarbejdere (knyttet til deres bruger) og gæste- og freelanceskribenter.
        Inaktive skribenter kan ikke vælges på nye artikler, men beholder deres side og bylines.
      </p>
      <AdminTable caption="Skribenter, aktive først" columns={['Navn', 'Titel', 'Bruger', 'Artikler', 'Status']}>
        {authors.map((author) => (
          <tr key={author.id} className={ADMIN_ROW}>
            <td className="p-2 font-semibold">
              <Link href={`/admin/skribenter/${author.id}`} className="underline">
                {author.name}
              </Link>
            </td>
            <td className="p-2">{author.title}</td>
            <td className="p-2">{author.userName ?? '–'}</td>
            <td className="p-2 tabular-nums">{author.articleCount.toLocaleString('da-DK')}</td>
            <td className="p-2">{author.active ? 'Aktiv' : 'Inaktiv'}</td>
          </tr>
        ))}
      </AdminTable>
    </main>
  );
}
