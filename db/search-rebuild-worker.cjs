// The search index's rebuild, on a worker thread of the server (started by server/search-rebuild.ts): its own
// connection, steps of STEP_MS each in their own transaction, progress posted to the server thread. Off the server's
// thread, the index's own work (Markdown to text, FTS5's segment merges on commit) never holds a reader's request;
// the short transactions and the pause between them let the server's own writes (a save, a view) through.
//
// The data layer is TypeScript; tsx (a dependency) compiles it here as it does for the project's scripts. CommonJS,
// because tsx's require hook is the one that takes effect inside a worker thread on Node 20.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS worker that loads TypeScript through tsx */
const os = require('node:os');
const { setTimeout: sleep } = require('node:timers/promises');
const { parentPort, workerData } = require('node:worker_threads');

require('tsx/cjs/api').register();

const { openDatabase } = require('./connection.ts');
const { rebuildSearchIndexStep } = require('./search-index.ts');

const STEP_MS = 25;
const PAUSE_MS = 5;
/** Words already known to be in search_terms; forgotten past this many, to bound the memory it takes. */
const MAX_KNOWN_WORDS = 200_000;

async function rebuild() {
  // Below the server's own thread in the CPU's queue (on Linux the priority is per thread): on two cores the rebuild
  // must not take the time a reader's request needs.
  try {
    os.setPriority(os.constants.priority.PRIORITY_LOW);
  } catch {
    // Not permitted here; the rebuild still runs, at the normal priority.
  }
  const connection = openDatabase(workerData.file);
  // The index can always be rebuilt again, so its steps need not wait for the disk on every commit: in WAL mode
  // NORMAL loses at most the last steps on a power cut, never consistency (the cursor rolls back with them).
  connection.sqlite.pragma('synchronous = NORMAL');
  const knownWords = new Set();
  try {
    for (;;) {
      if (knownWords.size > MAX_KNOWN_WORDS) knownWords.clear();
      let result;
      try {
        result = rebuildSearchIndexStep(connection.db, { budgetMs: STEP_MS, knownWords });
      } catch (error) {
        // A busy database or a failed step: the cursor is where the last good step left it; try again shortly.
        parentPort.postMessage({ type: 'retry', message: String(error && error.message ? error.message : error) });
        await sleep(1000);
        continue;
      }
      parentPort.postMessage({ type: 'progress', indexed: result.indexed, done: result.done });
      if (result.done) return;
      await sleep(PAUSE_MS);
    }
  } finally {
    connection.sqlite.close();
  }
}

rebuild().catch((error) => {
  parentPort.postMessage({ type: 'retry', message: String(error && error.message ? error.message : error) });
  process.exitCode = 1;
});
