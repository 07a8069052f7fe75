import fs from 'node:fs';

import Database from 'better-sqlite3';

import { cropFiles } from '../../domain/media/crops';
import type { EditedRecord, WriteLedger } from './write-ledger';

// Reads what a killed server left on disk and lists every way it falls short of what was acknowledged. The database
// is opened read-write, as the restarted server would open it: after a crash the first connection may have to
// rebuild the WAL index, which a read-only one cannot always do. Nothing is written.

export function openStored(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** SQLite's own checks of the file: pages, indexes and every foreign key. */
export function structuralProblems(db: Database.Database): string[] {
  const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  const problems = integrity.filter((row) => row.integrity_check !== 'ok').map((row) => row.integrity_check);
  const foreignKeys = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  problems.push(...foreignKeys.map((row) => `${row.table} row ${row.rowid} points to a missing ${row.parent} row`));
  return problems;
}

/**
 * Every acknowledged write, present: articles and jobs at their last acknowledged version (or at the one in flight,
 * which may have committed unanswered), every acknowledged article version in the revision history, every
 * acknowledged upload, and at least the views the counter guarantees.
 */
export function missingWrites(
  db: Database.Database,
  ledger: WriteLedger,
  views: { articleId: number; before: number; flushIntervalMs: number },
): string[] {
  const problems: string[] = [];

  const article = db.prepare('SELECT title, version FROM articles WHERE id = ?');
  const revision = db.prepare('SELECT snapshot FROM revisions WHERE article_id = ? AND version = ?');
  for (const record of ledger.articles) {
    const stored = article.get(record.id) as { title: string; version: number } | undefined;
    problems.push(...editProblems(`article ${record.id}`, record, stored));
    for (const [version, title] of record.acknowledged) {
      const row = revision.get(record.id, version) as { snapshot: string } | undefined;
      const snapshotTitle = row ? (JSON.parse(row.snapshot) as { title?: string }).title : undefined;
      if (snapshotTitle !== title) {
        problems.push(`article ${record.id}: revision ${version} is ${JSON.stringify(snapshotTitle)}, not "${title}"`);
      }
    }
  }

  const job = db.prepare('SELECT title FROM jobs WHERE id = ?');
  for (const record of ledger.jobs) {
    const stored = job.get(record.id) as { title: string } | undefined;
    // A job has no version column: its title says which update it carries.
    const version = [...record.acknowledged].find(([, title]) => title === stored?.title)?.[0];
    problems.push(
      ...editProblems(`job ${record.id}`, record, stored && { title: stored.title, version: version ?? 0 }),
    );
  }

  const upload = db.prepare('SELECT file_name AS fileName FROM media WHERE id = ?');
  for (const { id, fileName } of ledger.uploads) {
    const stored = upload.get(id) as { fileName: string } | undefined;
    if (stored?.fileName !== fileName) problems.push(`upload ${id} (${fileName}) is ${stored?.fileName ?? 'missing'}`);
  }

  const { n: stored } = db
    .prepare('SELECT coalesce(sum(count), 0) AS n FROM page_views WHERE article_id = ?')
    .get(views.articleId) as { n: number };
  const guaranteed = views.before + ledger.guaranteedViews(views.flushIntervalMs);
  const possible = views.before + ledger.beaconsSent;
  if (stored < guaranteed) problems.push(`${stored} views stored, ${guaranteed} guaranteed`);
  if (stored > possible) problems.push(`${stored} views stored, but only ${possible} could have been counted`);
  return problems;
}

/**
 * A record edited in sequence is at its last acknowledged version with that version's title, or one version on
 * with the title that was in flight.
 */
function editProblems(
  what: string,
  record: EditedRecord,
  stored: { title: string; version: number } | undefined,
): string[] {
  if (!stored) return [`${what} is missing`];
  const last = Math.max(...record.acknowledged.keys());
  if (stored.version === last && stored.title === record.acknowledged.get(last)) return [];
  if (record.inFlight !== null && stored.title === record.inFlight) return [];
  return [`${what} is "${stored.title}" (version ${stored.version}), not "${record.acknowledged.get(last)}"`];
}

/** The files the media rows name (each image and its crops) against the files in the upload directory. */
export function uploadFileProblems(db: Database.Database, uploadDir: string): { missing: string[]; orphans: string[] } {
  const rows = db
    .prepare('SELECT file_name AS fileName, width, height, focal_x AS focalX, focal_y AS focalY FROM media')
    .all() as { fileName: string; width: number; height: number; focalX: number; focalY: number }[];
  const expected = new Set(rows.flatMap((row) => [row.fileName, ...cropFiles(row).map((crop) => crop.fileName)]));
  const present = new Set(fs.existsSync(uploadDir) ? fs.readdirSync(uploadDir) : []);
  return {
    missing: [...expected].filter((name) => !present.has(name)).sort(),
    orphans: [...present].filter((name) => !expected.has(name)).sort(),
  };
}
