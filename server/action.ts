import { ADMIN_COPY } from '@/copy/admin';
import 'server-only';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { z } from 'zod';

import { audit, type AuditEntry } from '@/db/queries/audit';
import { invalidate } from '@/db/cache';
import { WidgetError } from '@/db/queries/widget-admin';
import { clientAddress } from '@/server/auth/request';
import { can } from '@/domain/roles';
import { currentStaff, type StaffUser } from '@/server/auth/session';

// The one path every widget server action (jobs, Navnenyt, sponsor campaigns) takes: role check → zod → one
// query function (a transaction) → audit → invalidate exactly the tags the write returned → result or redirect.

/** What a widget form shows: a confirmation, or a Danish error with the fields it concerns. */
export type WidgetResult =
  { ok: true; message: string } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export const WIDGET_DENIED: WidgetResult = {
  ok: false,
  error: 'Kun redaktører og administratorer kan redigere widgets.',
};

class InvalidInput extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super('Ret de markerede felter.');
  }
}

/** Parses a form's values; a failure becomes a field-by-field answer (the first message per field). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fieldErrors[field] ??= issue.message;
  }
  throw new InvalidInput(fieldErrors);
}

export type WidgetWrite = {
  tags: string[];
  audit: Pick<AuditEntry, 'action' | 'entityType' | 'entityId' | 'details'>;
  message: string;
  /** Where the browser goes after a successful write (the list, after create or delete). */
  redirectTo?: string;
};

export async function widgetAction(write: (user: StaffUser) => WidgetWrite): Promise<WidgetResult> {
  const user = await currentStaff();
  if (!user) return { ok: false, error: ADMIN_COPY.signedOut };
  if (!can(user, 'widgets:manage')) return WIDGET_DENIED;
  let outcome: WidgetWrite;
  try {
    outcome = write(user);
  } catch (error) {
    if (error instanceof InvalidInput) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof WidgetError) return { ok: false, error: error.message };
    throw error;
  }
  audit({ userId: user.id, ...outcome.audit, ip: clientAddress(await headers()) });
  invalidate(...outcome.tags);
  if (outcome.redirectTo) redirect(outcome.redirectTo);
  return { ok: true, message: outcome.message };
}

/** An id from a client call: anything but a positive integer matches nothing. */
export const idFrom = (value: unknown): number =>
  Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : 0;
