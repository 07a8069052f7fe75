// What the benchmarks' servers are started and logged into with, apart from the archive benchmark's command-line
// options (config.mjs parses those when it is imported), so the load benchmark can start servers the same way.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REVALIDATE_SECRET = 'bench-revalidate-secret';
export const METRICS_TOKEN = 'bench-metrics-token';
export const STAFF = { email: 'bench@spalte.local', name: 'Benchmark', password: 'benchmark-adgangskode-1' };
// Every cache tag a listing, feed, sitemap or search reads: expired before each measured request.
export const LIST_TAGS = [
  'article-lists',
  'sections',
  'tags',
  'authors',
  'jobs',
  'people-news',
  'companies',
  'front-page',
  'sponsor-campaigns',
  'most-read',
];
