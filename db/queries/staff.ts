import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { normaliseEmail } from '@/db/queries/accounts';
import { verifyAgainstNothing, verifyPassword } from '@/domain/passwords';
import type { Role } from '@/domain/roles';
import { getDb } from '@/db/client';
import { authors, users } from '@/db/schema';

// Staff accounts as the running server sees them: credential checks, the per-request session check and the
// session version that ends sessions.

export type StaffUser = { id: number; name: string; email: string; role: Role; sessionVersion: number };

const staffColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  sessionVersion: users.sessionVersion,
};

/** The active account with this e-mail and password, or null; takes as long for an unknown address. */
export async function verifyStaffCredentials(email: string, password: string): Promise<StaffUser | null> {
  const row = getDb()
    .select({ ...staffColumns, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get();
  if (!row) return verifyAgainstNothing(password).then(() => null);
  const ok = await verifyPassword(row.passwordHash, password);
  if (!ok || !row.active) return null;
  return { id: row.id, name: row.name, email: row.email, role: row.role, sessionVersion: row.sessionVersion };
}

/** The account behind a session, if the session is still valid (active account, same session version). */
export function getSessionUser(id: number, sessionVersion: number): StaffUser | null {
  const row = getDb()
    .select(staffColumns)
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true), eq(users.sessionVersion, sessionVersion)))
    .get();
  return row ?? null;
}

export function getStaffByEmail(email: string): { id: number } | null {
  return (
    getDb()
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, normaliseEmail(email)))
      .get() ?? null
  );
}

export function recordLogin(id: number): void {
  getDb().update(users).set({ lastLoginAt: new Date().toISOString() }).where(eq(users.id, id)).run();
}

/** Ends every session of the account (logout, role or password change, deactivation). */
export function endSessions(id: number): void {
  getDb()
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date().toISOString() })
    .where(eq(users.id, id))
    .run();
}

export type StaffListItem = StaffUser & { active: boolean; lastLoginAt: string | null };

/** An account with the author it writes as (the users page links to it). */
export type StaffRow = StaffListItem & { authorId: number | null; authorName: string | null };

export function listStaff(): StaffRow[] {
  return getDb()
    .select({
      ...staffColumns,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
      authorId: authors.id,
      authorName: authors.name,
    })
    .from(users)
    .leftJoin(authors, eq(authors.userId, users.id))
    .orderBy(users.name)
    .all();
}

export function getStaff(id: number): StaffListItem | null {
  return (
    getDb()
      .select({ ...staffColumns, active: users.active, lastLoginAt: users.lastLoginAt })
      .from(users)
      .where(eq(users.id, id))
      .get() ?? null
  );
}

/** Active admins other than `exceptId`: the last active admin can never be demoted or deactivated. */
export function countOtherActiveAdmins(exceptId: number): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true), sql`${users.id} != ${exceptId}`))
      .get()?.n ?? 0
  );
}

/** Whether `password` is the account's current password (a signed-in user confirming it before a change). */
export async function isCurrentPassword(id: number, password: string): Promise<boolean> {
  const row = getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id)).get();
  return row ? verifyPassword(row.passwordHash, password) : false;
}

/** Role, activity or password hash changes always end the account's sessions. */
export function updateStaff(id: number, changes: Partial<{ role: Role; active: boolean; passwordHash: string }>): void {
  getDb()
    .update(users)
    .set({ ...changes, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date().toISOString() })
    .where(eq(users.id, id))
    .run();
}
