import { getDb } from '@/db/client';
import { searchIndexStatus } from '@/db/search-index';
import { hasBearerToken } from '@/server/auth/bearer';
import { runtimeMetrics } from '@/server/runtime-metrics';

// The server's own figures for operators and the benchmarks: event-loop delay, memory, the search index's state.
// Disabled (404) unless METRICS_TOKEN is set; the token is sent as a bearer token. `?nulstil=1` starts the
// event-loop histogram afresh after reading it, so a measurement can cover just one stretch of load.
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  if (!hasBearerToken(request, process.env.METRICS_TOKEN)) return new Response('Ikke fundet.', { status: 404 });
  const reset = new URL(request.url).searchParams.get('nulstil') === '1';
  const search = searchIndexStatus(getDb());
  return Response.json(
    { ...runtimeMetrics({ reset }), searchIndex: { rebuilding: search.rebuilding, rebuildCursor: search.cursor } },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
