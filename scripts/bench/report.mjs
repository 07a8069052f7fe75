// The tables and paragraphs written to docs/benchmarks.md (between the archive markers).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheMemoryMb, heapMemoryMb } from '../memory.mjs';

import { ARCHIVE_YEARS, DOCS, LARGE, SAMPLES, SMALL, fmt, r1 } from './config.mjs';

export function report({ date, rows, mixed, starts, rebuild, memory, generated }) {
  const lines = [];
  lines.push(
    `Measured ${date} on this machine (${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'} cores), Node ${process.version}, by \`npm run bench -- --archive\`: two archives made by \`npm run seed:archive\` (${fmt(SMALL)} and ${fmt(LARGE)} articles, with jobs and Navnenyt in proportion, published at the same rate over ${ARCHIVE_YEARS} years for the large one, so the small one is the same newsroom's newest days), each served by \`npm start\`'s production server, requests alternating between the two. Every request is uncached: before each request to a listing, feed or sitemap the cache tags of every list are expired (as a publish does; the sidebar is rebuilt too), article pages are distinct URLs, and every search asks for words not asked before on that server (with the page around it cached, as for a reader who searches). The first request of each kind, which loads the route's code, is not counted. ${SAMPLES} requests per row and archive; times are the client's, on 127.0.0.1.`,
  );
  if (generated) lines.push('', `Generating the ${fmt(LARGE)}-article archive took ${Math.round(generated / 1000)} s.`);
  lines.push(
    '',
    `| page | ${fmt(SMALL)} articles, median | ${fmt(LARGE)} articles, median | ${fmt(LARGE)}, p95 | ratio | target | met |`,
    '| --- | ---: | ---: | ---: | ---: | --- | :---: |',
  );
  for (const row of rows)
    lines.push(
      `| ${row.label} | ${r1(row.small.median)} ms | ${r1(row.large.median)} ms | ${r1(row.large.p95)} ms | ${row.ratio.toFixed(2)}× | ${row.target} | ${row.ok ? '✓' : '✗'} |`,
    );
  const missed = rows.filter((row) => !row.ok);
  lines.push('', missed.length ? `**Missed:** ${missed.map((row) => row.label).join(', ')}.` : 'Every target met.');
  lines.push(
    '',
    "**Event loop under mixed load** (the server's own `monitorEventLoopDelay`, via `/api/metrics`): 4 readers, a crawler of deep listings and sitemaps and 2 searchers, for " +
      `${mixed.seconds} s on the ${fmt(LARGE)}-article archive: ${fmt(mixed.reader)} reader, ${fmt(mixed.crawler)} crawler and ${fmt(mixed.search)} search requests, ${mixed.errors} errors; event-loop delay p50 ${mixed.loop.p50} ms, p99 ${mixed.loop.p99} ms, max ${mixed.loop.max} ms.`,
  );
  lines.push(
    '',
    '**Start** (port accepting connections, then the first requests):',
    '',
    '| archive | listening after | first `/` | first article page |',
    '| --- | ---: | ---: | ---: |',
  );
  for (const [label, start] of starts)
    lines.push(`| ${label} | ${Math.round(start.listening)} ms | ${r1(start.first)} ms | ${r1(start.article)} ms |`);
  lines.push(
    `| ${fmt(LARGE)} articles, search index missing | ${Math.round(rebuild.listening)} ms | ${r1(rebuild.first)} ms | ${r1(rebuild.article)} ms |`,
  );
  lines.push(
    '',
    `With the search index missing, the server answered at once and rebuilt the index in the background, newest articles first: a search right after the start took ${r1(rebuild.searchMs)} ms and ${rebuild.notice ? 'said the search is being rebuilt' : '**did not** say the search is being rebuilt'}; under ${rebuild.load.seconds} s of mixed load during the rebuild the event-loop delay was p99 ${rebuild.load.loop.p99} ms, max ${rebuild.load.loop.max} ms, with ${rebuild.load.errors} errors, and the rebuild went from article id ${rebuild.cursorBefore ?? 'done'} down to ${rebuild.cursorAfter ?? 'done (complete)'}.`,
  );
  lines.push(
    '',
    `**Memory** after ${fmt(memory.count)} distinct article pages (4 at a time) on the ${fmt(LARGE)}-article archive, cache ${cacheMemoryMb()} MB (\`CACHE_MEMORY_MB\`), V8 heap capped at ${heapMemoryMb()} MB (\`HEAP_MEMORY_MB\`): RSS ${memory.before.rss} MB → ${memory.after.rss} MB, heap used ${memory.after.heapUsed} MB of ${memory.after.heapTotal} MB, array buffers ${memory.after.arrayBuffers} MB; event-loop delay p99 ${memory.loop.p99} ms, max ${memory.loop.max} ms; answers ${JSON.stringify(memory.statuses)}.`,
  );
  return lines.join('\n');
}

export function writeDocs(text) {
  const START = '<!-- archive:start -->';
  const END = '<!-- archive:end -->';
  const block = `${START}\n${text}\n${END}`;
  let doc = existsSync(DOCS) ? readFileSync(DOCS, 'utf8') : '# Benchmarks\n\n## Archive scale\n\n';
  if (doc.includes(START) && doc.includes(END))
    doc = doc.slice(0, doc.indexOf(START)) + block + doc.slice(doc.indexOf(END) + END.length);
  else doc = `${doc.trimEnd()}\n\n${block}\n`;
  mkdirSync(path.dirname(DOCS), { recursive: true });
  writeFileSync(DOCS, doc.endsWith('\n') ? doc : `${doc}\n`);
}
