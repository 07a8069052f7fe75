import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

import { openDatabase, sqliteBusyRetries } from './connection';

const dir = mkdtempSync(path.join(tmpdir(), 'spalte-connection-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a transaction that finds a colleague committed since it read is run again, and the retry is counted', () => {
  const file = path.join(dir, 'busy.db');
  const ours = openDatabase(file).sqlite;
  const theirs = openDatabase(file).sqlite;
  ours.exec('CREATE TABLE counter (value INTEGER NOT NULL); INSERT INTO counter VALUES (0);');
  const before = sqliteBusyRetries();
  let attempts = 0;
  // Read, let the other connection write in between (as another process would), then write from what was read.
  const increment = ours.transaction(() => {
    attempts += 1;
    const { value } = ours.prepare('SELECT value FROM counter').get() as { value: number };
    if (attempts === 1) theirs.prepare('UPDATE counter SET value = value + 10').run();
    ours.prepare('UPDATE counter SET value = ?').run(value + 1);
  });
  increment();
  assert.equal(attempts, 2);
  assert.equal(sqliteBusyRetries() - before, 1);
  // Both increments count: the retry read the colleague's 10.
  assert.deepEqual(ours.prepare('SELECT value FROM counter').get(), { value: 11 });
  ours.close();
  theirs.close();
});

test('a transaction that keeps failing for another reason is not retried', () => {
  const sqlite = openDatabase(path.join(dir, 'plain.db')).sqlite;
  let attempts = 0;
  const failing = sqlite.transaction(() => {
    attempts += 1;
    throw new Error('not a lock');
  });
  assert.throws(() => failing(), /not a lock/);
  assert.equal(attempts, 1);
  sqlite.close();
});
