import 'server-only';

import type { Session } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';

import { auth } from '@/server/auth/next-auth';
import { getSessionUser, type StaffUser } from '@/db/queries/staff';
import { can, type Permission } from '@/domain/roles';

export type { StaffUser } from '@/db/queries/staff';

type SpalteSession = Session & { uid?: number; sv?: number };

/**
 * The logged-in staff member, checked against the database on every request: the account must be active and the
 * session's version current. Null for anonymous visitors and for ended sessions.
 */
export const currentStaff = cache(async (): Promise<StaffUser | null> => {
  const session = (await auth()) as SpalteSession | null;
  if (typeof session?.uid !== 'number' || typeof session.sv !== 'number') return null;
  return getSessionUser(session.uid, session.sv);
});

/** For admin pages: the staff member, or a redirect to the login (back to `returnTo` afterwards). */
export async function requireStaff(returnTo?: string): Promise<StaffUser> {
  const user = await currentStaff();
  if (!user) redirect(returnTo ? `/admin/login?callbackUrl=${encodeURIComponent(returnTo)}` : '/admin/login');
  return user;
}

/** For admin pages that need a permission: null when the user lacks it (the page shows "no access"). */
export async function requirePermission(permission: Permission, returnTo?: string): Promise<StaffUser | null> {
  const user = await requireStaff(returnTo);
  return can(user, permission) ? user : null;
}
