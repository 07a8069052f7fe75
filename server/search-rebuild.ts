import path from 'node:path';
import { Worker } from 'node:worker_threads';

import { databasePath, openDatabase } from '@/db/connection';
import { searchIndexStatus } from '@/db/search-index';

// The background rebuild of the search index (started from instrumentation.ts when db/prepare.ts finds the index
// missing or incomplete). The work runs on a worker thread (db/search-rebuild-worker.cjs) with its own connection,
// so the site answers from the first second and no request waits for it, while search covers the archive newest
// first. Progress is kept in the database, so a restart goes on where the last run stopped.

const REPORT_EVERY_MS = 10_000;

type RebuildGlobal = typeof globalThis & { __spalteSearchRebuild?: Worker };
const store = globalThis as RebuildGlobal;

export function startSearchIndexRebuild(): void {
  if (store.__spalteSearchRebuild) return;
  const file = databasePath();
  const check = openDatabase(file);
  const { rebuilding } = searchIndexStatus(check.db);
  check.sqlite.close();
  if (!rebuilding) return;

  const started = Date.now();
  let indexed = 0;
  let reported = started;
  const worker = new Worker(path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'search-rebuild-worker.cjs'), {
    workerData: { file },
  });
  store.__spalteSearchRebuild = worker;
  worker.unref();
  worker.on(
    'message',
    (message: { type: 'progress'; indexed: number; done: boolean } | { type: 'retry'; message: string }) => {
      if (message.type === 'retry') {
        console.error(`Spalte: a search index rebuild step failed (${message.message}); retrying`);
        return;
      }
      indexed += message.indexed;
      if (message.done) {
        console.log(
          `Spalte: the search index is complete (${indexed} articles indexed in ${Math.round((Date.now() - started) / 1000)} s)`,
        );
      } else if (Date.now() - reported > REPORT_EVERY_MS) {
        reported = Date.now();
        console.log(`Spalte: rebuilding the search index, ${indexed} articles so far (newest first)`);
      }
    },
  );
  worker.on('error', (error) =>
    console.error('Spalte: the search index rebuild stopped; it goes on at the next start', error),
  );
  worker.on('exit', () => {
    store.__spalteSearchRebuild = undefined;
  });
}
