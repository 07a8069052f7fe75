import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { openDatabase, type Connection } from '@/db/connection';
import {
  FAILURE_LIMITS,
  releaseAttempt,
  reserveAttempt,
  throttleKeys,
  type Attempt,
  type ThrottleKey,
} from './login-throttle';

let dir: string;
let connection: Connection;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spalte-throttle-'));
  connection = openDatabase(path.join(dir, 'test.db'));
});

after(() => {
  connection.sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const minutes = (n: number) => n * 60 * 1000;
const START = Date.parse('2026-11-28T10:00:00.000Z');
const at = (ms: number) => new Date(START + ms);

// Each test uses e-mails and addresses of its own, so they share one database without meeting.
const reserve = (keys: ThrottleKey[], ms = 0) => reserveAttempt(connection.db, keys, at(ms));

/** `count` attempts one second apart, none settled: each stands as a failure. */
function fail(keys: ThrottleKey[], count: number, fromMs = 0): Attempt[] {
  return Array.from({ length: count }, (_, i) => reserve(keys, fromMs + i * 1000));
}

const granted = (attempts: Attempt[]) => attempts.filter((attempt) => attempt.granted).length;

function reservedOf(attempt: Attempt) {
  assert.ok(attempt.granted, 'the attempt should have been granted');
  return attempt.reserved;
}

describe('login throttle: reservations', () => {
  it('grants 5 of 30 attempts in a row for one account from one address, before any is settled', () => {
    const attempts = fail(throttleKeys('anna@spalte.dk', '192.0.2.1'), 30);
    assert.equal(granted(attempts), FAILURE_LIMITS.pair);
    assert.equal(granted(attempts.slice(0, FAILURE_LIMITS.pair)), FAILURE_LIMITS.pair);
    // The fifth grant locks the pair at once; everything after it is refused, with the wait.
    assert.deepEqual(attempts[4]!.lock, { scopes: ['pair'], retryAfterSeconds: 15 * 60 });
    assert.deepEqual(attempts[5], { granted: false, lock: { scopes: ['pair'], retryAfterSeconds: 15 * 60 - 1 } });
  });

  it('treats an unknown e-mail the same (the keys are the typed e-mail, existing or not)', () => {
    assert.equal(granted(fail(throttleKeys('  Findes.Ikke@Spalte.dk ', '192.0.2.2'), 30)), FAILURE_LIMITS.pair);
    assert.equal(reserve(throttleKeys('findes.ikke@spalte.dk', '192.0.2.2'), 40_000).granted, false);
  });

  it('a successful login gives its attempt back: the owner’s fifth try is not a failure', () => {
    const keys = throttleKeys('bo@spalte.dk', '192.0.2.3');
    fail(keys, 4);
    const fifth = reserve(keys, 5000);
    assert.deepEqual(fifth.granted && fifth.lock?.scopes, ['pair']);
    releaseAttempt(connection.db, reservedOf(fifth), at(6000));
    // The pair's record is gone with its lock: five more attempts before the next lock.
    assert.equal(granted(fail(keys, FAILURE_LIMITS.pair, 7000)), FAILURE_LIMITS.pair);
  });

  it('a success keeps the address’s and the account’s other failures (one valid login does not reset a spray)', () => {
    const address = '192.0.2.4';
    for (let i = 0; i < FAILURE_LIMITS.address - 1; i++) fail(throttleKeys(`sprøjt-${i}@spalte.dk`, address), 1, i);
    const success = reserve(throttleKeys('carl@spalte.dk', address), 30_000);
    assert.deepEqual(success.granted && success.lock?.scopes, ['address']);
    releaseAttempt(connection.db, reservedOf(success), at(31_000));
    const next = reserve(throttleKeys('dorte@spalte.dk', address), 32_000);
    assert.deepEqual(next.granted && next.lock?.scopes, ['address']);
  });

  it('an attempt never settled (its request died) is a failure, and the window forgets it', () => {
    const keys = throttleKeys('eva@spalte.dk', '192.0.2.5');
    fail(keys, FAILURE_LIMITS.pair - 1);
    // Four abandoned reservations; the next one is the fifth failure and locks.
    const fifth = reserve(keys, minutes(1));
    assert.deepEqual(fifth.granted && fifth.lock?.scopes, ['pair']);
    assert.equal(reserve(keys, minutes(2)).granted, false);
    // Not for ever: the lockout ends and counting starts afresh.
    assert.equal(granted(fail(keys, FAILURE_LIMITS.pair, minutes(17))), FAILURE_LIMITS.pair);
  });
});

describe('login throttle: pair, address and account', () => {
  it('five failures lock the account from that address only, not the owner elsewhere nor others here', () => {
    fail(throttleKeys('frida@spalte.dk', '198.51.100.1'), FAILURE_LIMITS.pair);
    assert.equal(reserve(throttleKeys('frida@spalte.dk', '198.51.100.1'), 10_000).granted, false);
    assert.equal(reserve(throttleKeys('frida@spalte.dk', '198.51.100.2'), 10_000).granted, true);
    assert.equal(reserve(throttleKeys('gustav@spalte.dk', '198.51.100.1'), 10_000).granted, true);
  });

  it('20 failures from one address over many accounts lock the address for every account', () => {
    const address = '198.51.100.10';
    const attempts = Array.from({ length: 30 }, (_, i) => reserve(throttleKeys(`konto-${i}@spalte.dk`, address), i));
    assert.equal(granted(attempts), FAILURE_LIMITS.address);
    assert.deepEqual(attempts[FAILURE_LIMITS.address - 1]!.lock?.scopes, ['address']);
    assert.equal(reserve(throttleKeys('ny@spalte.dk', address), 100).granted, false);
    assert.equal(reserve(throttleKeys('ny@spalte.dk', '198.51.100.11'), 100).granted, true);
  });

  it('50 failures over many addresses lock the account for everyone', () => {
    const email = 'henrik@spalte.dk';
    const addresses = Array.from({ length: FAILURE_LIMITS.account / FAILURE_LIMITS.pair }, (_, i) => `203.0.113.${i}`);
    const attempts = addresses.flatMap((address, i) => fail(throttleKeys(email, address), 6, i * 10_000));
    assert.equal(granted(attempts), FAILURE_LIMITS.account);
    const last = attempts.filter((attempt) => attempt.granted).at(-1)!;
    assert.deepEqual(last.lock?.scopes, ['pair', 'account']);
    const owner = reserve(throttleKeys(email, '203.0.113.200'), 200_000);
    assert.equal(owner.granted, false);
    assert.deepEqual(!owner.granted && owner.lock.scopes, ['account']);
  });
});

describe('login throttle: window and lockouts', () => {
  it('forgets failures older than 15 minutes', () => {
    const keys = throttleKeys('ida@spalte.dk', '192.0.2.20');
    fail(keys, FAILURE_LIMITS.pair - 1);
    // The window opened at the first failure; 16 minutes on, the count starts again and the fifth locks.
    const later = fail(keys, FAILURE_LIMITS.pair, minutes(16));
    assert.deepEqual(
      later.map((attempt) => attempt.granted && attempt.lock !== null),
      [false, false, false, false, true],
    );
  });

  it('locks for 15 minutes, then twice as long each time, up to a day', () => {
    const keys = throttleKeys('jens@spalte.dk', '192.0.2.21');
    const lengths: number[] = [];
    let time = 0;
    for (let round = 0; round < 8; round++) {
      const lock = fail(keys, FAILURE_LIMITS.pair, time).at(-1)!.lock!;
      lengths.push(lock.retryAfterSeconds / 60);
      // The fifth attempt came 4 s into the round.
      const end = time + 4000 + lock.retryAfterSeconds * 1000;
      assert.equal(reserve(keys, end - 1000).granted, false);
      time = end;
    }
    assert.deepEqual(lengths, [15, 30, 60, 120, 240, 480, 960, 1440]);
  });

  it('a lock lifted by its own successful attempt does not count toward the next lockout’s length', () => {
    const keys = throttleKeys('karen@spalte.dk', '192.0.2.22');
    const address = throttleKeys('someone@spalte.dk', '192.0.2.22');
    // The address at 19 failures; the owner's correct password is the 20th attempt and gives it back.
    for (let i = 0; i < FAILURE_LIMITS.address - 1; i++) fail(throttleKeys(`k-${i}@spalte.dk`, '192.0.2.22'), 1, i);
    releaseAttempt(connection.db, reservedOf(reserve(keys, 30_000)), at(31_000));
    const lock = reserve(address, 32_000);
    assert.deepEqual(lock.granted && lock.lock, { scopes: ['address'], retryAfterSeconds: 15 * 60 });
  });
});
