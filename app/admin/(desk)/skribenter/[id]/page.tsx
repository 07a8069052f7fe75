import type { Metadata } from 'next';
import Link from 'next/link';

import { AuthorForm } from '@/components/admin/author-form';
import { NoAccess } from '@/components/admin/no-access';
import { WidgetEditHeader } from '@/components/admin/widget-page-header';
import { WidgetNotFound } from '@/components/admin/widget-not-found';
import { authorPath, getAuthorForAdmin, linkableUsers, listAuthorsForAdmin } from '@/db/queries/authors';
import { getMediaSummary } from '@/db/queries/media';
import { parseIdParam } from '@/domain/params';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Rediger skribent' };

export default async function EditAuthorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await requirePermission('authors:manage', `/admin/skribenter/${id}`))) return <NoAccess />;
  const author = getAuthorForAdmin(parseIdParam(id));
  if (!author)
    return (
      <WidgetNotFound title="Skribenten findes ikke" backHref="/admin/skribenter" backLabel="Tilbage til skribenter" />
    );
  const articles = author.articleCount === 1 ? '1 artikel' : `${author.articleCount.toLocaleString('da-DK')} artikler`;
  return (
    <main id="indhold">
      <WidgetEditHeader title={`Rediger ${author.name}`} backHref="/admin/skribenter" backLabel="Alle skribenter">
        <Link href={authorPath(author.slug)} className="underline">
          Se skribentsiden
        </Link>{' '}
        · Står på {articles}
      </WidgetEditHeader>
      <AuthorForm
        author={author}
        photo={author.photoId === null ? null : getMediaSummary({ id: author.photoId })}
        users={linkableUsers(author.id)}
        otherAuthors={listAuthorsForAdmin()
          .filter((other) => other.id !== author.id)
          .map((other) => ({ id: other.id, name: other.name }))}
      />
    </main>
  );
}
