import { openDatabase } from '@/db/connection';
import { rebuildSearchIndexStep, searchIndexStatus } from '@/db/search-index';

// The background rebuild of the search index (started from instrumentation.ts when db/prepare.ts finds the index
// missing or incomplete). It works in steps of STEP_MS on the server's own thread, with a pause after each so that
// requests waiting in between are served: no request waits for more than one step, and the site answers from the
// first second while search covers the archive newest first. Progress is kept in the database, so a restart goes on
// where the last run stopped. Its connection is its own, closed when the work is done.

const STEP_MS = 20;
const PAUSE_MS = 5;
const REPORT_EVERY_MS = 10_000;
/** Words already known to be in search_terms; forgotten past this many, to bound the memory it takes. */
const MAX_KNOWN_WORDS = 200_000;

type RebuildGlobal = typeof globalThis & { __spalteSearchRebuild?: boolean };
const store = globalThis as RebuildGlobal;

export function startSearchIndexRebuild(): void {
  if (store.__spalteSearchRebuild) return;
  const connection = openDatabase();
  if (!searchIndexStatus(connection.db).rebuilding) {
    connection.sqlite.close();
    return;
  }
  store.__spalteSearchRebuild = true;
  const knownWords = new Set<string>();
  const started = Date.now();
  let indexed = 0;
  let reported = started;
  const finish = () => {
    connection.sqlite.close();
    store.__spalteSearchRebuild = false;
  };
  const step = () => {
    try {
      if (knownWords.size > MAX_KNOWN_WORDS) knownWords.clear();
      const result = rebuildSearchIndexStep(connection.db, { budgetMs: STEP_MS, knownWords });
      indexed += result.indexed;
      if (result.done) {
        console.log(`Spalte: the search index is complete (${indexed} articles indexed in ${Math.round((Date.now() - started) / 1000)} s)`);
        finish();
        return;
      }
      if (Date.now() - reported > REPORT_EVERY_MS) {
        reported = Date.now();
        console.log(`Spalte: rebuilding the search index, ${indexed} articles so far (newest first)`);
      }
      setTimeout(step, PAUSE_MS).unref();
    } catch (error) {
      // A busy database or a failed step: the cursor is where the last good step left it; try again shortly.
      console.error('Spalte: a search index rebuild step failed; retrying', error);
      setTimeout(step, 1000).unref();
    }
  };
  setTimeout(step, 0).unref();
}
