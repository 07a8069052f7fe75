// `npm start`: builds the app if the production build is missing or stale, then runs `next start`.
//
//   node scripts/start.mjs               build if needed, then serve on $HOST:$PORT (default 0.0.0.0:3000)
//   node scripts/start.mjs --build-only  only build if needed
//
// Database migrations and first-run seeding happen inside the server process (instrumentation.ts).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { heapMemoryMb } from './memory.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const BUILD_ID = path.join(ROOT, '.next', 'BUILD_ID');
// Everything that goes into the build. Directories are walked recursively.
const BUILD_INPUTS = [
  'app',
  'components',
  'copy',
  'db',
  'domain',
  'server',
  'public',
  'next.config.ts',
  'package-lock.json',
  'postcss.config.mjs',
  'instrumentation.ts',
  'scripts/memory.mjs',
  'scripts/log.cjs',
  'proxy.ts',
  'tsconfig.json',
];
// SQLite files that may live next to the code are data, and tests are not part of the build.
const IGNORED = /\.(db|sqlite3?)(-wal|-shm|-journal)?$|\.test\.tsx?$/;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Returns the first build input modified after `since` (ms), or null. Directory mtimes catch deletions. */
function newerInput(file, since) {
  if (!existsSync(file) || IGNORED.test(file)) return null;
  const stat = statSync(file);
  if (stat.mtimeMs > since) return file;
  if (!stat.isDirectory()) return null;
  for (const entry of readdirSync(file)) {
    if (entry === 'node_modules') continue;
    const found = newerInput(path.join(file, entry), since);
    if (found) return found;
  }
  return null;
}

function buildReason() {
  if (!existsSync(BUILD_ID)) return 'no production build';
  const builtAt = statSync(BUILD_ID).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const changed = newerInput(path.join(ROOT, input), builtAt);
    if (changed) return `${path.relative(ROOT, changed)} changed since the last build`;
  }
  return null;
}

// Forward Ctrl-C / termination to whichever next process is running, so none is left behind.
let child = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => (child ? child.kill(signal) : process.exit(128 + constants.signals[signal])));
}

/**
 * The key that signs staff sessions. Without AUTH_SECRET one is made on first start and kept beside the database
 * (readable by the owner only), so sessions survive restarts without anyone having to configure a secret.
 */
function authSecret() {
  const dataDir = path.dirname(path.resolve(ROOT, process.env.DATABASE_PATH ?? path.join('data', 'spalte.db')));
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  console.log(`[start] created a session signing key in ${path.relative(ROOT, file)}`);
  return secret;
}

/** Runs `next <args>` with inherited stdio; resolves to its exit code (128 + signal number if killed). */
function next(args, nodeArgs = []) {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [...nodeArgs, NEXT_BIN, ...args], { cwd: ROOT, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => {
      child = null;
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}

const reason = buildReason();
if (reason) {
  console.log(`[start] building (${reason})`);
  const code = await next(['build']);
  if (code !== 0) {
    console.error(`[start] next build failed (exit code ${code})`);
    process.exit(code);
  }
}

if (!process.argv.includes('--build-only')) {
  const port = process.env.PORT || '3000';
  const host = process.env.HOST || '0.0.0.0';
  env.AUTH_SECRET ||= authSecret();
  // The scheduler (server/scheduler.ts) calls the server on its own address.
  Object.assign(env, { PORT: port, HOST: host });
  // scripts/http-front.cjs stamps the real client address, sets HSTS, adds public pages' CSP hashes and compresses;
  // the heap cap keeps the process near its cache budget (scripts/memory.mjs).
  const nodeArgs = [
    `--max-old-space-size=${heapMemoryMb()}`,
    '--require',
    path.join(ROOT, 'scripts', 'http-front.cjs'),
  ];
  process.exit(await next(['start', '-p', port, '-H', host], nodeArgs));
}
