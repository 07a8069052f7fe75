import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

// `npm run backup` and `npm run restore` as an operator runs them: real processes, a freshly migrated database.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spalte-backup-cli-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const site = { DATABASE_PATH: path.join(dir, 'site', 'spalte.db'), UPLOAD_DIR: path.join(dir, 'site', 'uploads') };
const elsewhere = { DATABASE_PATH: path.join(dir, 'new', 'spalte.db'), UPLOAD_DIR: path.join(dir, 'new', 'uploads') };

function run(script: string, args: string[], env: Record<string, string> = site) {
  const result = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.join('scripts', script), ...args],
    { env: { ...process.env, ...env, LOG_FORMAT: 'json', LOG_LEVEL: 'info' }, encoding: 'utf8' },
  );
  // A refusal is a sentence, never a stack trace.
  assert.doesNotMatch(result.stderr, /^\s+at /m, result.stderr);
  return result;
}

describe('backup and restore on the command line', () => {
  it('refuse bad input with a Danish message and the usage line', () => {
    const missing = run('backup.ts', []);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /Angiv, hvor sikkerhedskopien skal ligge\.\nBrug: npm run backup -- --out <mappe>/);
    assert.match(run('backup.ts', ['--out', dir, '--fast']).stderr, /Ukendt tilvalg --fast\./);
    assert.match(run('backup.ts', ['--out']).stderr, /Tilvalget --out mangler sin værdi\./);
    assert.match(run('restore.ts', ['--from', path.join(dir, 'nowhere')]).stderr, /findes ikke eller er ikke en mappe/);
    const noDatabase = run('backup.ts', ['--out', path.join(dir, 'backups')]);
    assert.equal(noDatabase.status, 1);
    assert.match(noDatabase.stderr, /ingen database .* findes ikke/);
    assert.ok(!fs.existsSync(site.DATABASE_PATH));
  });

  it('take a backup and restore it on "another machine", saying what they did', () => {
    assert.equal(
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], { env: { ...process.env, ...site } })
        .status,
      0,
    );
    fs.mkdirSync(site.UPLOAD_DIR, { recursive: true });
    fs.writeFileSync(path.join(site.UPLOAD_DIR, 'logo.png'), 'not really a png');

    const backup = run('backup.ts', ['--out', path.join(dir, 'backups')]);
    assert.equal(backup.status, 0, backup.stderr);
    const written = /Sikkerhedskopi skrevet til (\S+)/.exec(backup.stdout)?.[1];
    assert.ok(written && fs.existsSync(path.join(written, 'manifest.json')), backup.stdout);
    assert.match(backup.stdout, /"event":"backup.finished"/);

    const restore = run('restore.ts', ['--from', written], elsewhere);
    assert.equal(restore.status, 0, restore.stderr);
    assert.match(restore.stdout, /0 artikler, 0 billeder, 1 filer/);
    assert.match(restore.stdout, /skemaversion \d{4}_\w+; PRAGMA integrity_check: ok/);
    assert.equal(fs.readFileSync(path.join(elsewhere.UPLOAD_DIR, 'logo.png'), 'utf8'), 'not really a png');

    const again = run('restore.ts', ['--from', written], elsewhere);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /har 1 filer\. Brug --force/);
  });
});
