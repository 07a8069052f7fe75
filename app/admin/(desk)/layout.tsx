import type { ReactNode } from 'react';

import { AdminHeader } from '@/components/admin/admin-header';
import { reviewQueueLength, unreadNotifications } from '@/db/queries/handover';
import { can } from '@/domain/roles';
import { requireStaff } from '@/server/auth/session';

// Chrome for the logged-in newsroom. Each page below checks the user and its permission again itself.
export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await requireStaff();
  const counts = {
    unread: unreadNotifications(user.id),
    queue: can(user, 'article:publish') ? reviewQueueLength() : null,
  };
  return (
    <>
      <AdminHeader user={user} counts={counts} />
      <div className="mx-auto max-w-6xl px-4 py-6">{children}</div>
    </>
  );
}
