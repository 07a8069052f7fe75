// `npm test`: format check, typecheck, lint, unit tests and end-to-end tests, then a summary.
//
//   node scripts/test.mjs                      all steps
//   node scripts/test.mjs --only unit          one step: format | typecheck | lint | unit | e2e
//   node scripts/test.mjs --only e2e -- -g x   arguments after `--` (or any unrecognised ones) go to Playwright
//
// Every step runs even if an earlier one failed. The last line of output is always `N passed, N failed`
// (unit + e2e tests); the exit code is 1 if any step failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findOrInstallChromium } from './ensure-browser.mjs';
import { findOrInstallJava } from './ensure-java.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TMP = path.join(ROOT, '.test-tmp');
const STEPS = ['format', 'typecheck', 'lint', 'unit', 'e2e'];
const BASE_ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

// ---------------------------------------------------------------------------------------------------------------
// Arguments

const argv = process.argv.slice(2);
let only = null;
const passthrough = [];
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--') {
    passthrough.push(...argv.slice(i + 1));
    break;
  } else if (arg === '--only') {
    only = argv[++i];
  } else if (arg.startsWith('--only=')) {
    only = arg.slice('--only='.length);
  } else {
    // npm drops the `--` in `npm run test:e2e -- --grep x`, so unknown arguments are Playwright's too.
    passthrough.push(arg);
  }
}
if (only !== null && !STEPS.includes(only)) {
  console.error(`Unknown step "${only}". Use --only ${STEPS.join('|')}.`);
  console.log('0 passed, 0 failed');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

let current = null;
let aborted = false;
process.on('SIGTERM', () => {
  aborted = true;
  current?.kill('SIGTERM');
});
// Ctrl-C already reaches the children (same process group); just stop after the current step.
process.on('SIGINT', () => {
  aborted = true;
});

/** Runs a command with inherited stdio; resolves to its exit code (1 if it could not start or was killed). */
function run(command, args, env = {}) {
  console.log(`$ ${[command === process.execPath ? 'node' : command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...BASE_ENV, ...env }, stdio: 'inherit' });
    current = child;
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      current = null;
      resolve(1);
    });
    child.on('close', (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const bin = (...parts) => path.join(ROOT, 'node_modules', ...parts);

/** Test files below `dir`, relative to ROOT, sorted. */
function findFiles(dir, pattern, skipTopLevel = []) {
  const found = [];
  const walk = (abs) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const full = path.join(abs, entry.name);
      const rel = path.relative(ROOT, full);
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || skipTopLevel.includes(rel)) continue;
        walk(full);
      } else if (entry.isFile() && pattern.test(entry.name)) {
        found.push(rel.split(path.sep).join('/'));
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return found.sort();
}

function count(text, label) {
  const matches = [...text.matchAll(new RegExp(`^# ${label} (\\d+)$`, 'gm'))];
  return matches.length ? Number(matches[matches.length - 1][1]) : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Steps. Each returns { ok, passed?, failed?, skipped?, note? }.

async function format() {
  return { ok: (await run(process.execPath, [bin('prettier', 'bin', 'prettier.cjs'), '--check', '.'])) === 0 };
}

async function typecheck() {
  return { ok: (await run(process.execPath, [bin('typescript', 'bin', 'tsc'), '--noEmit'])) === 0 };
}

async function lint() {
  return { ok: (await run(process.execPath, [bin('eslint', 'bin', 'eslint.js'), '--max-warnings=0', '.'])) === 0 };
}

async function unit() {
  const files = findFiles(ROOT, /\.test\.tsx?$/, ['.next', 'e2e', '.test-tmp', '.git']);
  // db/ modules import `server-only`, which only resolves to its no-op file under the react-server condition;
  // the rest may render React with react-dom/server, which needs the default conditions.
  const groups = [
    {
      name: 'db',
      files: files.filter((file) => file.startsWith('db/')),
      nodeArgs: ['--conditions=react-server', '--import', 'tsx', '--test', '--test-concurrency=1'],
      // One file at a time, so the first seeds the demo database once for all (db/test-database.ts).
      env: { TEST_SEED_TEMPLATE: path.join(TMP, 'unit-seed-template') },
    },
    {
      name: 'other',
      files: files.filter((file) => !file.startsWith('db/')),
      nodeArgs: ['--import', 'tsx', '--test'],
    },
  ];
  const total = { ok: true, passed: 0, failed: 0, skipped: 0 };
  const notes = [];
  for (const group of groups) {
    if (aborted) break;
    console.log(`\n--- unit tests: ${group.name} (${group.files.length} file${group.files.length === 1 ? '' : 's'})`);
    if (group.files.length === 0) continue;
    const tap = path.join(TMP, `unit-${group.name}.tap`);
    rmSync(tap, { force: true });
    if (group.env?.TEST_SEED_TEMPLATE) rmSync(group.env.TEST_SEED_TEMPLATE, { recursive: true, force: true });
    const code = await run(
      process.execPath,
      [
        ...group.nodeArgs,
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
        ...group.files,
      ],
      // Errors the tests provoke on purpose would print JSON log lines among the results; tests that read the log
      // capture it themselves (scripts/log-capture.ts).
      { NODE_ENV: 'test', LOG_LEVEL: 'silent', ...group.env },
    );
    const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
    const passed = count(text, 'pass');
    let failed = count(text, 'fail') + count(text, 'cancelled');
    if (code !== 0 && failed === 0) {
      failed = 1;
      notes.push(`${group.name}: runner exited ${code} without a failing test`);
    }
    total.ok &&= code === 0;
    total.passed += passed;
    total.failed += failed;
    total.skipped += count(text, 'skipped') + count(text, 'todo');
  }
  return { ...total, note: notes.join('; ') };
}

/**
 * Counts from Playwright's JSON report: flaky counts as passed, interrupted as failed. The setup project's tests
 * (the shared logins, e2e/sessions.setup.ts) are not stories: passed, they are left out of the count; failed, they
 * count as failed (the stories that depend on them are then skipped).
 */
function playwrightCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let interrupted = 0;
  let setupPassed = 0;
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'skipped' && test.results?.some((result) => result.status === 'interrupted')) {
          interrupted++;
        }
        if (test.projectName === 'setup' && (test.status === 'expected' || test.status === 'flaky')) setupPassed++;
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0) - setupPassed,
    failed: (stats.unexpected ?? 0) + interrupted,
    skipped: Math.max(0, (stats.skipped ?? 0) - interrupted),
    errors: report.errors?.length ?? 0,
    note: setupPassed ? `${setupPassed} login setup${setupPassed === 1 ? '' : 's'} not counted` : undefined,
  };
}

async function e2e() {
  if (findFiles(path.join(ROOT, 'e2e'), /\.spec\.ts$/).length === 0) {
    console.log('No e2e/**/*.spec.ts files; nothing to run.');
    return { ok: true, passed: 0, failed: 0, note: 'no spec files' };
  }

  let chromium;
  try {
    chromium = await findOrInstallChromium();
    console.log(`Chromium: ${chromium}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return { ok: false, passed: 0, failed: 1, note: 'no browser' };
  }
  // The W3C HTML checker (vnu.jar) in e2e/validity.spec.ts runs on Java.
  let java;
  try {
    java = await findOrInstallJava();
    console.log(`Java: ${java}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return { ok: false, passed: 0, failed: 1, note: 'no Java' };
  }

  // Fresh database and uploads: the server migrates and seeds on start.
  for (const entry of readdirSync(TMP)) {
    if (entry.startsWith('e2e.db')) rmSync(path.join(TMP, entry), { force: true });
  }
  rmSync(path.join(TMP, 'uploads'), { recursive: true, force: true });
  const resultsFile = path.join(TMP, 'playwright-results.json');
  rmSync(resultsFile, { force: true });

  if ((await run(process.execPath, [path.join('scripts', 'start.mjs'), '--build-only'])) !== 0) {
    return { ok: false, passed: 0, failed: 1, note: 'build failed' };
  }
  if (aborted) return { ok: false, passed: 0, failed: 1, note: 'aborted' };

  const code = await run(process.execPath, [bin('@playwright', 'test', 'cli.js'), 'test', ...passthrough], {
    CHROMIUM_PATH: chromium,
    JAVA_PATH: java,
  });
  let counts = null;
  try {
    counts = playwrightCounts(resultsFile);
  } catch (error) {
    console.error(`Could not read ${path.relative(ROOT, resultsFile)}: ${error.message}`);
  }
  const result = { ok: code === 0, passed: 0, failed: 0, skipped: 0, ...counts };
  if ((code !== 0 || result.errors > 0) && result.failed === 0) {
    result.failed = 1;
    result.ok = false;
    result.note = counts ? 'Playwright reported errors outside tests' : 'no Playwright report';
  }
  delete result.errors;
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Main

mkdirSync(TMP, { recursive: true });
const steps = { format, typecheck, lint, unit, e2e };
const selected = only ? [only] : STEPS;
const results = [];
for (const [index, name] of selected.entries()) {
  if (aborted) {
    results.push({ name, ok: false, ms: 0, note: 'not run (interrupted)' });
    continue;
  }
  const title = `[${index + 1}/${selected.length}] ${name}`;
  console.log(`\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}`);
  const started = Date.now();
  let result;
  try {
    result = await steps[name]();
  } catch (error) {
    console.error(error);
    result = { ok: false, note: 'crashed', ...(name === 'unit' || name === 'e2e' ? { passed: 0, failed: 1 } : {}) };
  }
  results.push({ name, ms: Date.now() - started, ...result });
}

let passed = 0;
let failed = 0;
console.log(`\n${'='.repeat(78)}\nSummary\n${'='.repeat(78)}`);
for (const { name, ok, ms, ...counts } of results) {
  let tests = '';
  if (counts.passed !== undefined) {
    passed += counts.passed;
    failed += counts.failed;
    tests = `${counts.passed} passed, ${counts.failed} failed`;
    if (counts.skipped) tests += `, ${counts.skipped} skipped`;
  }
  if (counts.note) tests += tests ? ` (${counts.note})` : counts.note;
  const duration = `${(ms / 1000).toFixed(1)} s`;
  console.log(`${name.padEnd(10)} ${(ok ? 'ok' : 'FAILED').padEnd(7)} ${duration.padStart(8)}   ${tests}`.trimEnd());
}
const failedSteps = results.filter((result) => !result.ok).map((result) => result.name);
if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failedSteps.length || failed > 0 ? 1 : 0;
