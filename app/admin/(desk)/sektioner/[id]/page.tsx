import type { Metadata } from 'next';
import Link from 'next/link';

import { NoAccess } from '@/components/admin/no-access';
import { SectionForm } from '@/components/admin/section-form';
import { WidgetEditHeader } from '@/components/admin/widget-page-header';
import { WidgetNotFound } from '@/components/admin/widget-not-found';
import { getSectionForAdmin } from '@/db/queries/sections';
import { parseIdParam } from '@/domain/params';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Rediger sektion' };

export default async function EditSectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await requirePermission('sections:manage', `/admin/sektioner/${id}`))) return <NoAccess />;
  const section = getSectionForAdmin(parseIdParam(id));
  if (!section)
    return (
      <WidgetNotFound title="Sektionen findes ikke" backHref="/admin/sektioner" backLabel="Tilbage til sektioner" />
    );
  return (
    <main id="indhold">
      <WidgetEditHeader title={`Rediger ${section.name}`} backHref="/admin/sektioner" backLabel="Alle sektioner">
        <Link href={`/${section.slug}`} className="underline">
          Se sektionen på sitet
        </Link>{' '}
        · {section.articleCount.toLocaleString('da-DK')} artikler
      </WidgetEditHeader>
      <SectionForm section={section} />
    </main>
  );
}
