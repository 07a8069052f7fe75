import { createBackup, pruneBackups } from '@/db/backup/create-backup';
import { newestBackupAt } from '@/db/backup/manifest';
import { UserError } from '@/domain/errors';
import { log } from '@/server/log';

// Automatic backups in the server process (started from instrumentation.ts), off unless BACKUP_DIR and
// BACKUP_INTERVAL_HOURS are set. The next backup is due one interval after the newest one in BACKUP_DIR, not after
// the start, so a server restarted more often than the interval still takes them; after each one the oldest beyond
// BACKUP_KEEP are removed. One at a time: the next is planned only when the last has finished. The database is copied
// on a worker thread and the files with asynchronous I/O, so requests are served throughout.

const HOUR_MS = 60 * 60 * 1000;
/** Not in the first minute: start-up (migrations, the first requests) comes first. */
const FIRST_RUN_MS = 60_000;
/** setTimeout's longest delay (about 24.8 days); a later time is reached in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;
const DEFAULT_KEEP = 7;

type ScheduleGlobal = typeof globalThis & { __spalteBackupStarted?: boolean; __spalteBackupTimer?: NodeJS.Timeout };
const store = globalThis as ScheduleGlobal;

export type BackupSchedule = { dir: string; intervalMs: number; keep: number };

/** The schedule the environment asks for, null when automatic backups are off; a bad value is an error. */
export function backupSchedule(env: Record<string, string | undefined> = process.env): BackupSchedule | null {
  const hours = env.BACKUP_INTERVAL_HOURS?.trim();
  if (!hours || hours === '0') return null;
  const intervalHours = Number(hours);
  if (!Number.isFinite(intervalHours) || intervalHours <= 0)
    throw new Error(`BACKUP_INTERVAL_HOURS must be a positive number of hours, not "${hours}"`);
  const dir = env.BACKUP_DIR?.trim();
  if (!dir) throw new Error('BACKUP_INTERVAL_HOURS is set but BACKUP_DIR is not');
  const keep = env.BACKUP_KEEP?.trim() ? Number(env.BACKUP_KEEP) : DEFAULT_KEEP;
  if (!Number.isInteger(keep) || keep < 1)
    throw new Error(`BACKUP_KEEP must be a whole number of backups, 1 or more, not "${env.BACKUP_KEEP}"`);
  return { dir, intervalMs: intervalHours * HOUR_MS, keep };
}

export function startBackupSchedule(): void {
  if (store.__spalteBackupStarted) return;
  store.__spalteBackupStarted = true;
  let schedule: BackupSchedule | null;
  try {
    schedule = backupSchedule();
  } catch (err) {
    log.error('backup.config', { err }, 'automatic backups are off');
    return;
  }
  if (!schedule) return;
  const { dir, intervalMs, keep } = schedule;

  const planAt = (due: number) => {
    const delay = Math.max(0, due - Date.now());
    store.__spalteBackupTimer = setTimeout(
      () => (delay > MAX_DELAY_MS ? planAt(due) : void run()),
      Math.min(delay, MAX_DELAY_MS),
    );
    store.__spalteBackupTimer.unref();
  };
  const run = async () => {
    try {
      log.info('backup.started', { dir, automatic: true });
      const result = await createBackup({ outDir: dir });
      const pruned = await pruneBackups(dir, keep);
      log.info('backup.finished', { ...result, pruned: pruned.length, automatic: true });
    } catch (err) {
      log.error('backup.failed', {
        dir,
        automatic: true,
        ...(err instanceof UserError ? { reason: err.message } : { err }),
      });
    }
    planAt(Date.now() + intervalMs);
  };

  void newestBackupAt(dir).then(
    (newest) => planAt(Math.max(Date.now() + FIRST_RUN_MS, (newest?.getTime() ?? 0) + intervalMs)),
    () => planAt(Date.now() + FIRST_RUN_MS),
  );
}
