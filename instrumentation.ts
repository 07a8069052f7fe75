// Next calls register() once per server process before it serves requests: migrations and first-run seeding,
// then the scheduler that publishes scheduled articles on time.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareDatabase } = await import('./db/prepare');
  await prepareDatabase();
  const { startScheduler } = await import('./lib/scheduler');
  startScheduler();
}
