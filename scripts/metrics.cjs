// The process's Prometheus metrics (prom-client), kept on globalThis so the preloaded front layer
// (scripts/http-front.cjs), which counts and times every request, and the app's bundled code (server/metrics.ts:
// newsroom actions, the scheduler, SQLite, backups, the search index) fill one registry. It is read at
// /api/metrics (with METRICS_TOKEN) and, with METRICS_PORT, on a listener bound to 127.0.0.1. The metrics and what
// they mean: docs/operations.md.
/* eslint-disable @typescript-eslint/no-require-imports -- loaded by `node --require` as well as by the app */
const client = require('prom-client');

/** Seconds; public pages answer in milliseconds from the route cache, uncached renders and searches take longer. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function createMetrics() {
  const registry = new client.Registry();
  // Process memory, CPU, handles, GC and event-loop lag (nodejs_eventloop_lag_*), sampled every 10 ms.
  client.collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
  const metric = (Type, config) => new Type({ ...config, registers: [registry] });
  return {
    registry,
    requests: metric(client.Counter, {
      name: 'spalte_http_requests_total',
      help: 'HTTP requests answered, by route type, method and status class.',
      labelNames: ['route', 'method', 'status'],
    }),
    duration: metric(client.Histogram, {
      name: 'spalte_http_request_duration_seconds',
      help: 'Time from a request arriving to its answer being sent, by route type.',
      labelNames: ['route'],
      buckets: LATENCY_BUCKETS,
    }),
    routeCache: metric(client.Counter, {
      name: 'spalte_route_cache_total',
      help: "Pages answered from Next's route cache (hit), rendered afresh (miss) or served stale while rendering.",
      labelNames: ['route', 'result'],
    }),
    actions: metric(client.Counter, {
      name: 'spalte_newsroom_actions_total',
      help: 'Newsroom actions (server actions) by outcome: ok, refused (a Danish answer), denied, signed-out, error.',
      labelNames: ['result'],
    }),
    schedulerRuns: metric(client.Counter, {
      name: 'spalte_scheduler_runs_total',
      help: 'Scheduler runs by result (ok or error).',
      labelNames: ['result'],
    }),
    schedulerPublished: metric(client.Counter, {
      name: 'spalte_scheduler_published_total',
      help: 'Scheduled articles published by the scheduler.',
    }),
    schedulerDelay: metric(client.Histogram, {
      name: 'spalte_scheduler_publish_delay_seconds',
      help: 'How late a scheduled article went live, after the time it was scheduled for.',
      buckets: [1, 5, 10, 15, 30, 60, 300, 3600],
    }),
    schedulerLastRun: metric(client.Gauge, {
      name: 'spalte_scheduler_last_run_timestamp_seconds',
      help: 'When the scheduler last finished a run (Unix time).',
    }),
    errors: metric(client.Counter, {
      name: 'spalte_errors_total',
      help: 'Errors logged while answering requests, by route type.',
      labelNames: ['route'],
    }),
  };
}

/** The process's metrics. */
function metrics() {
  globalThis.__spalteMetrics ??= createMetrics();
  return globalThis.__spalteMetrics;
}

/**
 * What kind of page or resource a path is, as a metric label: a small fixed set, so an attacker requesting random
 * URLs cannot create new series.
 */
function routeType(pathname) {
  if (pathname === '/') return 'front';
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin';
  if (pathname.startsWith('/api/')) return 'api';
  if (pathname.startsWith('/_next/static/')) return 'static';
  if (pathname.startsWith('/_next/image')) return 'image';
  if (pathname.startsWith('/_next/')) return 'next';
  if (pathname.startsWith('/medier/')) return 'media';
  if (pathname.endsWith('.xml') || pathname.endsWith('.txt') || pathname.startsWith('/sitemaps/')) return 'feed';
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  if (first === 'soeg') return 'search';
  if (['job', 'navnenyt', 'virksomhed', 'skribent', 'tag', 'annonceindlaeg'].includes(first)) return 'listing';
  if (segments.length === 1) return 'section';
  if (segments.length === 2) return 'article';
  return 'other';
}

module.exports = { metrics, routeType };
