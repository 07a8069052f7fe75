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
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.join(process.cwd(), 'db', 'migrations') });
  return { db, sqlite, file };
}
