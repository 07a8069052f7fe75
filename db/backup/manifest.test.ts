import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import { pruneBackups } from './create-backup';
import { describeFile, listBackups, MANIFEST_FILE, newestBackupAt, readManifest, verifyBackup } from './manifest';

// The manifest's checks on small hand-made backup folders: what a restore refuses, and which folders count as backups.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'spalte-manifest-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

let folders = 0;

/** A backup folder with a database file and one upload, and a manifest that describes them truly. */
async function backupFolder(name = `spalte-${++folders}`, createdAt = '2026-12-01T03:00:00.000Z') {
  const dir = path.join(root, name);
  fs.mkdirSync(path.join(dir, 'uploads'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'spalte.db'), 'database bytes');
  fs.writeFileSync(path.join(dir, 'uploads', 'a.jpg'), 'image bytes');
  const manifest = {
    format: 1,
    createdAt,
    schemaVersion: '0017_audit_filters',
    tables: { articles: 2, media: 1 },
    files: [await describeFile(dir, 'spalte.db'), await describeFile(dir, 'uploads/a.jpg')],
  };
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest));
  return { dir, manifest };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (error: Error) => error,
  );
  assert.equal(error.name, 'UserError', error.stack);
  return error.message;
}

describe('verifying a backup', () => {
  it('accepts a folder whose files match its manifest', async () => {
    const { dir, manifest } = await backupFolder();
    assert.deepEqual(await verifyBackup(dir), manifest);
  });

  it('refuses a file whose bytes changed but whose size did not', async () => {
    const { dir } = await backupFolder();
    fs.writeFileSync(path.join(dir, 'uploads', 'a.jpg'), 'IMAGE bytes');
    assert.match(await refusal(verifyBackup(dir)), /uploads\/a\.jpg har en anden SHA-256/);
  });

  it('names every problem at once: a missing file and a changed size', async () => {
    const { dir } = await backupFolder();
    fs.rmSync(path.join(dir, 'uploads', 'a.jpg'));
    fs.appendFileSync(path.join(dir, 'spalte.db'), '!');
    const message = await refusal(verifyBackup(dir));
    assert.match(message, /uploads\/a\.jpg mangler/);
    assert.match(message, /spalte\.db har 15 bytes, manifestet siger 14/);
  });

  it('refuses a folder without a manifest, with broken JSON, of an unknown format or with a path outside it', async () => {
    const { dir, manifest } = await backupFolder();
    const write = (value: unknown) => fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(value));
    write({ ...manifest, format: 2 });
    assert.match(await refusal(readManifest(dir)), /format/);
    write({ ...manifest, files: [manifest.files[0], { ...manifest.files[1], path: 'uploads/../../etc/passwd' }] });
    assert.match(await refusal(readManifest(dir)), /leaves the backup folder/);
    write({ ...manifest, files: [manifest.files[1], manifest.files[0]] });
    assert.match(await refusal(readManifest(dir)), /nævner ikke databasen/);
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), '{"format": 1,');
    assert.match(await refusal(readManifest(dir)), /ikke gyldig JSON/);
    fs.rmSync(path.join(dir, MANIFEST_FILE));
    assert.match(await refusal(readManifest(dir)), /ikke en færdig sikkerhedskopi/);
  });
});

describe('the backups in a folder', () => {
  it('are the complete ones, oldest first; an unfinished folder or an empty one is none', async () => {
    const parent = path.join(root, 'many');
    assert.equal(await newestBackupAt(parent), null);
    await backupFolder('many/spalte-b', '2026-12-02T03:00:00.000Z');
    await backupFolder('many/spalte-a', '2026-12-03T03:00:00.000Z');
    await backupFolder('many/spalte-c', '2026-12-01T03:00:00.000Z');
    fs.mkdirSync(path.join(parent, '.spalte-unfinished-x'));
    fs.mkdirSync(path.join(parent, 'spalte-without-manifest'));
    assert.deepEqual(
      (await listBackups(parent)).map((backup) => path.basename(backup.dir)),
      ['spalte-c', 'spalte-b', 'spalte-a'],
    );
    assert.equal((await newestBackupAt(parent))?.toISOString(), '2026-12-03T03:00:00.000Z');
  });

  it('are pruned to the newest `keep`, leaving other folders alone', async () => {
    const parent = path.join(root, 'many');
    assert.deepEqual(
      (await pruneBackups(parent, 1)).map((dir) => path.basename(dir)),
      ['spalte-c', 'spalte-b'],
    );
    assert.deepEqual(fs.readdirSync(parent).sort(), ['.spalte-unfinished-x', 'spalte-a', 'spalte-without-manifest']);
  });
});
