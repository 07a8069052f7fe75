import { Counter, Gauge } from 'prom-client';

import { metrics, type SpalteMetrics } from '../scripts/metrics.cjs';
import { newestBackupAt } from '@/db/backup/manifest';
import { getDb } from '@/db/client';
import { sqliteBusyRetries } from '@/db/connection';
import { searchIndexStatus } from '@/db/search-index';

// Figures the app reads when the metrics are scraped (registered once per process, from instrumentation.ts):
// SQLite busy retries, the search index's rebuild, the newest backup's age.

type AppMetricsGlobal = typeof globalThis & { __spalteAppMetrics?: boolean };
const store = globalThis as AppMetricsGlobal;

/** The registry with the app's collectors registered (once per process). */
export function appMetrics(): SpalteMetrics {
  const figures = metrics();
  if (store.__spalteAppMetrics) return figures;
  store.__spalteAppMetrics = true;
  const registers = [figures.registry];
  new Counter({
    name: 'spalte_sqlite_busy_retries_total',
    help: 'Write transactions run again because another connection held the database lock (db/connection.ts).',
    registers,
    collect() {
      this.reset();
      this.inc(sqliteBusyRetries());
    },
  });
  new Gauge({
    name: 'spalte_search_index_rebuilding',
    help: '1 while the search index is being rebuilt in the background, else 0.',
    registers,
    collect() {
      this.set(searchIndexStatus(getDb()).rebuilding ? 1 : 0);
    },
  });
  new Gauge({
    name: 'spalte_backup_age_seconds',
    help: 'Age of the newest complete backup in BACKUP_DIR (absent while BACKUP_DIR is unset or holds none).',
    registers,
    async collect() {
      this.reset();
      const dir = process.env.BACKUP_DIR?.trim();
      const newest = dir ? await newestBackupAt(dir).catch(() => null) : null;
      if (newest) this.set(Math.max(0, (Date.now() - newest.getTime()) / 1000));
    },
  });
  return figures;
}
