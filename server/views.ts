import { addViews } from '@/db/queries/views';
import { ViewCounter } from './view-counter';

// The server's one view counter. Next bundles server code into several module graphs, so it lives on globalThis
// (as the database connection does), one per process.
//
// On a normal stop (SIGTERM or SIGINT, which scripts/start.mjs passes on) Next stops accepting connections,
// finishes the open requests and calls process.exit; the 'exit' event then writes the views still waiting in
// memory. 'exit' handlers must be synchronous, and the write is (better-sqlite3). A crash skips this and loses at
// most the last flush interval's views.
type ViewsGlobal = typeof globalThis & { __spalteViewCounter?: ViewCounter };
const store = globalThis as ViewsGlobal;

export function viewCounter(): ViewCounter {
  if (!store.__spalteViewCounter) {
    const counter = new ViewCounter({ write: addViews });
    process.once('exit', () => counter.flush());
    store.__spalteViewCounter = counter;
  }
  return store.__spalteViewCounter;
}
