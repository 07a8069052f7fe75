// The archive benchmark's settings (command-line options) and small helpers shared by its modules.
import path from 'node:path';
import { parseArgs } from 'node:util';

import { ROOT } from './constants.mjs';

export { LIST_TAGS, METRICS_TOKEN, REVALIDATE_SECRET, ROOT, STAFF } from './constants.mjs';

export const BENCH_DIR = path.join(ROOT, '.bench');
export const DOCS = path.join(ROOT, 'docs', 'benchmarks.md');
export const DEMO_ARTICLES = 106;

export const { values: options } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--archive'),
  options: {
    articles: { type: 'string', default: '300000' },
    small: { type: 'string', default: '1000' },
    samples: { type: 'string', default: '30' },
    crawl: { type: 'string', default: '10000' },
    fresh: { type: 'boolean', default: false },
  },
});
export const LARGE = Number(options.articles);
export const SMALL = Number(options.small);
export const SAMPLES = Number(options.samples);
export const CRAWL = Number(options.crawl);
/** The years the large archive spans (the generator's default: one per 60,000 articles). */
export const ARCHIVE_YEARS = Math.max(1, Math.round(LARGE / 60_000));

export const log = (...args) => console.log(...args);
export const fmt = (n) => n.toLocaleString('en-US');

export const r1 = (n) => (Math.round(n * 10) / 10).toFixed(1);
