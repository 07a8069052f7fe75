import { metrics } from '../scripts/metrics.cjs';

// The app's counts in the process's Prometheus metrics (scripts/metrics.cjs holds the registry; the front layer
// counts and times requests there): newsroom actions, scheduler runs and errors, as they happen. Figures read when
// scraped are server/metric-collectors.ts's.

export type ActionOutcome = 'ok' | 'refused' | 'denied' | 'signed-out' | 'error';

export function countAction(result: ActionOutcome): void {
  metrics().actions.inc({ result });
}

/** A scheduler run: what it published and how late each went live after its scheduled time. */
export function countSchedulerRun(run: { ok: boolean; published?: { publishAt: string | null }[]; now?: Date }) {
  const figures = metrics();
  const now = run.now ?? new Date();
  figures.schedulerRuns.inc({ result: run.ok ? 'ok' : 'error' });
  figures.schedulerLastRun.set(now.getTime() / 1000);
  for (const article of run.published ?? []) {
    figures.schedulerPublished.inc();
    if (article.publishAt) {
      figures.schedulerDelay.observe(Math.max(0, (now.getTime() - Date.parse(article.publishAt)) / 1000));
    }
  }
}

export function countError(route: string): void {
  metrics().errors.inc({ route });
}
