import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import Database from 'better-sqlite3';

import { UserError } from '@/domain/errors';
import { databasePath, uploadDir } from '../connection';
import { referencedUploads, schemaVersion, tableCounts } from './inspect';
import {
  BACKUP_PREFIX,
  DATABASE_FILE,
  describeFile,
  listBackups,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  UPLOADS_FOLDER,
  type Manifest,
} from './manifest';

// A backup while the site serves and saves (docs/decisions/0020-backups.md):
//   1. the database first: a consistent snapshot with `VACUUM INTO` on a worker thread (snapshot-worker.cjs);
//   2. then the upload files. Files are only ever added under new names and old ones removed after the row that
//      stopped using them is committed, so every file the snapshot refers to existed when it was taken; a file
//      written since is copied or not, and is not referred to either way. The one race left is a file the snapshot
//      refers to that is removed before it is copied (an image's old crops after its focal point moved): then the
//      attempt starts over with a fresh snapshot, and after ATTEMPTS the backup fails, naming the files;
//   3. the manifest, and only then the temporary folder is renamed to `spalte-<time>`, so a backup that stopped
//      half-way never looks complete.

const ATTEMPTS = 3;
const PROGRESS_EVERY_MS = 250;

export type BackupProgress =
  | { phase: 'database'; pages: number; totalPages: number }
  | { phase: 'uploads'; files: number; totalFiles: number; bytes: number }
  | { phase: 'retry'; attempt: number; missing: string[] };

export type BackupResult = {
  dir: string;
  createdAt: Date;
  schemaVersion: string;
  articles: number;
  media: number;
  uploads: number;
  bytes: number;
  ms: number;
};

export async function createBackup({
  outDir,
  databaseFile = databasePath(),
  uploadsFrom = uploadDir(),
  onProgress = () => {},
}: {
  outDir: string;
  databaseFile?: string;
  uploadsFrom?: string;
  onProgress?: (progress: BackupProgress) => void;
}): Promise<BackupResult> {
  const started = Date.now();
  if (!(await fs.stat(databaseFile).catch(() => null))?.isFile())
    throw new UserError(`Der er ingen database at tage en sikkerhedskopi af: ${databaseFile} findes ikke.`);
  await fs.mkdir(outDir, { recursive: true });
  const work = await fs.mkdtemp(path.join(outDir, `.${BACKUP_PREFIX}unfinished-`));
  try {
    const copied = new Set<string>();
    let createdAt = new Date();
    let facts: ReturnType<typeof readFacts>;
    for (let attempt = 1; ; attempt++) {
      createdAt = new Date();
      const snapshot = path.join(work, DATABASE_FILE);
      await fs.rm(snapshot, { force: true });
      await snapshotDatabase(databaseFile, snapshot, onProgress);
      facts = readFacts(snapshot);
      await copyUploads(uploadsFrom, path.join(work, UPLOADS_FOLDER), copied, onProgress);
      const missing = facts.referenced.filter((file) => !copied.has(file));
      if (missing.length === 0) break;
      if (attempt === ATTEMPTS)
        throw new UserError(
          `Databasen henviser til ${missing.length} fil(er), som ikke findes i ${uploadsFrom} (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); ingen sikkerhedskopi blev skrevet.`,
        );
      onProgress({ phase: 'retry', attempt: attempt + 1, missing });
    }
    // One file at a time: an archive's thousands of uploads opened at once would run out of file handles.
    const files = [await describeFile(work, DATABASE_FILE)];
    for (const file of [...copied].sort()) files.push(await describeFile(work, `${UPLOADS_FOLDER}/${file}`));
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      createdAt: createdAt.toISOString(),
      schemaVersion: facts.schemaVersion,
      tables: facts.tables,
      files,
    };
    await writeDurably(path.join(work, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    const dir = await renameIntoPlace(work, outDir, createdAt);
    return {
      dir,
      createdAt,
      schemaVersion: facts.schemaVersion,
      articles: facts.tables.articles ?? 0,
      media: facts.tables.media ?? 0,
      uploads: copied.size,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      ms: Date.now() - started,
    };
  } catch (error) {
    await fs.rm(work, { recursive: true, force: true });
    throw error;
  }
}

/** Removes the oldest complete backups in `dir` beyond `keep`; returns the folders removed. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const backups = await listBackups(dir);
  const old = backups.slice(0, Math.max(0, backups.length - keep)).map((backup) => backup.dir);
  for (const folder of old) await fs.rm(folder, { recursive: true, force: true });
  return old;
}

function snapshotDatabase(source: string, target: string, onProgress: (progress: BackupProgress) => void) {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(
      path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'backup', 'snapshot-worker.cjs'),
      {
        workerData: { source, target },
      },
    );
    let size = { pageSize: 4096, pageCount: 0 }; // until the worker has read them
    const report = async () => {
      if (size.pageCount === 0) return;
      const written = (await fs.stat(target).catch(() => null))?.size ?? 0;
      onProgress({
        phase: 'database',
        pages: Math.min(size.pageCount, Math.floor(written / size.pageSize)),
        totalPages: size.pageCount,
      });
    };
    const timer = setInterval(() => void report(), PROGRESS_EVERY_MS);
    let done = false;
    worker.on('message', (message: { type: 'size'; pageSize: number; pageCount: number } | { type: 'done' }) => {
      if (message.type === 'size') size = message;
      else done = true;
    });
    worker.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    worker.on('exit', (code) => {
      clearInterval(timer);
      if (!done) return reject(new Error(`the snapshot worker stopped (exit code ${code})`));
      onProgress({ phase: 'database', pages: size.pageCount, totalPages: size.pageCount });
      resolve();
    });
  });
}

function readFacts(snapshot: string) {
  const sqlite = new Database(snapshot, { readonly: true, fileMustExist: true });
  try {
    return { schemaVersion: schemaVersion(sqlite), tables: tableCounts(sqlite), referenced: referencedUploads(sqlite) };
  } finally {
    sqlite.close();
  }
}

/**
 * Copies every upload file not copied yet (names are never reused for other content, so a file copied in an earlier
 * attempt is still right). Temporary files (".<name>.tmp", see server/media/store.ts) are skipped; a file removed
 * between listing and copying is skipped too, and the caller decides whether the snapshot needed it.
 */
async function copyUploads(
  from: string,
  to: string,
  copied: Set<string>,
  onProgress: (progress: BackupProgress) => void,
) {
  await fs.mkdir(to, { recursive: true });
  const entries = await fs
    .readdir(from, { recursive: true, withFileTypes: true })
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')) && !copied.has(file));
  let bytes = 0;
  let reported = 0;
  for (const [index, file] of files.entries()) {
    const target = path.join(to, file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      // A reflink where the file system offers one, a plain copy elsewhere.
      await fs.copyFile(path.join(from, file), target, fsConstants.COPYFILE_FICLONE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    copied.add(file);
    bytes += (await fs.stat(target)).size;
    if (Date.now() - reported > PROGRESS_EVERY_MS || index === files.length - 1) {
      reported = Date.now();
      onProgress({ phase: 'uploads', files: index + 1, totalFiles: files.length, bytes });
    }
  }
}

async function writeDurably(file: string, text: string) {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** `spalte-2026-12-01T10-15-00-000Z`: sorts by time, and has no colons (Windows and some tools dislike them). */
async function renameIntoPlace(work: string, outDir: string, createdAt: Date): Promise<string> {
  const name = `${BACKUP_PREFIX}${createdAt.toISOString().replace(/[:.]/g, '-')}`;
  for (let suffix = 0; ; suffix++) {
    const dir = path.join(outDir, suffix === 0 ? name : `${name}-${suffix}`);
    try {
      // rename() onto an existing empty folder would succeed on Linux; make sure the name is free first.
      await fs.mkdir(dir);
      await fs.rmdir(dir);
      await fs.rename(work, dir);
      return dir;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
