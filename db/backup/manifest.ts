import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

import { z } from 'zod';

import { UserError } from '@/domain/errors';

// A backup is a folder `spalte-<time>/` holding `spalte.db` (a consistent snapshot), `uploads/` (the upload files)
// and `manifest.json`, written last (see create-backup.ts). The manifest says what the backup holds and lets a
// restore prove, before it touches anything, that every file is there and unchanged. Its shape is checked on read,
// because a backup may have travelled and been edited on the way.

export const MANIFEST_FILE = 'manifest.json';
export const DATABASE_FILE = 'spalte.db';
export const UPLOADS_FOLDER = 'uploads';
export const BACKUP_PREFIX = 'spalte-';
/** Bumped when the layout of a backup changes; a restore refuses formats it does not know. */
export const MANIFEST_FORMAT = 1;

/** A path inside the backup folder: relative, forward slashes, never leaving the folder. */
const InsidePath = z
  .string()
  .min(1)
  .refine((value) => !value.startsWith('/') && !value.includes('\\') && !value.split('/').includes('..'), {
    message: 'path leaves the backup folder',
  });

const BackupFile = z.object({
  path: InsidePath,
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupFile = z.infer<typeof BackupFile>;

const Manifest = z.object({
  format: z.literal(MANIFEST_FORMAT),
  createdAt: z.iso.datetime(),
  /** The last applied migration (db/migrations/meta/_journal.json's tag), e.g. "0017_audit_filters". */
  schemaVersion: z.string().min(1),
  /** Rows per table in the snapshot. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
  /** The database first, then every upload, with sizes and SHA-256. */
  files: z.array(BackupFile).min(1),
});
export type Manifest = z.infer<typeof Manifest>;

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function describeFile(root: string, relative: string): Promise<BackupFile> {
  const file = path.join(root, relative);
  const { size } = await fs.stat(file);
  return { path: relative, bytes: size, sha256: await sha256File(file) };
}

/** The folder's manifest, or a refusal saying why there is none that can be trusted. */
export async function readManifest(dir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    throw new UserError(`${dir} er ikke en færdig sikkerhedskopi: ${MANIFEST_FILE} mangler.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UserError(`${path.join(dir, MANIFEST_FILE)} er ikke gyldig JSON.`);
  }
  const result = Manifest.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(
      `${path.join(dir, MANIFEST_FILE)} kan ikke bruges (${issue.path.join('.') || 'manifest'}: ${issue.message}).`,
    );
  }
  if (result.data.files[0]!.path !== DATABASE_FILE)
    throw new UserError(`${path.join(dir, MANIFEST_FILE)} nævner ikke databasen ${DATABASE_FILE} først.`);
  return result.data;
}

/**
 * Reads the manifest and checks every file it lists (present, same size, same SHA-256); refuses with every problem
 * named, so one run tells the operator all that is wrong with a backup.
 */
export async function verifyBackup(dir: string): Promise<Manifest> {
  const manifest = await readManifest(dir);
  const problems: string[] = [];
  for (const file of manifest.files) {
    const full = path.join(dir, file.path);
    const stat = await fs.stat(full).catch(() => null);
    if (!stat?.isFile()) problems.push(`${file.path} mangler`);
    else if (stat.size !== file.bytes)
      problems.push(`${file.path} har ${stat.size} bytes, manifestet siger ${file.bytes}`);
    else if ((await sha256File(full)) !== file.sha256)
      problems.push(`${file.path} har en anden SHA-256 end manifestet`);
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map((problem) => `  ${problem}`);
    if (problems.length > shown.length) shown.push(`  … og ${problems.length - shown.length} til`);
    throw new UserError(`Sikkerhedskopien i ${dir} er ikke intakt:\n${shown.join('\n')}`);
  }
  return manifest;
}

/** The complete backups in `dir` (those with a readable manifest), oldest first. */
export async function listBackups(dir: string): Promise<{ dir: string; createdAt: Date }[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const backups: { dir: string; createdAt: Date }[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith(BACKUP_PREFIX)) continue;
    const full = path.join(dir, entry.name);
    const manifest = await readManifest(full).catch(() => null);
    if (manifest) backups.push({ dir: full, createdAt: new Date(manifest.createdAt) });
  }
  return backups.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** When the newest complete backup in `dir` was taken, or null when there is none (for the metrics' backup age). */
export async function newestBackupAt(dir: string): Promise<Date | null> {
  return (await listBackups(dir)).at(-1)?.createdAt ?? null;
}
