import { getDb } from '@/db/client';
import { searchIndexStatus } from '@/db/search-index';
import { hasBearerToken } from '@/server/auth/bearer';
import { appMetrics } from '@/server/metric-collectors';
import { runtimeMetrics } from '@/server/runtime-metrics';

// The server's figures for operators (docs/operations.md). Disabled (404) unless METRICS_TOKEN is set; the token
// is sent as a bearer token. Prometheus's text format by default (requests and latency by route type, route-cache
// results, newsroom actions, scheduler runs and delays, SQLite busy retries, backup age, memory, event-loop lag);
// with `Accept: application/json` the benchmarks' JSON summary instead (event-loop delay percentiles, memory, the
// search index), where `?nulstil=1` starts the event-loop histogram afresh after reading it, so a measurement can
// cover just one stretch of load. Without a token, METRICS_PORT serves the Prometheus text on 127.0.0.1 only.
export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

export async function GET(request: Request) {
  if (!hasBearerToken(request, process.env.METRICS_TOKEN)) return new Response('Ikke fundet.', { status: 404 });
  if ((request.headers.get('accept') ?? '').includes('application/json')) {
    const reset = new URL(request.url).searchParams.get('nulstil') === '1';
    const search = searchIndexStatus(getDb());
    return Response.json(
      { ...runtimeMetrics({ reset }), searchIndex: { rebuilding: search.rebuilding, rebuildCursor: search.cursor } },
      { headers: NO_STORE },
    );
  }
  const { registry } = appMetrics();
  return new Response(await registry.metrics(), { headers: { ...NO_STORE, 'Content-Type': registry.contentType } });
}
