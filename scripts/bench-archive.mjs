// `npm run bench -- --archive`: Spalte at archive scale, measured side by side.
//
// Generates two archives with the project's own generator (npm run seed:archive): a small one (1,000 articles) and
// a large one (300,000), kept in .bench/ and reused while the generator, seed and migrations are unchanged. Starts
// the production server on each (scripts/start.mjs, as `npm start` does) and measures, alternating between the two
// so the shared machine's noise hits both alike:
//   1. every page type uncached (cache tags expired before each request; distinct URLs where there are many),
//      median and p95, and the ratio of the large archive's median to the small one's;
//   2. the event-loop delay (the server's own /api/metrics) under mixed load: readers, a crawler and searches;
//   3. the first request after a start, with a complete search index and with none (rebuilt in the background);
//   4. the server's memory after 10,000 distinct article pages.
// Writes the tables to docs/benchmarks.md (between the archive markers) and prints them.
//
//   node scripts/bench.mjs --archive [--articles 300000] [--small 1000] [--samples 15] [--crawl 10000] [--fresh]
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { ensureArchive, sample } from './bench/archives.mjs';
import { CRAWL, DOCS, LARGE, ROOT, SAMPLES, SMALL, fmt, log, r1 } from './bench/config.mjs';
import { report, writeDocs } from './bench/report.mjs';
import { crawl, firstRequests, measurePages, mixedLoad, rebuildRun } from './bench/runs.mjs';
import { logIn, running, startServer, stopServer } from './bench/server.mjs';

async function main() {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--build-only'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('The build failed.');
  const smallArchive = ensureArchive(SMALL);
  const largeArchive = ensureArchive(LARGE);
  const smallSample = sample(smallArchive);
  const largeSample = sample(largeArchive);

  let small;
  let large;
  try {
    log('Starting both servers ...');
    small = await startServer('small', smallArchive);
    running.add(small);
    large = await startServer('large', largeArchive);
    running.add(large);
    const starts = [
      [`${fmt(SMALL)} articles`, await firstRequests(small)],
      [`${fmt(LARGE)} articles`, await firstRequests(large)],
    ];
    await Promise.all([logIn(small), logIn(large)]);
    log(`Pages, uncached (${SAMPLES} requests each): ${fmt(SMALL)} median, ${fmt(LARGE)} median and p95, ratio`);
    const rows = await measurePages(small, large, smallSample, largeSample);
    log('Mixed load on the large archive ...');
    const mixed = await mixedLoad(large, largeSample, 30);
    log(`  event-loop delay p99 ${mixed.loop.p99} ms, max ${mixed.loop.max} ms`);
    await stopServer(small);
    running.delete(small);
    // Memory from a fresh start: only the crawl's pages in the caches.
    await stopServer(large);
    running.delete(large);
    large = await startServer('large', largeArchive);
    running.add(large);
    log(`Crawling ${fmt(CRAWL)} distinct article pages ...`);
    const memory = await crawl(large, largeSample, CRAWL);
    log(`  RSS ${memory.before.rss} MB → ${memory.after.rss} MB`);
    await stopServer(large);
    running.delete(large);
    const rebuild = await rebuildRun(largeArchive, largeSample);
    log(`  without a search index: first / in ${r1(rebuild.first)} ms, notice shown: ${rebuild.notice}`);
    const text = report({
      date: new Date().toISOString().slice(0, 10),
      rows,
      mixed,
      starts,
      rebuild,
      memory,
      generated: largeArchive.generatedIn,
    });
    writeDocs(text);
    log(`\n${text}\n\nWritten to ${path.relative(ROOT, DOCS)}.`);
    return rows.every((row) => row.ok) ? 0 : 1;
  } finally {
    for (const server of running) await stopServer(server);
  }
}

process.exitCode = await main().catch((error) => {
  console.error(error);
  return 1;
});
