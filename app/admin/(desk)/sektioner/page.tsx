import type { Metadata } from 'next';
import Link from 'next/link';

import { ADMIN_ROW, AdminTable } from '@/components/admin/admin-table';
import { NoAccess } from '@/components/admin/no-access';
import { SectionOrderButtons } from '@/components/admin/section-form';
import { WidgetListHeader } from '@/components/admin/widget-page-header';
import { listSectionsForAdmin } from '@/db/queries/sections';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Sektioner' };

export default async function SectionsAdminPage() {
  if (!(await requirePermission('sections:manage', '/admin/sektioner'))) return <NoAccess />;
  const sections = listSectionsForAdmin();
  return (
    <main id="indhold">
      <WidgetListHeader title="Sektioner" newHref="/admin/sektioner/ny" newLabel="Ny sektion" />
      <p className="mt-2 max-w-prose text-sm">
        Sektionerne er sitets menu, i denne rækkefølge. Skjulte sektioner er ude af menuen, men deres sider og artikler
        kan stadig læses.
      </p>
      <AdminTable
        caption="Sektioner i menuens rækkefølge"
        columns={['Navn', 'Adresse', 'Artikler', 'I menuen', 'Rækkefølge']}
      >
        {sections.map((section, index) => (
          <tr key={section.id} className={ADMIN_ROW}>
            <td className="p-2 font-semibold">
              <Link href={`/admin/sektioner/${section.id}`} className="underline">
                {section.name}
              </Link>
            </td>
            <td className="p-2">/{section.slug}</td>
            <td className="p-2 tabular-nums">{section.articleCount.toLocaleString('da-DK')}</td>
            <td className="p-2">{section.hidden ? 'Skjult' : 'Ja'}</td>
            <td className="p-2">
              <SectionOrderButtons section={section} first={index === 0} last={index === sections.length - 1} />
            </td>
          </tr>
        ))}
      </AdminTable>
    </main>
  );
}
