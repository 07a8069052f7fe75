import type { Metadata } from 'next';
import Link from 'next/link';

import { NoAccess } from '@/components/admin/no-access';
import { TagForm } from '@/components/admin/tag-form';
import { WidgetEditHeader } from '@/components/admin/widget-page-header';
import { WidgetNotFound } from '@/components/admin/widget-not-found';
import { getTagForAdmin } from '@/db/queries/tag-admin';
import { parseIdParam } from '@/domain/params';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Rediger emne' };

export default async function EditTagPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await requirePermission('tags:manage', `/admin/emner/${id}`))) return <NoAccess />;
  const tag = getTagForAdmin(parseIdParam(id));
  if (!tag) return <WidgetNotFound title="Emnet findes ikke" backHref="/admin/emner" backLabel="Tilbage til emner" />;
  return (
    <main id="indhold">
      <WidgetEditHeader title={`Rediger ${tag.name}`} backHref="/admin/emner" backLabel="Alle emner">
        <Link href={`/tag/${tag.slug}`} className="underline">
          Se emnet på sitet
        </Link>{' '}
        · {tag.articleCount === 1 ? '1 artikel' : `${tag.articleCount.toLocaleString('da-DK')} artikler`}
      </WidgetEditHeader>
      <TagForm tag={tag} />
    </main>
  );
}
