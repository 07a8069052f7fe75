import path from 'node:path';
import { Worker } from 'node:worker_threads';

import { databasePath, openDatabase } from '@/db/connection';
import { searchIndexStatus } from '@/db/search-index';
import { log } from '@/server/log';

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
        log.warn('search-index.retry', { reason: message.message }, 'a search index rebuild step failed; retrying');
        return;
      }
      indexed += message.indexed;
      if (message.done) {
        log.info('search-index.complete', { indexed, seconds: Math.round((Date.now() - started) / 1000) });
      } else if (Date.now() - reported > REPORT_EVERY_MS) {
        reported = Date.now();
        log.info('search-index.progress', { indexed }, 'rebuilding the search index, newest first');
      }
    },
  );
  worker.on('error', (error) =>
    log.error('search-index.stopped', { err: error }, 'the search index rebuild stopped; it goes on at the next start'),
  );
  worker.on('exit', () => {
    store.__spalteSearchRebuild = undefined;
  });
}
