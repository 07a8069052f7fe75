'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';

import { AccountError, createAccount } from '@/db/queries/accounts';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { countOtherActiveAdmins, getStaff, updateStaff } from '@/db/queries/staff';
import { hashPassword, randomPassword } from '@/server/auth/passwords';
import { clientAddress } from '@/server/auth/request';
import { can, ROLE_LABELS, type Role } from '@/domain/roles';
import { currentStaff } from '@/server/auth/session';

// User administration, for admins only (checked here, in every action). A new or reset password is random,
// returned once to be shown once, and stored only as a hash. Role changes, deactivation and resets end the
// account's sessions at once; the last active admin can never be demoted or deactivated.

export type UserActionResult = { ok: true; message: string; password?: string } | { ok: false; error: string };

const DENIED: UserActionResult = { ok: false, error: 'Kun administratorer kan administrere brugere.' };
const LAST_ADMIN: UserActionResult = { ok: false, error: 'Der skal altid være mindst én aktiv administrator.' };
const RoleSchema = z.enum(['writer', 'editor', 'admin']);

async function admin() {
  const user = await currentStaff();
  return can(user, 'users:manage') ? user : null;
}

export async function createUserAction(_previous: UserActionResult | null, form: FormData): Promise<UserActionResult> {
  const user = await admin();
  if (!user) return DENIED;
  const role = RoleSchema.safeParse(form.get('role'));
  if (!role.success) return { ok: false, error: 'Vælg en rolle.' };
  const password = randomPassword();
  try {
    const id = await createAccount(getDb(), {
      email: String(form.get('email') ?? ''),
      name: String(form.get('name') ?? ''),
      role: role.data,
      password,
    });
    audit({
      userId: user.id,
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      details: { role: role.data },
      ip: clientAddress(await headers()),
    });
  } catch (error) {
    if (error instanceof AccountError) return { ok: false, error: error.message };
    throw error;
  }
  revalidatePath('/admin/brugere');
  return {
    ok: true,
    message: 'Brugeren er oprettet. Giv vedkommende adgangskoden; den vises kun denne ene gang.',
    password,
  };
}

export async function changeRoleAction(id: number, role: Role): Promise<UserActionResult> {
  const user = await admin();
  if (!user) return DENIED;
  const target = Number.isInteger(id) ? getStaff(id) : null;
  const parsed = RoleSchema.safeParse(role);
  if (!target || !parsed.success) return { ok: false, error: 'Ukendt bruger eller rolle.' };
  if (target.role === parsed.data) return { ok: true, message: 'Rollen er uændret.' };
  if (target.role === 'admin' && target.active && countOtherActiveAdmins(target.id) === 0) return LAST_ADMIN;
  updateStaff(target.id, { role: parsed.data });
  audit({
    userId: user.id,
    action: 'user.role',
    entityType: 'user',
    entityId: target.id,
    details: { from: target.role, to: parsed.data },
    ip: clientAddress(await headers()),
  });
  revalidatePath('/admin/brugere');
  return { ok: true, message: `${target.name} er nu ${ROLE_LABELS[parsed.data].toLowerCase()}.` };
}

export async function setActiveAction(id: number, active: boolean): Promise<UserActionResult> {
  const user = await admin();
  if (!user) return DENIED;
  const target = Number.isInteger(id) ? getStaff(id) : null;
  if (!target) return { ok: false, error: 'Ukendt bruger.' };
  if (!active && target.role === 'admin' && target.active && countOtherActiveAdmins(target.id) === 0) return LAST_ADMIN;
  updateStaff(target.id, { active: Boolean(active) });
  audit({
    userId: user.id,
    action: active ? 'user.activate' : 'user.deactivate',
    entityType: 'user',
    entityId: target.id,
    ip: clientAddress(await headers()),
  });
  revalidatePath('/admin/brugere');
  return {
    ok: true,
    message: active ? `${target.name} er aktiv igen.` : `${target.name} er deaktiveret og logget ud overalt.`,
  };
}

export async function resetPasswordAction(id: number): Promise<UserActionResult> {
  const user = await admin();
  if (!user) return DENIED;
  const target = Number.isInteger(id) ? getStaff(id) : null;
  if (!target) return { ok: false, error: 'Ukendt bruger.' };
  const password = randomPassword();
  updateStaff(target.id, { passwordHash: await hashPassword(password) });
  audit({
    userId: user.id,
    action: 'user.password-reset',
    entityType: 'user',
    entityId: target.id,
    ip: clientAddress(await headers()),
  });
  revalidatePath('/admin/brugere');
  return { ok: true, message: `Ny adgangskode til ${target.name}; den vises kun denne ene gang.`, password };
}
