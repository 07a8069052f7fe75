import { z } from 'zod';

import { PERMISSION_DENIED, REQUEST_REFUSALS } from '@/copy/admin';
import type { AuditAction, AuditObjectType } from '@/domain/audit';
import { UserError, type Conflict } from '@/domain/errors';
import { can, type Actor, type Permission } from '@/domain/roles';

// Every message an editor can see is Danish, zod's own ones too (its maintained Danish locale), for input that
// arrives wrongly typed from a tampered form.
z.config(z.locales.da());

// The one mutation path, without its wiring to Next.js and the database (server/action.ts supplies that), so it can
// be tested as it is: session → permission → the write (zod parse, one query function in its transaction) →
// audit entry → cache invalidation → typed result or redirect. A UserError becomes the Danish answer the form
// shows; anything else thrown is a bug and is not caught.

/** What every server action answers: a confirmation with its data, or a Danish error for the form. */
export type ActionResult<T extends object = object> =
  | ({ ok: true; message?: string } & T)
  | { ok: false; error: string; fieldErrors?: Record<string, string>; conflict?: Conflict };

export type AuditWrite = {
  action: AuditAction;
  entityType?: AuditObjectType;
  entityId?: number;
  details?: Record<string, unknown>;
};

/**
 * The audit entry of an update to something readers reach by its slug (an author, a section, a tag): its name, and
 * the old and new slug when the address moved.
 */
export function slugUpdateAudit(
  action: AuditAction,
  entityType: AuditObjectType,
  entityId: number,
  { name, oldSlug, slug }: { name: string; oldSlug: string; slug: string },
): AuditWrite {
  return { action, entityType, entityId, details: { name, ...(oldSlug !== slug ? { from: oldSlug, to: slug } : {}) } };
}

/** What a write reports back: what changed (for the audit log and the caches) and what the caller sees. */
export type Mutation<T extends object = object> = {
  /** The audit entry; `null` only when nothing changed (a no-op save). */
  audit: AuditWrite | null;
  /** Cache tags the write affects (public pages, feeds, sitemaps). */
  tags?: string[];
  /** Admin pages to re-render (their data is read uncached, but the router cache keeps the old page). */
  paths?: string[];
  message?: string;
  /** Where the browser goes after success (a list after create or delete). */
  redirectTo?: string;
  /** Runs last, after the audit entry and the invalidation (e.g. signing the user out). */
  after?: () => Promise<unknown>;
  /** What the caller gets besides `ok` and the message (a new id, a version, a one-time password). */
  data?: T;
};

/**
 * Who may run an action: a role permission, or any signed-in staff member (`'signed-in'`) when the rule depends
 * on the object and the write checks it itself (throwing a UserError with status 403).
 */
export type ActionRule = Permission | 'signed-in';

const allows = (user: Actor, rule: ActionRule) => rule === 'signed-in' || can(user, rule);

/** What became of one action call, for the log and the metrics (no input values: they may hold passwords). */
export type ActionReport = {
  rule: ActionRule;
  result: 'ok' | 'refused' | 'denied' | 'signed-out' | 'error';
  userId?: number;
  /** The audit entry's action and object, when the write changed something. */
  action?: AuditAction;
  entityType?: AuditObjectType;
  entityId?: number;
  /** The HTTP-like status of a refusal (400, 403, 404, 409, …). */
  status?: number;
  ms: number;
};

export type ActionDeps<U extends Actor> = {
  currentUser: () => Promise<U | null>;
  clientAddress: () => Promise<string>;
  audit: (entry: AuditWrite & { userId: number; ip: string }) => void;
  invalidate: (...tags: string[]) => void;
  revalidatePath: (path: string) => void;
  redirect: (path: string) => never;
  report: (report: ActionReport) => void;
  signedOut: string;
};

export function createActionRunner<U extends Actor>(deps: ActionDeps<U>) {
  return async function runAction<T extends object = object>(
    rule: ActionRule,
    write: (user: U) => Mutation<T> | Promise<Mutation<T>>,
  ): Promise<ActionResult<T>> {
    const started = performance.now();
    const report = (result: ActionReport['result'], fields: Partial<ActionReport> = {}) =>
      deps.report({ rule, result, ...fields, ms: Math.round((performance.now() - started) * 10) / 10 });
    const user = await deps.currentUser();
    if (!user) {
      report('signed-out');
      return { ok: false, error: deps.signedOut };
    }
    if (!allows(user, rule)) {
      report('denied', { userId: user.id });
      return { ok: false, error: PERMISSION_DENIED[rule as Permission] };
    }
    let outcome: Mutation<T>;
    try {
      outcome = await write(user);
    } catch (error) {
      const refused = error instanceof UserError;
      report(refused ? 'refused' : 'error', { userId: user.id, ...(refused ? { status: error.status } : {}) });
      if (refused) return refusal(error);
      throw error;
    }
    if (outcome.audit) deps.audit({ ...outcome.audit, userId: user.id, ip: await deps.clientAddress() });
    if (outcome.tags?.length) deps.invalidate(...outcome.tags);
    for (const path of outcome.paths ?? []) deps.revalidatePath(path);
    if (outcome.after) await outcome.after();
    const { action, entityType, entityId } = outcome.audit ?? {};
    report('ok', { userId: user.id, action, entityType, entityId });
    if (outcome.redirectTo) deps.redirect(outcome.redirectTo);
    return { ok: true, ...(outcome.message ? { message: outcome.message } : {}), ...(outcome.data as T) };
  };
}

/** A read behind a permission (the pickers' searches): `fallback` for anyone not allowed, bad input included. */
export function createReadRunner<U extends Actor>(deps: Pick<ActionDeps<U>, 'currentUser'>) {
  return async function runRead<R>(rule: ActionRule, read: (user: U) => R | Promise<R>, fallback: R): Promise<R> {
    const user = await deps.currentUser();
    if (!user || !allows(user, rule)) return fallback;
    try {
      return await read(user);
    } catch (error) {
      if (error instanceof UserError) return fallback;
      throw error;
    }
  };
}

function refusal(error: UserError): ActionResult<never> {
  return {
    ok: false,
    error: error.message,
    ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
    ...(error.conflict ? { conflict: error.conflict } : {}),
  };
}

/**
 * Every string in `value` (objects and arrays walked) in Unicode NFC, so "Blåbær" typed with a combining ring (NFD,
 * as macOS and some paste sources send it) is the same tag, title, slug and name as the precomposed one.
 */
export function normalizeText(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeText);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalizeText(item)]));
  }
  return value;
}

/**
 * Parses a form's values with a zod schema whose messages are Danish, after normalizeText. On failure it throws a UserError with the
 * first message per field; its own message is `summary`, or the first field's message when there is none.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, summary?: string): z.infer<S> {
  const parsed = schema.safeParse(normalizeText(input));
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fieldErrors[field] ??= issue.message;
  }
  throw new UserError(summary ?? parsed.error.issues[0]?.message ?? 'Ugyldige oplysninger.', { fieldErrors });
}

/**
 * The form data an action was called with. A tampered call can send anything in its place (the proxy only checks
 * that there is an argument list); that is a refusal the form can show, not a TypeError.
 */
export function formFrom(value: unknown): FormData {
  if (value instanceof FormData) return value;
  throw new UserError(REQUEST_REFUSALS.malformed, { status: 400 });
}

/** An id from a client call: anything but a positive integer matches nothing. */
export const idFrom = (value: unknown): number =>
  Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : 0;
