import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

// What the server process is doing, for /api/metrics: how long the event loop was held (every request waits while
// one is: better-sqlite3 and rendering are synchronous), memory, and how far the search index's rebuild has come.
// The event-loop histogram is started from instrumentation.ts and lives for the process.

type MetricsGlobal = typeof globalThis & { __spalteLoopDelay?: IntervalHistogram; __spalteLoopSince?: number };
const store = globalThis as MetricsGlobal;

/** How often the event loop is sampled: the delays that matter here are tens of milliseconds. */
const RESOLUTION_MS = 10;

export function startRuntimeMetrics(): void {
  if (store.__spalteLoopDelay) return;
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  store.__spalteLoopDelay = histogram;
  store.__spalteLoopSince = Date.now();
}

/** A histogram value as the delay beyond the sampling interval (an idle loop reads as the interval itself), in ms. */
const ms = (ns: number) => Math.round(Math.max(0, ns / 1e6 - RESOLUTION_MS) * 10) / 10;

export type RuntimeMetrics = {
  /** Event-loop delay since the process started or the last reset, in milliseconds. */
  eventLoopDelayMs: { p50: number; p90: number; p99: number; max: number; mean: number; since: string } | null;
  memoryMb: { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
  uptimeSeconds: number;
};

export function runtimeMetrics({ reset = false }: { reset?: boolean } = {}): RuntimeMetrics {
  const histogram = store.__spalteLoopDelay;
  const memory = process.memoryUsage();
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  const result: RuntimeMetrics = {
    eventLoopDelayMs: histogram
      ? {
          p50: ms(histogram.percentile(50)),
          p90: ms(histogram.percentile(90)),
          p99: ms(histogram.percentile(99)),
          max: ms(histogram.max),
          mean: ms(histogram.mean),
          since: new Date(store.__spalteLoopSince ?? Date.now()).toISOString(),
        }
      : null,
    memoryMb: {
      rss: mb(memory.rss),
      heapUsed: mb(memory.heapUsed),
      heapTotal: mb(memory.heapTotal),
      external: mb(memory.external),
      arrayBuffers: mb(memory.arrayBuffers),
    },
    uptimeSeconds: Math.round(process.uptime()),
  };
  if (reset && histogram) {
    histogram.reset();
    store.__spalteLoopSince = Date.now();
  }
  return result;
}
