import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import Database from 'better-sqlite3';

// `npm run user:create` end to end: a real process on a fresh database file.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spalte-user-create-'));
const file = path.join(dir, 'test.db');

after(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[], password: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'user-create.ts'), ...args], {
    env: { ...process.env, DATABASE_PATH: file, SPALTE_PASSWORD: password },
    encoding: 'utf8',
  });
}

describe('user:create', () => {
  it('creates an account with an argon2id hash and never prints the password', () => {
    const password = 'hemmelig-adgangskode-42';
    const result = run(['--email', 'Anna@Spalte.dk', '--name', 'Anna Holm', '--role', 'editor'], password);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(!result.stdout.includes(password) && !result.stderr.includes(password));
    const db = new Database(file);
    const row = db.prepare('SELECT email, name, role, password_hash AS hash FROM users').get() as Record<
      string,
      string
    >;
    db.close();
    assert.equal(row.email, 'anna@spalte.dk');
    assert.equal(row.role, 'editor');
    assert.match(row.hash!, /^\$argon2id\$/);
    assert.ok(!row.hash!.includes(password));
  });

  it('refuses a duplicate e-mail, a short password and an unknown role with a Danish message', () => {
    assert.match(
      run(['--email', 'anna@spalte.dk', '--name', 'Anna', '--role', 'writer'], 'en-anden-lang-kode').stderr,
      /findes allerede/,
    );
    assert.match(
      run(['--email', 'bo@spalte.dk', '--name', 'Bo', '--role', 'writer'], 'kort').stderr,
      /mellem 12 og 256 tegn/,
    );
    assert.match(
      run(['--email', 'bo@spalte.dk', '--name', 'Bo', '--role', 'chef'], 'en-anden-lang-kode').stderr,
      /Ukendt rolle/,
    );
  });
});

describe('first start', () => {
  it('creates a demo admin, editor and writer, their passwords in a file only its owner reads, never in the log', async () => {
    const { verify } = await import('@node-rs/argon2');
    const fresh = path.join(dir, 'first.db');
    const seed = () =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'db-seed.ts')], {
        env: { ...process.env, DATABASE_PATH: fresh, UPLOAD_DIR: path.join(dir, 'uploads'), LOG_LEVEL: 'info' },
        encoding: 'utf8',
      });
    const result = seed();
    assert.equal(result.status, 0, result.stderr);
    const file = path.join(dir, 'demo-logins.txt');
    assert.equal(fs.statSync(file).mode & 0o077, 0);
    assert.match(result.stdout, /demo-logins\.txt/);
    const listed = [
      ...fs.readFileSync(file, 'utf8').matchAll(/^(admin|editor|writer)\s+(\S+@spalte\.local)\s+(\S+)$/gm),
    ];
    assert.deepEqual(
      listed.map((match) => match[1]),
      ['admin', 'editor', 'writer'],
    );
    const db = new Database(fresh);
    for (const [, role, email, password] of listed) {
      const row = db.prepare('SELECT role, password_hash AS hash FROM users WHERE email = ?').get(email) as {
        role: string;
        hash: string;
      };
      assert.equal(row.role, role);
      assert.equal(await verify(row.hash, password!), true);
      assert.doesNotMatch(result.stdout + result.stderr, new RegExp(password!));
    }
    db.close();
    // A second start creates no accounts.
    assert.doesNotMatch(seed().stdout, /demo newsroom accounts/);
  });
});
