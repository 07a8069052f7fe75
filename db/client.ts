import 'server-only';

import { databasePath, openDatabase, type Connection, type Db } from './connection';

export type { Db } from './connection';

// Next bundles server code into several module graphs; keeping the connection on globalThis makes it one per
// process, as SQLite wants (one writer, WAL readers).
const globalForDb = globalThis as typeof globalThis & { __spalteDb?: Connection };

/** The process-wide Drizzle handle; opens the file and applies pending migrations on first use. */
export function getDb(): Db {
  const file = databasePath();
  const existing = globalForDb.__spalteDb;
  if (existing && existing.file === file) return existing.db;
  existing?.sqlite.close();
  const opened = openDatabase(file);
  globalForDb.__spalteDb = opened;
  return opened.db;
}

/** Closes the connection (tests and scripts). */
export function closeDb(): void {
  globalForDb.__spalteDb?.sqlite.close();
  delete globalForDb.__spalteDb;
}
