import type { Instrumentation } from 'next';

// Next calls register() once per server process before it serves requests: the app's metrics, migrations and
// first-run seeding, removing the files a crash left half-written in the upload directory, the search index's
// rebuild when it is incomplete (in the background), the scheduler that publishes scheduled articles on time, and
// automatic backups when BACKUP_INTERVAL_HOURS asks for them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startRuntimeMetrics } = await import('./server/runtime-metrics');
  startRuntimeMetrics();
  const { appMetrics } = await import('./server/metric-collectors');
  appMetrics();
  const { prepareDatabase } = await import('./db/prepare');
  await prepareDatabase();
  const { sweepOrphanUploads } = await import('./server/media/orphans');
  await sweepOrphanUploads();
  const { startSearchIndexRebuild } = await import('./server/search-rebuild');
  startSearchIndexRebuild();
  const { startScheduler } = await import('./server/scheduler');
  startScheduler();
  const { startBackupSchedule } = await import('./server/backup-schedule');
  startBackupSchedule();
}

/**
 * Every error thrown while rendering a page or answering a route or action: one log line with the request id (from
 * the front layer, scripts/http-front.cjs) and the error id readers see on the error page (Next's digest), so a
 * reader's or editor's "Fejl-id" finds the stack trace, which never leaves the server.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { reportRequestError } = await import('./server/request-errors');
  reportRequestError(error, request, context);
};
