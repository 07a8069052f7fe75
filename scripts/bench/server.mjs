// Production servers on the archives (scripts/start.mjs, as `npm start` does), and requests to them.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../free-port.mjs';

import { LIST_TAGS, METRICS_TOKEN, REVALIDATE_SECRET, ROOT, STAFF } from './constants.mjs';

export async function startServer(name, archive, databaseFile = archive.file, { port = null } = {}) {
  port ??= await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const output = [];
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databaseFile,
      UPLOAD_DIR: archive.uploads,
      SITE_URL: origin,
      REVALIDATE_SECRET,
      METRICS_TOKEN,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      output.push(chunk);
      if (output.length > 400) output.shift();
    });
  }
  const spawned = performance.now();
  const server = { name, origin, child, output, cookie: null };
  // Listening: the first moment a connection is accepted.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} server exited:\n${output.join('')}`);
    try {
      const response = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      break;
    } catch {
      await sleep(25);
    }
    if (performance.now() - spawned > 600_000) throw new Error(`${name} server did not start:\n${output.join('')}`);
  }
  server.listeningAfterMs = performance.now() - spawned;
  return server;
}

export async function stopServer(server) {
  if (!server?.child.pid) return;
  try {
    process.kill(-server.child.pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && server.child.exitCode === null && server.child.signalCode === null; i++) await sleep(100);
  try {
    process.kill(-server.child.pid, 'SIGKILL');
  } catch {
    // Gone.
  }
}

export const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await Promise.all([...running].map(stopServer));
    process.exit(130);
  });
}

export async function timed(server, url, init = {}) {
  const started = performance.now();
  const response = await fetch(server.origin + url, {
    redirect: 'manual',
    ...init,
    headers: { ...(init.headers ?? {}), ...(server.cookie ? { cookie: server.cookie } : {}) },
  });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, bytes: Buffer.byteLength(body), body };
}

export async function expireLists(server) {
  const response = await fetch(`${server.origin}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${REVALIDATE_SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags: LIST_TAGS }),
  });
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
}

export async function metrics(server, reset = false) {
  const response = await fetch(`${server.origin}/api/metrics${reset ? '?nulstil=1' : ''}`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}`, accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`/api/metrics answered ${response.status}`);
  return response.json();
}

export async function logIn(server, { email, password } = STAFF) {
  const response = await fetch(`${server.origin}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  server.cookie = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}
