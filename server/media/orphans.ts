import fs from 'node:fs/promises';

import { openDatabase, uploadDir } from '@/db/connection';
import { storedMediaFiles } from '@/db/queries/media-files';
import { log } from '@/server/log';
import { removeFiles } from './store';

// Files a crash left in the upload directory. An upload writes its image and crops first and inserts the media row
// last, and a new focal point writes new crops before the row changes and removes the old ones after, so a row
// never lacks a file, but a process killed in between leaves files that no row names: a half-done upload's image
// and crops, the crops a focal-point change wrote or was about to remove, and temporary files mid-write
// (server/media/store.ts). The server sweeps them once at start, before it serves requests, when no upload of its
// own is under way; it is the only process that writes the directory while it runs (docs/operations/crash-safety.md).
//
// Only names the server itself writes are touched (the served pattern of app/medier/[file] and the temporary names).
// A crash leaves a few files per upload in flight; far more than that means the directory and the database do not
// belong together (DATABASE_PATH pointing at another file, an older backup restored without its uploads), and then
// nothing is removed: deleting the library's images would be worse than keeping strays.

const SERVER_NAME = /^[a-z0-9-]{1,64}\.(jpg|png|webp|avif)$/;
const TEMPORARY_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;
/** More unreferenced files than a crash can leave (a dozen uploads and focal-point changes in flight at once). */
export const MAX_CRASH_LEFTOVERS = 100;

export type Sweep = { remove: string[] } | { refused: number };

/** Which of `names` (the directory's entries) to remove, given the files the media rows need. */
export function planSweep(names: readonly string[], needed: ReadonlySet<string>): Sweep {
  const strays = names.filter((name) => (SERVER_NAME.test(name) || TEMPORARY_NAME.test(name)) && !needed.has(name));
  return strays.length > MAX_CRASH_LEFTOVERS ? { refused: strays.length } : { remove: strays.sort() };
}

export async function sweepOrphanUploads(dir: string = uploadDir()): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return; // No uploads yet.
  }
  const { db, sqlite } = openDatabase();
  let needed: Set<string>;
  try {
    needed = storedMediaFiles(db);
  } finally {
    sqlite.close();
  }
  const sweep = planSweep(names, needed);
  if ('refused' in sweep) {
    log.warn(
      'uploads.sweep-refused',
      { dir, unreferenced: sweep.refused },
      'more files belong to no media row than a crash leaves behind; nothing removed. Check that DATABASE_PATH and UPLOAD_DIR belong together',
    );
    return;
  }
  if (sweep.remove.length === 0) return;
  await removeFiles(dir, sweep.remove);
  log.info(
    'uploads.swept',
    { dir, removed: sweep.remove },
    'removed files an interrupted upload or image change left behind',
  );
}
