import { audit } from '@/db/queries/audit';
import { invalidate } from '@/db/cache';
import { publishDueArticles } from '@/db/queries/workflow';
import { sponsorPickChanged } from '@/db/queries/sponsor-campaigns';
import { hasBearerToken } from '@/server/auth/bearer';
import { TAGS } from '@/domain/cache-tags';
import { log } from '@/server/log';
import { countSchedulerRun } from '@/server/metrics';
import { schedulerToken } from '@/server/scheduler';

// Called by the in-process scheduler (server/scheduler.ts) with its per-process token; anyone else gets 404.
export async function POST(request: Request) {
  if (!hasBearerToken(request, schedulerToken())) {
    return new Response('Ikke fundet.', { status: 404 });
  }
  const started = performance.now();
  let run: ReturnType<typeof publishDueArticles>;
  try {
    run = publishDueArticles();
  } catch (error) {
    countSchedulerRun({ ok: false });
    log.error('scheduler.failed', { err: error });
    throw error;
  }
  const { published, stopped, tags } = run;
  if (tags.length) invalidate(...tags);
  // A sponsor campaign started or ended, or the rotation moved on: cached pages must pick again.
  if (sponsorPickChanged()) invalidate(TAGS.sponsorCampaigns);
  for (const article of published) {
    audit({
      action: 'article.publish',
      entityType: 'article',
      entityId: article.id,
      details: { title: article.title, scheduled: true },
    });
  }
  // Nobody is watching when the scheduler stops an article: the audit log keeps what it lacked.
  for (const article of stopped) {
    audit({
      action: 'article.auto-publish-stopped',
      entityType: 'article',
      entityId: article.id,
      details: { title: article.title, problems: article.problems },
    });
  }
  countSchedulerRun({ ok: true, published });
  // A run that changed nothing is the usual case, every ten seconds: debug, so the log shows what happened.
  (published.length || stopped.length ? log.info : log.debug)('scheduler.run', {
    published: published.map(({ id, publishAt }) => ({ id, publishAt })),
    stopped: stopped.map(({ id }) => id),
    ms: Math.round(performance.now() - started),
  });
  return Response.json(
    { published: published.length, stopped: stopped.length },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
