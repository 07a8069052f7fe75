import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { createArticle } from '@/db/queries/article-writes';
import { databasePath } from '@/db/connection';
import { editorTestDatabase, testArticleContent } from '@/db/test-database';
import { cropFiles } from '@/domain/media/crops';
import { createBackup, type BackupProgress, type BackupResult } from './create-backup';
import { referencedUploads, tableCounts } from './inspect';
import { readManifest, sha256File } from './manifest';
import { restoreBackup } from './restore-backup';

// A backup of the seeded demo site taken while articles are saved and an image's focal point moves, restored into
// a fresh place: the same rows, the same files, a sound database; and the refusals that protect a restore.

let userId: number;
let sectionId: number;
const { uploadDir } = editorTestDatabase('backup', (ids) => ({ userId, sectionId } = ids));

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'spalte-round-trip-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));
const place = (name: string) => ({
  databaseFile: path.join(scratch, name, 'spalte.db'),
  uploadsTo: path.join(scratch, name, 'uploads'),
});

const count = (file: string, table: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return tableCounts(sqlite)[table];
  } finally {
    sqlite.close();
  }
};

/**
 * What the media action does when a focal point moves (server/actions/media.ts): new crop files, the row, then the
 * old crops removed. Done right after the snapshot, it removes files the snapshot refers to before they are copied.
 */
function moveFocalPoint() {
  const image = getDb().get<{
    id: number;
    fileName: string;
    width: number;
    height: number;
    focalX: number;
    focalY: number;
  }>(
    sql`SELECT id, file_name AS fileName, width, height, focal_x AS focalX, focal_y AS focalY FROM media ORDER BY id LIMIT 1`,
  );
  const moved = { ...image, focalX: 0.2, focalY: 0.3 };
  const oldCrops = cropFiles(image).map((crop) => crop.fileName);
  cropFiles(moved).forEach((crop, index) =>
    fs.copyFileSync(path.join(uploadDir, oldCrops[index]!), path.join(uploadDir, crop.fileName)),
  );
  getDb().run(sql`UPDATE media SET focal_x = 0.2, focal_y = 0.3 WHERE id = ${image.id}`);
  for (const name of oldCrops) fs.rmSync(path.join(uploadDir, name));
  return { id: image.id, oldCrops };
}

describe('a backup while the newsroom saves, restored elsewhere', () => {
  let backup: BackupResult;
  const events: BackupProgress[] = [];
  let moved: ReturnType<typeof moveFocalPoint> | undefined;
  let articlesBefore: number;
  let articlesAfter: number;

  it('is consistent although articles were saved and crops removed while it ran', async () => {
    articlesBefore = count(databasePath(), 'articles')!;
    let saving = true;
    const saves = (async () => {
      while (saving) {
        createArticle(testArticleContent(sectionId), userId);
        await sleep(5);
      }
    })();
    backup = await createBackup({
      outDir: path.join(scratch, 'backups'),
      uploadsFrom: uploadDir,
      onProgress: (progress) => {
        events.push(progress);
        if (!moved && progress.phase === 'database' && progress.pages === progress.totalPages) moved = moveFocalPoint();
      },
    });
    saving = false;
    await saves;
    articlesAfter = count(databasePath(), 'articles')!;

    const retry = events.find((event) => event.phase === 'retry');
    assert.deepEqual(retry && retry.phase === 'retry' && retry.missing.sort(), [...moved!.oldCrops].sort());
    assert.ok(backup.articles >= articlesBefore && backup.articles <= articlesAfter);
    assert.ok(articlesAfter > articlesBefore, 'articles were saved while the backup ran');
    const manifest = await readManifest(backup.dir);
    const listed = new Set(manifest.files.map((file) => file.path));
    const snapshot = new Database(path.join(backup.dir, 'spalte.db'), { readonly: true });
    const referenced = referencedUploads(snapshot);
    const focal = snapshot.prepare('SELECT focal_x FROM media WHERE id = ?').pluck().get(moved!.id);
    snapshot.close();
    assert.equal(focal, 0.2, 'the retry took a fresh snapshot');
    assert.deepEqual(
      referenced.filter((file) => !listed.has(`uploads/${file}`)),
      [],
      'every file the snapshot refers to is in it',
    );
    assert.equal(manifest.tables.articles, backup.articles);
    assert.equal(manifest.schemaVersion, backup.schemaVersion);
    assert.match(manifest.schemaVersion, /^\d{4}_/);
  });

  it('restores to the same rows and files, and the database passes integrity_check', async () => {
    const target = place('restored');
    const result = await restoreBackup({ from: backup.dir, ...target });
    const manifest = await readManifest(backup.dir);
    assert.equal(result.articles, backup.articles);
    assert.equal(result.uploads, manifest.files.length - 1);
    assert.ok(!fs.existsSync(`${target.databaseFile}-wal`), 'no -wal beside the restored file');
    const sqlite = new Database(target.databaseFile, { readonly: true });
    assert.deepEqual(tableCounts(sqlite), manifest.tables);
    assert.deepEqual(sqlite.prepare('PRAGMA integrity_check').pluck().all(), ['ok']);
    sqlite.close();
    for (const file of manifest.files.slice(1)) {
      const restored = path.join(target.uploadsTo, file.path.slice('uploads/'.length));
      assert.equal(await sha256File(restored), file.sha256, file.path);
    }
  });

  it('refuses a target with content unless --force, and then keeps what it replaced beside it', async () => {
    const target = place('restored');
    await assert.rejects(restoreBackup({ from: backup.dir, ...target }), /allerede indhold.*--force/s);
    const result = await restoreBackup({ from: backup.dir, ...target, force: true });
    assert.equal(result.replaced.length, 2);
    assert.ok(result.replaced.every((file) => fs.existsSync(file)));
  });

  it('refuses the database a process has open, even with --force', async () => {
    await assert.rejects(
      restoreBackup({ from: backup.dir, databaseFile: databasePath(), uploadsTo: uploadDir, force: true }),
      /er i brug af en anden proces/,
    );
    assert.ok(count(databasePath(), 'articles')! >= articlesAfter);
  });

  it('refuses a backup with one changed file and touches nothing', async () => {
    const manifest = await readManifest(backup.dir);
    const victim = path.join(backup.dir, manifest.files.at(-1)!.path);
    const bytes = fs.readFileSync(victim);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    fs.writeFileSync(victim, bytes);
    const target = place('tampered');
    await assert.rejects(restoreBackup({ from: backup.dir, ...target }), /ikke intakt.*anden SHA-256/s);
    assert.ok(!fs.existsSync(path.dirname(target.databaseFile)));
  });
});
