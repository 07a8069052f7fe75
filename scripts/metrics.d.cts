import type { Counter, Gauge, Histogram, Registry } from 'prom-client';

export type SpalteMetrics = {
  registry: Registry;
  requests: Counter<'route' | 'method' | 'status'>;
  duration: Histogram<'route'>;
  routeCache: Counter<'route' | 'result'>;
  actions: Counter<'result'>;
  schedulerRuns: Counter<'result'>;
  schedulerPublished: Counter;
  schedulerDelay: Histogram;
  schedulerLastRun: Gauge;
  errors: Counter<'route'>;
};

export function metrics(): SpalteMetrics;
export function routeType(pathname: string): string;
