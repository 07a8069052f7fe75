import type { Metadata } from 'next';

import { NoAccess } from '@/components/admin/no-access';
import { CreateUserForm, UserRow } from '@/components/admin/user-admin';
import { listStaff } from '@/db/queries/staff';
import { requirePermission } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Brugere' };

export default async function UsersPage() {
  const user = await requirePermission('users:manage', '/admin/brugere');
  if (!user) return <NoAccess />;
  const staff = listStaff();
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">Brugere</h1>
      <table className="mt-4 w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Brugere</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">Navn</th>
            <th scope="col" className="p-2">E-mail</th>
            <th scope="col" className="p-2">Rolle</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">
              <span className="sr-only">Handlinger</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => (
            <UserRow key={member.id} member={member} isSelf={member.id === user.id} />
          ))}
        </tbody>
      </table>
      <h2 className="mt-8 text-xl font-extrabold">Opret bruger</h2>
      <CreateUserForm />
    </main>
  );
}
