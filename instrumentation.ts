// Next calls register() once per server process before it serves requests: migrations and first-run seeding,
// removing the files a crash left half-written in the upload directory, the search index's rebuild when it is incomplete (in the background), then the scheduler that publishes
// scheduled articles on time.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startRuntimeMetrics } = await import('./server/runtime-metrics');
  startRuntimeMetrics();
  const { prepareDatabase } = await import('./db/prepare');
  await prepareDatabase();
  const { sweepOrphanUploads } = await import('./server/media/orphans');
  await sweepOrphanUploads();
  const { startSearchIndexRebuild } = await import('./server/search-rebuild');
  startSearchIndexRebuild();
  const { startScheduler } = await import('./server/scheduler');
  startScheduler();
}
