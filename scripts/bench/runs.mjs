// The measurements: page types side by side, mixed load, first requests, a start without a search index, a crawl.
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

import { SAMPLES, log, r1 } from './config.mjs';
import { COMMON, DANISH, encode, pageTypes, pick, PREFIXES } from './requests.mjs';
import { expireLists, metrics, running, startServer, stopServer, timed } from './server.mjs';

export const TARGETS = {
  reader: { text: '< 100 ms, ≤ 2×', ok: (large, ratio) => large.median < 100 && ratio <= 2 },
  feed: { text: '< 100 ms, ≤ 2×', ok: (large, ratio) => large.median < 100 && ratio <= 2 },
  sitemap: { text: '< 100 ms, ≤ 2×', ok: (large, ratio) => large.median < 100 && ratio <= 2 },
  search: { text: 'p95 < 50 ms', ok: (large) => large.p95 < 50 },
  newsroom: { text: 'p95 < 150 ms', ok: (large) => large.p95 < 150 },
};

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

export async function measurePages(small, large, smallSample, largeSample) {
  const rows = [];
  for (const type of pageTypes()) {
    const times = { small: [], large: [] };
    let bytes = { small: 0, large: 0 };
    // One untimed request first, so loading the route's code is not counted.
    for (const [server, sampled] of [
      [small, smallSample],
      [large, largeSample],
    ]) {
      await timed(server, type.distinct ? '/soeg?q=opvarmning' : type.url(sampled, SAMPLES));
    }
    for (let i = 0; i < SAMPLES; i++) {
      // Alternate which archive goes first, so neither always follows the other's load.
      const order =
        i % 2
          ? [
              ['large', large, largeSample],
              ['small', small, smallSample],
            ]
          : [
              ['small', small, smallSample],
              ['large', large, largeSample],
            ];
      for (const [key, server, sampled] of order) {
        if (!type.distinct) await expireLists(server);
        const url = type.url(sampled, i);
        const result = await timed(server, url);
        if (result.status !== 200)
          throw new Error(`${type.label}: ${url} answered ${result.status} on the ${key} archive`);
        times[key].push(result.ms);
        bytes[key] = Math.max(bytes[key], result.bytes);
      }
    }
    const s = stats(times.small);
    const l = stats(times.large);
    const ratio = l.median / s.median;
    const target = TARGETS[type.group];
    rows.push({ ...type, small: s, large: l, ratio, ok: target.ok(l, ratio), target: target.text, bytes });
    log(
      `  ${type.label.padEnd(44)} ${r1(s.median).padStart(7)} ms ${r1(l.median).padStart(7)} ms  p95 ${r1(l.p95).padStart(6)} ms  ×${ratio.toFixed(2)}  ${rows.at(-1).ok ? 'ok' : 'MISSED'}`,
    );
  }
  return rows;
}

/** Readers (mostly cached pages), a crawler (deep listings and sitemaps) and searchers, together for `seconds`. */
export async function mixedLoad(server, sampled, seconds) {
  await metrics(server, true);
  const until = Date.now() + seconds * 1000;
  const types = pageTypes();
  const byGroup = (group) => types.filter((type) => type.group === group);
  const counts = { reader: 0, crawler: 0, search: 0, errors: 0 };
  let n = 0;
  const client = (kind, urls) => async () => {
    while (Date.now() < until) {
      const i = n++;
      const url = urls(i);
      try {
        const result = await timed(server, url);
        if (result.status >= 500) counts.errors++;
        counts[kind]++;
      } catch {
        counts.errors++;
      }
    }
  };
  const readers = (i) =>
    i % 3 === 0 ? '/' : i % 3 === 1 ? pick(sampled.articles.slice(0, 50), i) : `/${pick(sampled.sections, i)}`;
  const crawler = (i) =>
    pick([...byGroup('sitemap'), ...byGroup('reader').filter((type) => /deep|last|page 2/.test(type.label))], i).url(
      sampled,
      i,
    );
  const searcher = (i) =>
    `/soeg?q=${encode(`${pick([...COMMON, ...DANISH, ...PREFIXES], i)} ${pick(sampled.rare, i)}`.split(' ')[i % 2])}&side=${1 + (i % 3)}`;
  await Promise.all([
    ...Array.from({ length: 4 }, () => client('reader', readers)()),
    client('crawler', crawler)(),
    ...Array.from({ length: 2 }, () => client('search', searcher)()),
  ]);
  const after = await metrics(server);
  return { ...counts, seconds, loop: after.eventLoopDelayMs };
}

export async function firstRequests(server) {
  const first = await timed(server, '/');
  const article = await timed(server, '/nyheder/zoom-beskyldes-for-at-samarbejde-med-kina');
  return { listening: server.listeningAfterMs, first: first.ms, firstStatus: first.status, article: article.ms };
}

export async function rebuildRun(archive, sampled) {
  const copy = path.join(archive.dir, 'rebuild.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  log('Copying the large archive to start it without a search index ...');
  copyFileSync(archive.file, copy);
  const db = new Database(copy);
  // What a file restored from before the index looks like: the table is there, its entries are not.
  db.exec(
    `DROP TABLE articles_fts; CREATE VIRTUAL TABLE articles_fts USING fts5(title, lead, body, tags, tokenize = 'unicode61 remove_diacritics 0')`,
  );
  db.close();
  const server = await startServer('rebuild', archive, copy);
  running.add(server);
  try {
    const firsts = await firstRequests(server);
    const search = await timed(server, `/soeg?q=${encode('sikkerhed')}`);
    const notice = search.body.includes('bliver genopbygget');
    await metrics(server, true);
    const before = await metrics(server);
    // Readers and searches while the rebuild runs.
    const load = await mixedLoad(server, sampled, 20);
    const after = await metrics(server);
    const done = (cursor) => (cursor === null ? null : cursor);
    return {
      ...firsts,
      notice,
      searchMs: search.ms,
      load,
      cursorBefore: done(before.searchIndex.rebuildCursor),
      cursorAfter: done(after.searchIndex.rebuildCursor),
    };
  } finally {
    await stopServer(server);
    running.delete(server);
    for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  }
}

export async function crawl(server, sampled, count) {
  const before = await metrics(server, true);
  let next = 0;
  const statuses = new Map();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < count) {
        const url = sampled.articles[next++ % sampled.articles.length];
        const result = await timed(server, url);
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
      }
    }),
  );
  const after = await metrics(server);
  return {
    count,
    before: before.memoryMb,
    after: after.memoryMb,
    loop: after.eventLoopDelayMs,
    statuses: Object.fromEntries(statuses),
  };
}
