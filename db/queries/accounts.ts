import { eq, sql } from 'drizzle-orm';

import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/domain/passwords';
import type { Role } from '@/domain/roles';
import type { Db } from '@/db/connection';
import { users } from '@/db/schema';
import { UserError } from '@/domain/errors';

// Staff accounts. No `server-only` guard: the user:create script and first-start preparation use it too.

export type NewAccount = { email: string; name: string; role: Role; password: string };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Creates an account. `withAccount` runs in the same transaction with the new id (the users page links the
 * account to its author there), so a refused link leaves no account behind.
 */
export async function createAccount(
  db: Db,
  input: NewAccount,
  withAccount?: (tx: Parameters<Parameters<Db['transaction']>[0]>[0], id: number) => void,
): Promise<number> {
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  if (!EMAIL.test(email) || email.length > 254) throw new UserError('Ugyldig e-mailadresse.');
  if (!name) throw new UserError('Navn mangler.');
  if (input.password.length < MIN_PASSWORD_LENGTH || input.password.length > MAX_PASSWORD_LENGTH) {
    throw new UserError(`Adgangskoden skal være mellem ${MIN_PASSWORD_LENGTH} og ${MAX_PASSWORD_LENGTH} tegn.`);
  }
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
    throw new UserError('Der findes allerede en bruger med den e-mailadresse.');
  }
  const passwordHash = await hashPassword(input.password);
  const now = new Date().toISOString();
  return db.transaction((tx) => {
    const { id } = tx
      .insert(users)
      .values({ email, name, role: input.role, passwordHash, updatedAt: now })
      .returning({ id: users.id })
      .get();
    withAccount?.(tx, id);
    return id;
  });
}

export function countAccounts(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .get()?.n ?? 0
  );
}
