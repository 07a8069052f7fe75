import type { Metadata } from 'next';
import Link from 'next/link';

import { NoAccess } from '@/components/admin/no-access';
import { WidgetEditHeader } from '@/components/admin/widget-page-header';
import { PeopleNewsForm } from '@/components/admin/people-news-form';
import { WidgetNotFound } from '@/components/admin/widget-not-found';
import { getPeopleNewsForAdmin, peopleNewsLabelOptions, authorOptions } from '@/db/queries/people-news-admin';
import { getMediaSummary } from '@/db/queries/media';
import { companyOptions } from '@/db/queries/widget-admin';
import { requirePermission } from '@/server/auth/session';
import { parseIdParam } from '@/domain/params';

export const metadata: Metadata = { title: 'Rediger navnenyhed' };

export default async function EditPeopleNewsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await requirePermission('widgets:manage', `/admin/navnenyt/${id}`))) return <NoAccess />;
  const entry = getPeopleNewsForAdmin(parseIdParam(id));
  if (!entry)
    return (
      <WidgetNotFound title="Navnenyheden findes ikke" backHref="/admin/navnenyt" backLabel="Tilbage til Navnenyt" />
    );
  return (
    <main id="indhold">
      <WidgetEditHeader title="Rediger navnenyhed" backHref="/admin/navnenyt" backLabel="Alle navnenyheder">
        <Link href={entry.path} className="underline">
          Se navnenyheden på sitet
        </Link>
      </WidgetEditHeader>
      <PeopleNewsForm
        entry={entry}
        companies={companyOptions().map((company) => company.name)}
        labels={peopleNewsLabelOptions()}
        authors={authorOptions()}
        photo={entry.photoId === null ? null : getMediaSummary({ id: entry.photoId })}
      />
    </main>
  );
}
