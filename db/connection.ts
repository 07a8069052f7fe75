import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

import * as schema from './schema';

// Opening a database file is shared by the server (db/client.ts), start-up preparation (db/prepare.ts) and
// scripts; it has no `server-only` guard so instrumentation and CLI code can use it too.

export type Db = BetterSQLite3Database<typeof schema>;
export type Connection = { db: Db; sqlite: Database.Database; file: string };

export function databasePath(): string {
  // The paths are runtime configuration; keep the bundler from tracing the whole project through them.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? path.join('data', 'spalte.db'));
}

export function uploadDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR ?? path.join('data', 'uploads'));
}

export function openDatabase(file: string = databasePath()): Connection {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // better-sqlite3 leaves WAL databases at NORMAL; a newsroom must not lose a committed save on power loss.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // SQLite's LIKE and lower() fold ASCII letters only; the newsroom's searches fold Æ/Ø/Å too (see containsText).
  sqlite.function('fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  );
  retryBusyTransactions(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.join(process.cwd(), 'db', 'migrations') });
  return { db, sqlite, file };
}

/** How many times a write transaction found the database locked by another connection and was run again. */
const busy = globalThis as typeof globalThis & { __spalteSqliteBusyRetries?: number };

export function sqliteBusyRetries(): number {
  return busy.__spalteSqliteBusyRetries ?? 0;
}

/** Attempts per transaction: the first, and retries after another connection held the lock (busy_timeout each). */
const TRANSACTION_ATTEMPTS = 3;

/**
 * Runs every outermost transaction again when SQLite answers SQLITE_BUSY: the lock outlasted busy_timeout (another
 * process writing: a restore, a script, a second instance), or a deferred transaction that had read found a newer
 * snapshot when it came to write (SQLITE_BUSY_SNAPSHOT, which busy_timeout does not wait out). A transaction is a
 * synchronous function rolled back on error, so running it again is safe. Retries are counted for the metrics.
 */
function retryBusyTransactions(sqlite: Database.Database) {
  const native = sqlite.transaction.bind(sqlite);
  const retrying =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    (...args: A): R => {
      for (let attempt = 1; ; attempt++) {
        const outermost = !sqlite.inTransaction;
        try {
          return run(...args);
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          const isBusy = typeof code === 'string' && code.startsWith('SQLITE_BUSY');
          if (!isBusy || !outermost || attempt >= TRANSACTION_ATTEMPTS) throw error;
          busy.__spalteSqliteBusyRetries = sqliteBusyRetries() + 1;
        }
      }
    };
  sqlite.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const transaction = native(fn);
    return Object.assign(retrying(transaction), {
      default: retrying(transaction.default),
      deferred: retrying(transaction.deferred),
      immediate: retrying(transaction.immediate),
      exclusive: retrying(transaction.exclusive),
    });
  }) as typeof sqlite.transaction;
}
