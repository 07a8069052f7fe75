// npm run backup -- --out /srv/backups
//
// Takes a backup of DATABASE_PATH and UPLOAD_DIR into a new folder `spalte-<time>` inside --out, while the server
// goes on serving and saving (db/backup/create-backup.ts). Progress goes to stderr (one updating line on a terminal,
// a line every few seconds otherwise), the result to stdout, and the events backup.started / backup.finished /
// backup.failed to the project's logger. How to restore: docs/operations/backup-and-restore.md.
import path from 'node:path';

import { createBackup, type BackupProgress } from '../db/backup/create-backup';
import { UserError } from '../domain/errors';
import { fail, parseOptions } from './cli-args';
import { logger } from './log.cjs';

const USAGE = 'Brug: npm run backup -- --out <mappe>';

const values = parseOptions({ out: { type: 'string' } }, USAGE);
if (!values.out) fail(`Angiv, hvor sikkerhedskopien skal ligge.\n${USAGE}`);

const NON_TTY_EVERY_MS = 5_000;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function progressPrinter() {
  const tty = Boolean(process.stderr.isTTY);
  let last = 0;
  return (progress: BackupProgress) => {
    if (progress.phase === 'retry') {
      console.error(
        `\n${progress.missing.length} fil(er) blev slettet under kopieringen; tager et nyt øjebliksbillede (forsøg ${progress.attempt}).`,
      );
      return;
    }
    const line =
      progress.phase === 'database'
        ? `Database: ${progress.pages} af ${progress.totalPages} sider`
        : `Uploads: ${progress.files} af ${progress.totalFiles} filer (${megabytes(progress.bytes)})`;
    if (tty) process.stderr.write(`\r${line}\u001b[K`);
    else if (Date.now() - last > NON_TTY_EVERY_MS) {
      last = Date.now();
      console.error(line);
    }
  };
}

// No top-level await: tsx runs this file as CommonJS (the package is not "type": "module").
async function main() {
  const outDir = path.resolve(values.out!);
  logger().info({ event: 'backup.started', dir: outDir, automatic: false });
  try {
    const result = await createBackup({ outDir, onProgress: progressPrinter() });
    if (process.stderr.isTTY) process.stderr.write('\n');
    logger().info({ event: 'backup.finished', ...result, automatic: false });
    console.log(
      [
        `Sikkerhedskopi skrevet til ${result.dir}`,
        `  ${result.articles} artikler, ${result.media} billeder, ${result.uploads} filer, ${megabytes(result.bytes)} i alt`,
        `  skemaversion ${result.schemaVersion}, taget ${result.createdAt.toISOString()}, ${(result.ms / 1000).toFixed(1)} s`,
      ].join('\n'),
    );
  } catch (error) {
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (error instanceof UserError) {
      logger().error({ event: 'backup.failed', dir: outDir, reason: error.message, automatic: false });
      fail(error.message);
    }
    logger().error({ event: 'backup.failed', dir: outDir, err: error, automatic: false });
    fail(`Sikkerhedskopien mislykkedes: ${(error as Error).message}`);
  }
}

void main();
