// Next calls register() once per server process before it serves requests: migrations and first-run seeding,
// the search index's rebuild when it is incomplete (in the background), then the scheduler that publishes
// scheduled articles on time, and automatic backups when BACKUP_INTERVAL_HOURS asks for them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startRuntimeMetrics } = await import('./server/runtime-metrics');
  startRuntimeMetrics();
  const { prepareDatabase } = await import('./db/prepare');
  await prepareDatabase();
  const { startSearchIndexRebuild } = await import('./server/search-rebuild');
  startSearchIndexRebuild();
  const { startScheduler } = await import('./server/scheduler');
  startScheduler();
  const { startBackupSchedule } = await import('./server/backup-schedule');
  startBackupSchedule();
}
