import type { ReactNode } from 'react';

import { AdminHeader } from '@/components/admin/admin-header';
import { requireStaff } from '@/server/auth/session';

// Chrome for the logged-in newsroom. Each page below checks the user and its permission again itself.
export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await requireStaff();
  return (
    <>
      <AdminHeader user={user} />
      <div className="mx-auto max-w-6xl px-4 py-6">{children}</div>
    </>
  );
}
