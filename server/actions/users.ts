'use server';

import { z } from 'zod';

import { ROLE_LABELS } from '@/copy/admin';
import { getDb } from '@/db/client';
import { createAccount, normaliseEmail } from '@/db/queries/accounts';
import { linkNewAccount, type AuthorChoice } from '@/db/queries/authors';
import { countOtherActiveAdmins, getStaff, updateStaff } from '@/db/queries/staff';
import { UserError } from '@/domain/errors';
import { hashPassword, randomPassword } from '@/domain/passwords';
import type { Role } from '@/domain/roles';
import { action, formFrom, type ActionResult } from '@/server/action';

// User administration, for admins only (checked by server/action.ts). A new or reset password is random,
// returned once to be shown once, and stored only as a hash. Role changes, deactivation and resets end the
// account's sessions at once; the last active admin can never be demoted or deactivated.

export type UserActionResult = ActionResult<{ password?: string }>;

const USERS_PAGE = '/admin/brugere';
const RoleSchema = z.enum(['writer', 'editor', 'admin']);
const LAST_ADMIN = 'Der skal altid være mindst én aktiv administrator.';

/**
 * The new account's byline: "new" (the default) makes an author titled by the role, "none" makes none (an
 * administrator who does not write), a number links an existing author without an account.
 */
function authorChoice(value: FormDataEntryValue | null, role: Role): AuthorChoice {
  const choice = typeof value === 'string' ? value : 'new';
  if (choice === 'new' || choice === '') return { kind: 'new', title: role === 'admin' ? '' : ROLE_LABELS[role] };
  if (choice === 'none') return { kind: 'none' };
  if (/^[1-9]\d{0,8}$/.test(choice)) return { kind: 'existing', authorId: Number(choice) };
  throw new UserError('Vælg en skribentprofil.', { fieldErrors: { author: 'Vælg en skribentprofil.' } });
}

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
    const choice = authorChoice(fields.get('author'), role.data);
    const password = randomPassword();
    let linked: ReturnType<typeof linkNewAccount> = { authorId: null, tags: [] };
    const email = String(fields.get('email') ?? '').normalize('NFC');
    const name = String(fields.get('name') ?? '').normalize('NFC');
    const id = await createAccount(getDb(), { email, name, role: role.data, password }, (tx, userId) => {
      linked = linkNewAccount(tx, { id: userId, name: name.trim(), email: normaliseEmail(email) }, choice);
    });
    return {
      tags: linked.tags,
      audit: {
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        details: { role: role.data, ...(linked.authorId ? { authorId: linked.authorId } : {}) },
      },
      paths: [USERS_PAGE, '/admin/skribenter'],
      message:
        choice.kind === 'none'
          ? 'Brugeren er oprettet uden skribentprofil. Giv vedkommende adgangskoden; den vises kun denne ene gang.'
          : 'Brugeren og skribentprofilen er oprettet. Giv vedkommende adgangskoden; den vises kun denne ene gang.',
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
