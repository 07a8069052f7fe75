// `npm run bench`: load-tests the production server on a throwaway, freshly seeded database.
//
// Builds if needed, starts the production server (scripts/start.mjs, as `npm start`) on a free port on 127.0.0.1,
// warms each URL up, runs autocannon against it (10 connections, 10 s per URL) and prints a Markdown table plus the
// server's memory use before and after.
// `npm run bench -- --archive` measures every page type at archive scale instead (scripts/bench-archive.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

import { freePort } from './free-port.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const URLS = ['/', '/nyheder/zoom-beskyldes-for-at-samarbejde-med-kina'];
const READY_TIMEOUT_MS = 120_000;
const WARMUP_REQUESTS = 20;
const CONNECTIONS = 10;
const DURATION_S = 10;

/** Resident memory (kB) of a process and all its descendants, from /proc; falls back to `ps`. */
function treeRssKb(rootPid) {
  try {
    const children = new Map();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // The command name (field 2) may contain spaces, so split after its closing parenthesis.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      } catch {
        // The process ended while we looked.
      }
    }
    let total = 0;
    const pending = [rootPid];
    while (pending.length) {
      const pid = pending.pop();
      try {
        const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
        total += match ? Number(match[1]) : 0;
      } catch {
        // Gone.
      }
      pending.push(...(children.get(pid) ?? []));
    }
    return total;
  } catch {
    const ps = spawnSync('ps', ['-o', 'rss=', '-g', String(rootPid)], { encoding: 'utf8' });
    return ps.stdout.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0);
  }
}

const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;

async function waitUntilReady(origin, server) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) return false;
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.status === 200) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
  return false;
}

async function warmUp(url) {
  const statuses = new Set();
  for (let i = 0; i < WARMUP_REQUESTS; i++) {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    statuses.add(response.status);
  }
  if (!statuses.has(200) || statuses.size > 1) {
    console.warn(`warning: warm-up of ${url} answered ${[...statuses].join(', ')}`);
  }
}

async function main() {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--build-only'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('Build failed.');
    return 1;
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'spalte-bench-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log = [];
  let server;
  try {
    // Through scripts/start.mjs, as `npm start` runs it: with the front layer (scripts/http-front.cjs) in the path.
    server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_PATH: path.join(tmp, 'bench.db'),
        UPLOAD_DIR: path.join(tmp, 'uploads'),
        SITE_URL: origin,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group, so the finally block can stop the server and anything it started.
      detached: true,
    });
    // The server is in its own process group, so Ctrl-C does not reach it: stop it ourselves.
    const interrupted = (signal) => {
      killGroup(server, 'SIGKILL');
      rmSync(tmp, { recursive: true, force: true });
      process.exit(128 + os.constants.signals[signal]);
    };
    process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
    for (const stream of [server.stdout, server.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        log.push(chunk);
        if (log.length > 200) log.shift();
      });
    }

    console.log(`Starting the server on ${origin} (database in ${tmp}) ...`);
    if (!(await waitUntilReady(origin, server))) {
      const exited = server.exitCode !== null || server.signalCode !== null;
      const why = exited
        ? `exited (${server.exitCode ?? server.signalCode}) before answering`
        : `did not answer 200 on / within ${READY_TIMEOUT_MS / 1000} s`;
      console.error(`The server ${why}. Its output:`);
      console.error(log.join(''));
      return 1;
    }
    const rssBefore = treeRssKb(server.pid);

    const rows = [];
    for (const url of URLS) {
      await warmUp(origin + url);
      console.log(`autocannon ${url}: ${CONNECTIONS} connections, ${DURATION_S} s ...`);
      const result = await autocannon({ url: origin + url, connections: CONNECTIONS, duration: DURATION_S });
      rows.push(
        `| ${url} | ${result.requests.mean.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ` +
          `${result.non2xx} | ${result.errors} |`,
      );
    }
    const rssAfter = treeRssKb(server.pid);

    console.log('');
    console.log('| URL | req/s (mean) | p50 ms | p99 ms | non-2xx | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) console.log(row);
    console.log('');
    console.log(`Server RSS before load: ${mb(rssBefore)}`);
    console.log(`Server RSS after load:  ${mb(rssAfter)}`);
    console.log(
      `(${os.cpus().length} CPUs, Node ${process.version}, ${CONNECTIONS} connections, ${DURATION_S} s per URL)`,
    );
    return 0;
  } finally {
    if (server?.pid) await stop(server);
    rmSync(tmp, { recursive: true, force: true });
  }
}

function killGroup(server, signal) {
  try {
    process.kill(-server.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stop(server) {
  killGroup(server, 'SIGTERM');
  for (let i = 0; i < 50 && server.exitCode === null && server.signalCode === null; i++) await sleep(100);
  killGroup(server, 'SIGKILL');
}

if (process.argv.includes('--archive')) await import('./bench-archive.mjs');
else process.exitCode = await main();
