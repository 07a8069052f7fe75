import 'server-only';

import { databasePath, openDatabase, type Connection, type Db } from './connection';

export type { Db } from './connection';

// Next bundles server code into several module graphs; keeping the connection on globalThis makes it one per
// process, as SQLite wants (one writer, WAL readers).
const globalForDb = globalThis as typeof globalThis & { __spalteDb?: Connection; __spalteOptimizedAt?: number };

/**
 * How often the long-lived connection lets SQLite refresh its query-planner statistics (PRAGMA optimize, as SQLite
 * recommends for long-lived connections: cheap when nothing changed much, bounded by analysis_limit when it did).
 */
const OPTIMIZE_EVERY_MS = 60 * 60 * 1000;

/** The process-wide Drizzle handle; opens the file and applies pending migrations on first use. */
export function getDb(): Db {
  const file = databasePath();
  const existing = globalForDb.__spalteDb;
  if (existing && existing.file === file) {
    if (Date.now() - (globalForDb.__spalteOptimizedAt ?? 0) > OPTIMIZE_EVERY_MS) {
      globalForDb.__spalteOptimizedAt = Date.now();
      existing.sqlite.pragma('optimize');
    }
    return existing.db;
  }
  existing?.sqlite.close();
  const opened = openDatabase(file);
  // Statistics for tables that have none yet (a fresh or restored file), sampled so it stays quick at any size.
  opened.sqlite.pragma('analysis_limit = 1000');
  opened.sqlite.pragma('optimize = 0x10002');
  globalForDb.__spalteDb = opened;
  globalForDb.__spalteOptimizedAt = Date.now();
  return opened.db;
}

/** Closes the connection (tests and scripts). */
export function closeDb(): void {
  globalForDb.__spalteDb?.sqlite.close();
  delete globalForDb.__spalteDb;
}
