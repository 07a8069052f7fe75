import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { openDatabase, type Connection } from '@/db/connection';
import { accountKey, addressKey, clearFailures, MAX_FAILURES, recordFailure, throttleState } from './login-throttle';

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

describe('login throttle', () => {
  it('locks a key on the fifth failure within 15 minutes, for longer each time', () => {
    const { db } = connection;
    const keys = [accountKey('Anna@Spalte.dk'), addressKey('192.0.2.1')];
    const start = Date.parse('2026-11-28T10:00:00.000Z');
    for (let i = 1; i < MAX_FAILURES; i++)
      assert.deepEqual(recordFailure(db, keys, new Date(start + i * 1000)), { locked: false });
    assert.deepEqual(recordFailure(db, keys, new Date(start + 5000)), { locked: true, retryAfterSeconds: 15 * 60 });
    assert.equal(throttleState(db, [accountKey('anna@spalte.dk')], new Date(start + minutes(14))).locked, true);
    assert.equal(throttleState(db, keys, new Date(start + minutes(16))).locked, false);

    // The next lockout of the same key lasts twice as long.
    const later = start + minutes(20);
    for (let i = 1; i < MAX_FAILURES; i++) recordFailure(db, keys, new Date(later + i * 1000));
    assert.deepEqual(recordFailure(db, keys, new Date(later + 5000)), { locked: true, retryAfterSeconds: 30 * 60 });
  });

  it('forgets failures older than the window', () => {
    const { db } = connection;
    const keys = [accountKey('bo@spalte.dk')];
    const start = Date.parse('2026-11-28T10:00:00.000Z');
    for (let i = 0; i < MAX_FAILURES - 1; i++) recordFailure(db, keys, new Date(start + i * 1000));
    assert.deepEqual(recordFailure(db, keys, new Date(start + minutes(16))), { locked: false });
  });

  it('clears an account after a successful login', () => {
    const { db } = connection;
    const key = accountKey('carl@spalte.dk');
    for (let i = 0; i < MAX_FAILURES; i++) recordFailure(db, [key]);
    assert.equal(throttleState(db, [key]).locked, true);
    clearFailures(db, key);
    assert.equal(throttleState(db, [key]).locked, false);
  });
});
