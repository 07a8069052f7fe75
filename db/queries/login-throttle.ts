import 'server-only';

import { inArray } from 'drizzle-orm';

import type { Db } from '@/db/connection';
import { loginThrottle } from '@/db/schema';

// Brute-force protection for the login: five failed attempts for one account or from one client address within
// 15 minutes lock that key; each later lockout of the same key lasts twice as long as the one before (15 min,
// 30 min, 1 h, … up to a day). The state is in SQLite, so a restart does not lift a lockout.

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const FIRST_LOCKOUT_MS = 15 * 60 * 1000;
const LONGEST_LOCKOUT_MS = 24 * 60 * 60 * 1000;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

export type ThrottleState = { locked: false } | { locked: true; retryAfterSeconds: number };

const lockoutLength = (earlierLockouts: number) =>
  Math.min(FIRST_LOCKOUT_MS * 2 ** earlierLockouts, LONGEST_LOCKOUT_MS);

function rows(db: Db, keys: string[]) {
  return db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys)).all();
}

/** Whether any of the keys is locked right now, and for how long. */
export function throttleState(db: Db, keys: string[], now = new Date()): ThrottleState {
  const until = rows(db, keys)
    .map((row) => row.lockedUntil)
    .filter((value): value is string => value !== null && value > now.toISOString())
    .sort()
    .at(-1);
  return until
    ? { locked: true, retryAfterSeconds: Math.ceil((Date.parse(until) - now.getTime()) / 1000) }
    : { locked: false };
}

/** Counts a failed attempt against every key; returns the state after it (locked when this was the fifth). */
export function recordFailure(db: Db, keys: string[], now = new Date()): ThrottleState {
  const at = now.toISOString();
  db.transaction((tx) => {
    const existing = new Map(
      tx
        .select()
        .from(loginThrottle)
        .where(inArray(loginThrottle.key, keys))
        .all()
        .map((row) => [row.key, row]),
    );
    for (const key of keys) {
      const row = existing.get(key);
      const windowOpen = row && now.getTime() - Date.parse(row.windowStartedAt) < FAILURE_WINDOW_MS;
      const failures = (windowOpen ? row.failures : 0) + 1;
      const lockouts = row?.lockouts ?? 0;
      const lock = failures >= MAX_FAILURES;
      const values = {
        failures: lock ? 0 : failures,
        windowStartedAt: windowOpen ? row.windowStartedAt : at,
        lockedUntil: lock
          ? new Date(now.getTime() + lockoutLength(lockouts)).toISOString()
          : (row?.lockedUntil ?? null),
        lockouts: lock ? lockouts + 1 : lockouts,
        updatedAt: at,
      };
      tx.insert(loginThrottle)
        .values({ key, ...values })
        .onConflictDoUpdate({ target: loginThrottle.key, set: values })
        .run();
    }
  });
  return throttleState(db, keys, now);
}

/** A successful login clears the account's record (not the address's: one valid login must not reset a spray). */
export function clearFailures(db: Db, key: string): void {
  db.delete(loginThrottle)
    .where(inArray(loginThrottle.key, [key]))
    .run();
}
