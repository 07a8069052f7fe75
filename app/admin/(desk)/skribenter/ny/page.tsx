import type { Metadata } from 'next';

import { AuthorForm } from '@/components/admin/author-form';
import { NoAccess } from '@/components/admin/no-access';
import { linkableUsers } from '@/db/queries/authors';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Ny skribent' };

export default async function NewAuthorPage() {
  if (!(await requirePermission('authors:manage', '/admin/skribenter/ny'))) return <NoAccess />;
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">Ny skribent</h1>
      <AuthorForm photo={null} users={linkableUsers(null)} otherAuthors={[]} />
    </main>
  );
}
