import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { normaliseEmail } from '@/db/accounts';
import { verifyAgainstNothing, verifyPassword } from '@/lib/auth/passwords';
import type { Role } from '@/lib/auth/roles';
import { getDb } from '../client';
import { users } from '../schema';

// Staff accounts as the running server sees them: credential checks, the per-request session check and the
// session version that ends sessions.

export type StaffUser = { id: number; name: string; email: string; role: Role; sessionVersion: number };

const staffColumns = { id: users.id, name: users.name, email: users.email, role: users.role, sessionVersion: users.sessionVersion };

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
  return getDb().select({ id: users.id }).from(users).where(eq(users.email, normaliseEmail(email))).get() ?? null;
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
