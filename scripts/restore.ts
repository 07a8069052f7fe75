// npm run restore -- --from /srv/backups/spalte-2026-12-01T03-00-00-000Z [--force]
//
// Puts a backup back into DATABASE_PATH and UPLOAD_DIR (db/backup/restore-backup.ts): refuses a backup whose files
// do not match its manifest, a database some process has open (stop the server first), and a target that already has
// content unless --force. The restore drill: docs/operations/backup-and-restore.md.
import path from 'node:path';

import { listBackups } from '../db/backup/manifest';
import { restoreBackup } from '../db/backup/restore-backup';
import { databasePath, uploadDir } from '../db/connection';
import { UserError } from '../domain/errors';
import { fail, parseOptions } from './cli-args';
import { logger } from './log.cjs';

const USAGE = 'Brug: npm run restore -- --from <mappe med manifest.json> [--force]';

const values = parseOptions({ from: { type: 'string' }, force: { type: 'boolean' } }, USAGE);
if (!values.from) fail(`Angiv, hvilken sikkerhedskopi der skal gendannes.\n${USAGE}`);

async function main() {
  const from = path.resolve(values.from!);
  try {
    const result = await restoreBackup({ from, force: values.force });
    logger().info({
      event: 'restore.finished',
      from,
      database: databasePath(),
      articles: result.articles,
      media: result.media,
      uploads: result.uploads,
      schemaVersion: result.schemaVersion,
      migratedTo: result.migratedTo,
    });
    console.log(
      [
        `Gendannede sikkerhedskopien fra ${result.createdAt.toISOString()} til ${databasePath()} og ${uploadDir()}:`,
        `  ${result.articles} artikler, ${result.media} billeder, ${result.uploads} filer`,
        `  skemaversion ${result.schemaVersion}${result.migratedTo !== result.schemaVersion ? `, migreret til ${result.migratedTo}` : ''}; PRAGMA integrity_check: ok`,
        ...result.replaced.map((file) => `  Det tidligere indhold ligger i ${file}`),
      ].join('\n'),
    );
  } catch (error) {
    if (error instanceof UserError) {
      logger().warn({ event: 'restore.refused', from, reason: error.message });
      // Pointing at a folder of backups instead of one of them is the likely slip; name the newest.
      const newest = (await listBackups(from)).at(-1);
      fail(newest ? `${error.message}\nDen nyeste sikkerhedskopi i mappen er ${newest.dir}` : error.message);
    }
    logger().error({ event: 'restore.failed', from, err: error });
    fail(`Gendannelsen mislykkedes: ${(error as Error).message}`);
  }
}

void main();
