'use server';

import { z } from 'zod';

import { ROLE_LABELS } from '@/copy/admin';
import { getDb } from '@/db/client';
import { createAccount } from '@/db/queries/accounts';
import { countOtherActiveAdmins, getStaff, updateStaff } from '@/db/queries/staff';
import { UserError } from '@/domain/errors';
import { hashPassword, randomPassword } from '@/domain/passwords';
import { action, formFrom, type ActionResult } from '@/server/action';

// User administration, for admins only (checked by server/action.ts). A new or reset password is random,
// returned once to be shown once, and stored only as a hash. Role changes, deactivation and resets end the
// account's sessions at once; the last active admin can never be demoted or deactivated.

export type UserActionResult = ActionResult<{ password?: string }>;

const USERS_PAGE = '/admin/brugere';
const RoleSchema = z.enum(['writer', 'editor', 'admin']);
const LAST_ADMIN = 'Der skal altid være mindst én aktiv administrator.';

function target(id: number, message = 'Ukendt bruger.') {
  const found = Number.isInteger(id) ? getStaff(id) : null;
  if (!found) throw new UserError(message, { status: 404 });
  return found;
}

export async function createUserAction(_previous: UserActionResult | null, form: FormData): Promise<UserActionResult> {
  return action('users:manage', async () => {
    const fields = formFrom(form);
    const role = RoleSchema.safeParse(fields.get('role'));
    if (!role.success) throw new UserError('Vælg en rolle.');
    const password = randomPassword();
    const id = await createAccount(getDb(), {
      email: String(fields.get('email') ?? '').normalize('NFC'),
      name: String(fields.get('name') ?? '').normalize('NFC'),
      role: role.data,
      password,
    });
    return {
      audit: { action: 'user.create', entityType: 'user', entityId: id, details: { role: role.data } },
      paths: [USERS_PAGE],
      message: 'Brugeren er oprettet. Giv vedkommende adgangskoden; den vises kun denne ene gang.',
      data: { password },
    };
  });
}

export async function changeRoleAction(id: number, role: unknown): Promise<UserActionResult> {
  return action('users:manage', () => {
    const parsed = RoleSchema.safeParse(role);
    const user = target(id, 'Ukendt bruger eller rolle.');
    if (!parsed.success) throw new UserError('Ukendt bruger eller rolle.');
    if (user.role === parsed.data) return { audit: null, message: 'Rollen er uændret.' };
    if (user.role === 'admin' && user.active && countOtherActiveAdmins(user.id) === 0) throw new UserError(LAST_ADMIN);
    updateStaff(user.id, { role: parsed.data });
    return {
      audit: {
        action: 'user.role',
        entityType: 'user',
        entityId: user.id,
        details: { from: user.role, to: parsed.data },
      },
      paths: [USERS_PAGE],
      message: `${user.name} er nu ${ROLE_LABELS[parsed.data].toLowerCase()}.`,
    };
  });
}

export async function setActiveAction(id: number, active: boolean): Promise<UserActionResult> {
  return action('users:manage', () => {
    const user = target(id);
    if (!active && user.role === 'admin' && user.active && countOtherActiveAdmins(user.id) === 0) {
      throw new UserError(LAST_ADMIN);
    }
    updateStaff(user.id, { active: Boolean(active) });
    return {
      audit: { action: active ? 'user.activate' : 'user.deactivate', entityType: 'user', entityId: user.id },
      paths: [USERS_PAGE],
      message: active ? `${user.name} er aktiv igen.` : `${user.name} er deaktiveret og logget ud overalt.`,
    };
  });
}

export async function resetPasswordAction(id: number): Promise<UserActionResult> {
  return action('users:manage', async () => {
    const user = target(id);
    const password = randomPassword();
    updateStaff(user.id, { passwordHash: await hashPassword(password) });
    return {
      audit: { action: 'user.password-reset', entityType: 'user', entityId: user.id },
      paths: [USERS_PAGE],
      message: `Ny adgangskode til ${user.name}; den vises kun denne ene gang.`,
      data: { password },
    };
  });
}
