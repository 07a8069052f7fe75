import type { Metadata } from 'next';

import { NoAccess } from '@/components/admin/no-access';
import { CreateUserForm, UserRow } from '@/components/admin/user-admin';
import { unlinkedAuthors } from '@/db/queries/authors';
import { listStaff } from '@/db/queries/staff';
import { requirePermission } from '@/server/auth/session';
import { AdminTable } from '@/components/admin/admin-table';

export const metadata: Metadata = { title: 'Brugere' };

export default async function UsersPage() {
  const user = await requirePermission('users:manage', '/admin/brugere');
  if (!user) return <NoAccess />;
  const staff = listStaff();
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">Brugere</h1>
      <AdminTable
        caption="Brugere"
        columns={['Navn', 'E-mail', 'Skribent', 'Rolle', 'Status', { hidden: 'Handlinger' }]}
      >
        {staff.map((member) => (
          <UserRow key={member.id} member={member} isSelf={member.id === user.id} />
        ))}
      </AdminTable>
      <h2 className="mt-8 text-xl font-extrabold">Opret bruger</h2>
      <CreateUserForm unlinkedAuthors={unlinkedAuthors()} />
    </main>
  );
}
