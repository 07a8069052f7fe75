'use server';

import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { z } from 'zod';

import { signOut } from '@/server/auth/next-auth';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { endSessions } from '@/db/queries/staff';
import { users } from '@/db/schema';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from '@/server/auth/passwords';
import { clientAddress } from '@/server/auth/request';
import { currentStaff } from '@/server/auth/session';

export type PasswordResult = { ok: true } | { ok: false; error: string };

const Input = z
  .object({
    current: z.string().min(1, 'Skriv din nuværende adgangskode.').max(MAX_PASSWORD_LENGTH),
    next: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Den nye adgangskode skal være mindst ${MIN_PASSWORD_LENGTH} tegn.`)
      .max(MAX_PASSWORD_LENGTH, `Den nye adgangskode må højst være ${MAX_PASSWORD_LENGTH} tegn.`),
    repeat: z.string(),
  })
  .refine((value) => value.next === value.repeat, { message: 'De to nye adgangskoder er ikke ens.' });

/** Changes the caller's own password; every session of the account (this one included) ends. */
export async function changePasswordAction(_previous: PasswordResult | null, form: FormData): Promise<PasswordResult> {
  const user = await currentStaff();
  if (!user) return { ok: false, error: 'Du er ikke logget ind.' };
  const parsed = Input.safeParse({ current: form.get('current'), next: form.get('next'), repeat: form.get('repeat') });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  const db = getDb();
  const row = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
  if (!row || !(await verifyPassword(row.passwordHash, parsed.data.current))) {
    return { ok: false, error: 'Den nuværende adgangskode er forkert.' };
  }
  db.update(users)
    .set({ passwordHash: await hashPassword(parsed.data.next), updatedAt: new Date().toISOString() })
    .where(eq(users.id, user.id))
    .run();
  endSessions(user.id);
  audit({ userId: user.id, action: 'password.change', ip: clientAddress(await headers()) });
  await signOut({ redirectTo: '/admin/login?ny-adgangskode=1' });
  return { ok: true };
}
