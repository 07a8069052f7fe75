'use server';

import { z } from 'zod';

import { isCurrentPassword, updateStaff } from '@/db/queries/staff';
import { UserError } from '@/domain/errors';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/domain/passwords';
import { action, formFrom, parseInput, type ActionResult } from '@/server/action';
import { signOut } from '@/server/auth/next-auth';

// The signed-in user's own account (any role: the rule is "signed in", checked by server/action.ts).

export type PasswordResult = ActionResult;

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
  return action('signed-in', async (user) => {
    const fields = formFrom(form);
    const input = parseInput(Input, {
      current: fields.get('current'),
      next: fields.get('next'),
      repeat: fields.get('repeat'),
    });
    if (!(await isCurrentPassword(user.id, input.current))) {
      throw new UserError('Den nuværende adgangskode er forkert.');
    }
    updateStaff(user.id, { passwordHash: await hashPassword(input.next) });
    return {
      audit: { action: 'password.change' },
      after: () => signOut({ redirectTo: '/admin/login?ny-adgangskode=1' }),
    };
  });
}
