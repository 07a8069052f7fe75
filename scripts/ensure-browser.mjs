// Finds a Chromium executable for Playwright, installing one if none is present.
//
//   node scripts/ensure-browser.mjs   -> prints the absolute path of the executable on stdout
//
// Progress and install output go to stderr, so stdout carries only the path.
import { existsSync } from 'node:fs';
import path from 'node:path';

import chromiumArgs from './chromium-args.json' with { type: 'json' };
import { aptInstall, canAptInstall, isFile, logger, ROOT, run, runAsCommand } from './tool-install.mjs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Command-line flags for running Chromium headless in containers and CI; playwright.config.ts reads the same file. */
export const CHROMIUM_ARGS = chromiumArgs;

const log = logger('ensure-browser');

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

/** Returns the absolute path of a Chromium executable, installing Chromium if necessary. */
export async function findOrInstallChromium() {
  const found = findExisting() ?? (await playwrightChromium());
  if (found) return found;

  log('no Chromium found; trying `playwright install chromium`');
  const cli = path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const installed = existsSync(cli)
    ? await run(log, process.execPath, [cli, 'install', 'chromium'])
    : await run(log, 'npx', ['playwright', 'install', 'chromium']);
  if (installed) {
    const file = await playwrightChromium();
    if (file) return file;
  }

  if (canAptInstall()) {
    log('trying the Debian package instead');
    if ((await aptInstall(log, ['chromium'])) && isFile(SYSTEM_CHROMIUM[0])) return SYSTEM_CHROMIUM[0];
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

runAsCommand(import.meta.url, findOrInstallChromium);
