// The database half of a backup, on a worker thread (started by db/backup/create-backup.ts): `VACUUM INTO` on a
// connection of its own writes a consistent snapshot, as of the moment its read transaction began, while the
// server's connection goes on writing (WAL: a reader never blocks the writer). It runs here rather than on the
// caller's thread because better-sqlite3 is synchronous and the copy of a large archive takes seconds; the caller
// follows its progress by the size of the file being written. Plain CommonJS with no TypeScript, so it starts the
// same in the server, in a script and in a test.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS worker */
const { parentPort, workerData } = require('node:worker_threads');

const Database = require('better-sqlite3');

const source = new Database(workerData.source, { fileMustExist: true });
try {
  source.pragma('busy_timeout = 5000');
  const { page_size: pageSize } = source.prepare('PRAGMA page_size').get();
  const { page_count: pageCount } = source.prepare('PRAGMA page_count').get();
  parentPort.postMessage({ type: 'size', pageSize, pageCount });
  source.prepare('VACUUM INTO ?').run(workerData.target);
  parentPort.postMessage({ type: 'done' });
} finally {
  source.close();
}
