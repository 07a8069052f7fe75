import fs from 'node:fs';
import path from 'node:path';

import type Database from 'better-sqlite3';

import { cropFiles } from '@/domain/media/crops';

// What a backup and a restore need to know about a database file, read with plain SQL so it works on a snapshot
// opened read-only, without migrations or the app's connection settings.

/** The tag of the last migration applied to the file ("0017_audit_filters"), as Drizzle's journal names it. */
export function schemaVersion(sqlite: Database.Database): string {
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!hasTable) return 'none';
  const last = sqlite
    .prepare('SELECT created_at AS at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1')
    .get() as { at: number } | undefined;
  if (!last) return 'none';
  const journal = JSON.parse(
    fs.readFileSync(
      path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations', 'meta', '_journal.json'),
      'utf8',
    ),
  ) as { entries: { when: number; tag: string }[] };
  // A database from a newer release than this code has a migration the journal does not know; say so by its time.
  return journal.entries.find((entry) => entry.when === Number(last.at))?.tag ?? `unknown (${last.at})`;
}

/** Rows per table, every table (FTS shadow tables and Drizzle's migration log included), by name. */
export function tableCounts(sqlite: Database.Database): Record<string, number> {
  const names = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names.map((name) => [
      name,
      sqlite
        .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

/**
 * The upload files the database refers to: every image and its crops. An upload's files are written before its row
 * and an image's old crops are removed after the row that replaced them is committed (server/actions/media.ts), so
 * these are exactly the files a snapshot of the database needs.
 */
export function referencedUploads(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare('SELECT file_name AS fileName, width, height, focal_x AS focalX, focal_y AS focalY FROM media')
    .all() as { fileName: string; width: number; height: number; focalX: number; focalY: number }[];
  return rows.flatMap((image) => [image.fileName, ...cropFiles(image).map((crop) => crop.fileName)]);
}
