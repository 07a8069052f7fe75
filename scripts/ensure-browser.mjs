// Finds a Chromium executable for Playwright, installing one if none is present.
//
//   node scripts/ensure-browser.mjs   -> prints the absolute path of the executable on stdout
//
// Progress and install output go to stderr, so stdout carries only the path.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import chromiumArgs from './chromium-args.json' with { type: 'json' };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const INSTALL_TIMEOUT_MS = 5 * 60 * 1000;

/** Command-line flags for running Chromium headless in containers and CI; playwright.config.ts reads the same file. */
export const CHROMIUM_ARGS = chromiumArgs;

function log(message) {
  process.stderr.write(`[ensure-browser] ${message}\n`);
}

function isFile(file) {
  return typeof file === 'string' && file !== '' && existsSync(file);
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const file = chromium.executablePath();
    return isFile(file) ? file : null;
  } catch {
    return null;
  }
}

function findExisting() {
  for (const file of [process.env.CHROMIUM_PATH, process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH]) {
    if (isFile(file)) return path.resolve(file);
  }
  return SYSTEM_CHROMIUM.find(isFile) ?? null;
}

/** Runs a command with its output on stderr; resolves to true if it exited 0 within the timeout. */
function run(command, args, { timeoutMs = INSTALL_TIMEOUT_MS, env = {} } = {}) {
  log(`$ ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', process.stderr, process.stderr],
      // Own process group, so a timeout also stops anything the command started.
      detached: true,
    });
    const timer = setTimeout(() => {
      log(`timed out after ${Math.round(timeoutMs / 1000)} s, stopping it`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      log(`could not start ${command}: ${error.message}`);
      resolve(false);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

function hasAptGet() {
  return ['/usr/bin/apt-get', '/bin/apt-get'].some(isFile);
}

/** Returns the absolute path of a Chromium executable, installing Chromium if necessary. */
export async function findOrInstallChromium() {
  const found = findExisting() ?? (await playwrightChromium());
  if (found) return found;

  log('no Chromium found; trying `playwright install chromium`');
  const cli = path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const installed = existsSync(cli)
    ? await run(process.execPath, [cli, 'install', 'chromium'])
    : await run('npx', ['playwright', 'install', 'chromium']);
  if (installed) {
    const file = await playwrightChromium();
    if (file) return file;
  }

  if (process.getuid?.() === 0 && hasAptGet()) {
    log('trying the Debian package instead');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (
      (await run('apt-get', ['update'], { env })) &&
      (await run('apt-get', ['install', '-y', 'chromium'], { env })) &&
      isFile(SYSTEM_CHROMIUM[0])
    ) {
      return SYSTEM_CHROMIUM[0];
    }
  }

  throw new Error(
    [
      'No Chromium executable found and it could not be installed automatically.',
      'Install one with either of:',
      '  npx playwright install chromium',
      '  apt-get update && apt-get install -y chromium   (as root, Debian/Ubuntu)',
      'or point CHROMIUM_PATH at an existing Chromium/Chrome executable.',
    ].join('\n'),
  );
}

// No top-level await: scripts/test.mjs imports this module.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  findOrInstallChromium().then(
    (file) => console.log(file),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
