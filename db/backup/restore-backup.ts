import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

import Database from 'better-sqlite3';

import { UserError } from '@/domain/errors';
import { databasePath, openDatabase, uploadDir } from '../connection';
import { referencedUploads, schemaVersion, tableCounts } from './inspect';
import { DATABASE_FILE, UPLOADS_FOLDER, verifyBackup } from './manifest';

// Putting a backup back (docs/operations/backup-and-restore.md). Nothing at the target is touched until the backup
// has proved whole (every checksum), the target is known to be free (no process has the database open) and empty
// (or --force), and the restored database has passed `PRAGMA integrity_check` and the migrations in a file next to
// the target. Only then are the uploads and the database renamed into place; with --force, what they replace is kept
// beside them as `<name>.before-restore-<time>`.

export type RestoreResult = {
  createdAt: Date;
  schemaVersion: string;
  /** The schema version after the migrations this code brings (later than the backup's when it is newer). */
  migratedTo: string;
  articles: number;
  media: number;
  uploads: number;
  replaced: string[];
};

export async function restoreBackup({
  from,
  databaseFile = databasePath(),
  uploadsTo = uploadDir(),
  force = false,
}: {
  from: string;
  databaseFile?: string;
  uploadsTo?: string;
  force?: boolean;
}): Promise<RestoreResult> {
  if (!(await fs.stat(from).catch(() => null))?.isDirectory())
    throw new UserError(`Sikkerhedskopien ${from} findes ikke eller er ikke en mappe.`);
  const manifest = await verifyBackup(from);
  assertDatabaseFree(databaseFile);
  if (!force) await assertTargetEmpty(databaseFile, uploadsTo);

  const stamp = randomBytes(4).toString('hex');
  const stagedDatabase = `${databaseFile}.restore-${stamp}.tmp`;
  const stagedUploads = `${uploadsTo}.restore-${stamp}.tmp`;
  try {
    await fs.mkdir(path.dirname(databaseFile), { recursive: true });
    await fs.copyFile(path.join(from, DATABASE_FILE), stagedDatabase);
    checkIntegrity(stagedDatabase);
    // The migrations the server would apply when it starts, applied here so a backup from an older release comes
    // back at this release's schema, and a migration that fails does so before anything was replaced.
    const staged = openDatabase(stagedDatabase);
    const migratedTo = schemaVersion(staged.sqlite);
    const referenced = referencedUploads(staged.sqlite);
    staged.sqlite.close();

    const uploads = manifest.files.filter((file) => file.path.startsWith(`${UPLOADS_FOLDER}/`));
    const listed = new Set(uploads.map((file) => file.path.slice(UPLOADS_FOLDER.length + 1)));
    const missing = referenced.filter((file) => !listed.has(file));
    if (missing.length > 0)
      throw new UserError(
        `Databasen i sikkerhedskopien henviser til ${missing.length} fil(er), som sikkerhedskopien ikke har (${missing.slice(0, 5).join(', ')}).`,
      );
    await fs.mkdir(stagedUploads, { recursive: true });
    for (const file of uploads) {
      const target = path.join(stagedUploads, file.path.slice(UPLOADS_FOLDER.length + 1));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.copyFile(path.join(from, file.path), target);
    }

    // Checked again right before the swap: a server started while the files were staged would now hold the file.
    assertDatabaseFree(databaseFile);
    const replaced: string[] = [];
    const aside = `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    if (existsSync(uploadsTo)) {
      await fs.rename(uploadsTo, `${uploadsTo}.${aside}`);
      replaced.push(`${uploadsTo}.${aside}`);
    }
    await fs.rename(stagedUploads, uploadsTo);
    if (existsSync(databaseFile)) {
      await fs.rename(databaseFile, `${databaseFile}.${aside}`);
      replaced.push(`${databaseFile}.${aside}`);
    }
    // A -wal or -shm left by the old file would be read as the new file's: SQLite matches them by name only.
    await fs.rm(`${databaseFile}-wal`, { force: true });
    await fs.rm(`${databaseFile}-shm`, { force: true });
    await fs.rename(stagedDatabase, databaseFile);

    const tables = manifest.tables;
    return {
      createdAt: new Date(manifest.createdAt),
      schemaVersion: manifest.schemaVersion,
      migratedTo,
      articles: tables.articles ?? 0,
      media: tables.media ?? 0,
      uploads: uploads.length,
      replaced,
    };
  } finally {
    await fs.rm(stagedDatabase, { force: true });
    await fs.rm(`${stagedDatabase}-wal`, { force: true });
    await fs.rm(`${stagedDatabase}-shm`, { force: true });
    await fs.rm(stagedUploads, { recursive: true, force: true });
  }
}

/**
 * Refuses when any process has the database open. Every SQLite connection in WAL mode holds a shared lock on the
 * file for as long as it is open, and the operating system drops it when the process dies, so an exclusive lock that
 * cannot be had right away means a live reader or writer: the server (which opens its connection at start-up and keeps
 * it), a script, a `sqlite3` shell. Unlike a pid file it cannot go stale after a crash. Taking the lock also
 * checkpoints and removes a -wal that a process which crashed left behind.
 */
export function assertDatabaseFree(file: string): void {
  if (!existsSync(file)) return;
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { fileMustExist: true, timeout: 0 });
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('BEGIN EXCLUSIVE');
    sqlite.exec('COMMIT');
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY')
      throw new UserError(
        `Databasen ${file} er i brug af en anden proces (kører serveren?). Stop den, og prøv igen; en database i brug overskrives aldrig, heller ikke med --force.`,
      );
    throw new UserError(`Databasen ${file} kan ikke åbnes (${(error as Error).message}).`);
  } finally {
    sqlite?.close();
  }
}

/** Refuses a target that already holds articles, accounts, media or upload files: that needs --force. */
async function assertTargetEmpty(databaseFile: string, uploadsTo: string): Promise<void> {
  const content: string[] = [];
  if (existsSync(databaseFile)) {
    const sqlite = new Database(databaseFile, { readonly: true, fileMustExist: true });
    try {
      const rows = Object.entries(tableCounts(sqlite))
        .filter(([name]) => name !== '__drizzle_migrations')
        .reduce((sum, [, count]) => sum + count, 0);
      if (rows > 0) content.push(`databasen ${databaseFile} har ${rows} rækker`);
    } finally {
      sqlite.close();
    }
  }
  const files = await fs.readdir(uploadsTo).catch(() => []);
  if (files.length > 0) content.push(`${uploadsTo} har ${files.length} filer`);
  if (content.length > 0)
    throw new UserError(
      `Der er allerede indhold, som en gendannelse ville erstatte: ${content.join(' og ')}. Brug --force for at erstatte det (det gamle gemmes ved siden af som *.before-restore-<tid>).`,
    );
}

function checkIntegrity(file: string): void {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    const result = sqlite.prepare('PRAGMA integrity_check').pluck().all() as string[];
    if (result.join() !== 'ok')
      throw new UserError(
        `Databasen i sikkerhedskopien fejler PRAGMA integrity_check: ${result.slice(0, 5).join('; ')}`,
      );
  } finally {
    sqlite.close();
  }
}
