import fs from 'node:fs';
import path from 'node:path';

// Next calls register() once per server process before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // The data cache (db/queries/cache.ts) is only correct for the process that invalidates it: this process is the
  // database's only writer, but while it was down the file may have been replaced, restored from a backup or
  // edited by a script. Next keeps that cache on disk across restarts, so start every process with it empty.
  fs.rmSync(path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'fetch-cache'), {
    recursive: true,
    force: true,
  });
  const { prepareDatabase } = await import('./db/prepare');
  await prepareDatabase();
}
