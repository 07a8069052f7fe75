import 'server-only';

import { eq, inArray } from 'drizzle-orm';

import type { Db } from '@/db/connection';
import { normaliseEmail } from '@/db/queries/accounts';
import { loginThrottle } from '@/db/schema';

// Brute-force protection for the login (docs/decisions/0015-login-throttle.md). Every attempt counts against three
// keys: the account together with the client address (the pair), the client address alone and the account alone.
// A key that collects its limit of failures within 15 minutes is locked; each later lockout of the same key lasts
// twice as long as the one before (15 min, 30 min, 1 h, … up to a day). The pair locks first, so a stranger's wrong
// guesses lock the stranger out, not the owner logging in from elsewhere; the account as a whole locks only at ten
// times the pair's limit. The state is in SQLite, so a restart does not lift a lockout.
//
// An attempt is counted before its password is checked, in the same synchronous transaction that checks the locks,
// and stands as a failure from then on; a successful login gives it back (releaseAttempt). So however many requests
// arrive at once, no key has more passwords checked than its limit, and a request that dies during the check leaves
// an ordinary failure that the window forgets.

export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
// At least the window: when a lockout ends, the window that led to it has closed, and counting starts afresh.
const FIRST_LOCKOUT_MS = 15 * 60 * 1000;
const LONGEST_LOCKOUT_MS = 24 * 60 * 60 * 1000;

/** Failures within the window that lock a key of each scope. */
export const FAILURE_LIMITS = { pair: 5, address: 20, account: 50 } as const;

export type Scope = keyof typeof FAILURE_LIMITS;
export type ThrottleKey = { scope: Scope; key: string };

/** A lock in force: the scopes that hold it and how long until the last of them ends. */
export type Lock = { scopes: Scope[]; retryAfterSeconds: number };

/** One key's share of a granted attempt: what releaseAttempt needs to give exactly that share back. */
export type Reserved = ThrottleKey & {
  /** The window the attempt was counted in. */
  windowStartedAt: string;
  /** The lock this attempt set (it was the key's last allowed failure), or null. */
  lockedUntil: string | null;
  /** The key's lockedUntil before, an ended lock or null, to put back if the attempt succeeds. */
  previousLock: string | null;
};

/** A refused attempt names the lock; a granted one carries its reservation and the lock it set, if any. */
export type Attempt = { granted: false; lock: Lock } | { granted: true; reserved: Reserved[]; lock: Lock | null };

/** The keys one login attempt counts against. The address leads the pair's key: no e-mail can spell another pair. */
export function throttleKeys(email: string, ip: string): ThrottleKey[] {
  const account = normaliseEmail(email);
  return [
    { scope: 'pair', key: `pair:${ip}|${account}` },
    { scope: 'address', key: `ip:${ip}` },
    { scope: 'account', key: `account:${account}` },
  ];
}

const lockoutLength = (earlierLockouts: number) =>
  Math.min(FIRST_LOCKOUT_MS * 2 ** earlierLockouts, LONGEST_LOCKOUT_MS);

/** The lock among these keys still in force at `now`, if any. */
function lockAmong(keys: { scope: Scope; lockedUntil: string | null }[], now: Date): Lock | null {
  const active = keys.filter((key) => key.lockedUntil !== null && Date.parse(key.lockedUntil) > now.getTime());
  if (active.length === 0) return null;
  const until = Math.max(...active.map((key) => Date.parse(key.lockedUntil!)));
  return { scopes: active.map((key) => key.scope), retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
}

type Row = typeof loginThrottle.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function rowsByKey(tx: Tx, keys: ThrottleKey[]): Map<string, Row> {
  const rows = tx
    .select()
    .from(loginThrottle)
    .where(
      inArray(
        loginThrottle.key,
        keys.map((key) => key.key),
      ),
    )
    .all();
  return new Map(rows.map((row) => [row.key, row]));
}

/** Counts one attempt against a key as a failure; the one that reaches the key's limit locks it. */
function countAttempt(tx: Tx, { scope, key }: ThrottleKey, row: Row | undefined, now: Date): Reserved {
  const at = now.toISOString();
  const windowOpen = row !== undefined && now.getTime() - Date.parse(row.windowStartedAt) < FAILURE_WINDOW_MS;
  const failures = (windowOpen ? row.failures : 0) + 1;
  const lockouts = row?.lockouts ?? 0;
  const locks = failures >= FAILURE_LIMITS[scope];
  const lockedUntil = locks ? new Date(now.getTime() + lockoutLength(lockouts)).toISOString() : null;
  const values = {
    failures,
    windowStartedAt: windowOpen ? row.windowStartedAt : at,
    lockedUntil: lockedUntil ?? row?.lockedUntil ?? null,
    lockouts: locks ? lockouts + 1 : lockouts,
    updatedAt: at,
  };
  tx.insert(loginThrottle)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: loginThrottle.key, set: values })
    .run();
  return { scope, key, windowStartedAt: values.windowStartedAt, lockedUntil, previousLock: row?.lockedUntil ?? null };
}

/**
 * Before a password is checked: refused while any of the keys is locked; otherwise the attempt is counted against
 * every key as a failure, in the same transaction as the check (IMMEDIATE, so another process cannot slip in
 * between), and stays one unless releaseAttempt gives it back.
 */
export function reserveAttempt(db: Db, keys: ThrottleKey[], now = new Date()): Attempt {
  return db.transaction(
    (tx): Attempt => {
      const rows = rowsByKey(tx, keys);
      const lock = lockAmong(
        keys.map(({ scope, key }) => ({ scope, lockedUntil: rows.get(key)?.lockedUntil ?? null })),
        now,
      );
      if (lock) return { granted: false, lock };
      const reserved = keys.map((key) => countAttempt(tx, key, rows.get(key.key), now));
      return { granted: true, reserved, lock: lockAmong(reserved, now) };
    },
    { behavior: 'immediate' },
  );
}

/**
 * After a successful login: the attempt was no failure. The pair's record goes (its owner has shown who they are
 * from this address); the address and the account give back this attempt and any lock it set, but keep everyone
 * else's failures, so one valid login does not reset a spray.
 */
export function releaseAttempt(db: Db, reserved: Reserved[], now = new Date()): void {
  db.transaction(
    (tx) => {
      for (const held of reserved) {
        if (held.scope === 'pair') {
          tx.delete(loginThrottle).where(eq(loginThrottle.key, held.key)).run();
          continue;
        }
        const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, held.key)).get();
        if (!row) continue;
        const ownLock = held.lockedUntil !== null && row.lockedUntil === held.lockedUntil;
        // A window that has closed since took the attempt with it.
        const sameWindow = row.windowStartedAt === held.windowStartedAt;
        tx.update(loginThrottle)
          .set({
            failures: sameWindow ? Math.max(0, row.failures - 1) : row.failures,
            lockedUntil: ownLock ? held.previousLock : row.lockedUntil,
            lockouts: ownLock ? Math.max(0, row.lockouts - 1) : row.lockouts,
            updatedAt: now.toISOString(),
          })
          .where(eq(loginThrottle.key, held.key))
          .run();
      }
    },
    { behavior: 'immediate' },
  );
}
