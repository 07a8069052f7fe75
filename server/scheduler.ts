import { randomBytes } from 'node:crypto';

import { log } from '@/server/log';

// The in-process scheduler (started from instrumentation.ts): every few seconds it asks the server's own
// /api/scheduler route to publish scheduled articles whose time has come. The work happens in a request because
// expiring cache tags needs one; the route accepts only this process's random token. The first run comes right
// after start, so articles that fell due while the server was down go live at once.

export const SCHEDULER_INTERVAL_MS = 10_000;
const FIRST_RUN_MS = 1_500;

type SchedulerGlobal = typeof globalThis & { __spalteSchedulerToken?: string; __spalteScheduler?: NodeJS.Timeout };
const store = globalThis as SchedulerGlobal;

export function schedulerToken(): string | undefined {
  return store.__spalteSchedulerToken;
}

function ownOrigin(): string {
  const host = process.env.HOST && !['0.0.0.0', '::', ''].includes(process.env.HOST) ? process.env.HOST : '127.0.0.1';
  return `http://${host.includes(':') ? `[${host}]` : host}:${process.env.PORT ?? 3000}`;
}

export function startScheduler(): void {
  if (store.__spalteScheduler) return;
  const token = randomBytes(32).toString('base64url');
  store.__spalteSchedulerToken = token;
  const run = async () => {
    try {
      const response = await fetch(`${ownOrigin()}/api/scheduler`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      if (!response.ok) log.error('scheduler.failed', { status: response.status });
    } catch {
      // The server is not listening yet (first run) or is shutting down; the next run tries again.
    }
  };
  setTimeout(run, FIRST_RUN_MS).unref();
  store.__spalteScheduler = setInterval(run, SCHEDULER_INTERVAL_MS);
  store.__spalteScheduler.unref();
}
