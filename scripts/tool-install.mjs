// What scripts/ensure-browser.mjs and scripts/ensure-java.mjs share: logging to stderr (stdout carries only the
// path they find), running an installer with a time limit, installing Debian packages as root, and running as a
// command that prints the path it found.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL_TIMEOUT_MS = 5 * 60 * 1000;

/** A logger for one tool: `[name] message` on stderr. */
export const logger = (name) => (message) => process.stderr.write(`[${name}] ${message}\n`);

export function isFile(file) {
  return typeof file === 'string' && file !== '' && existsSync(file);
}

/** Runs a command with its output on stderr; resolves to true if it exited 0 within the timeout. */
export function run(log, command, args, { timeoutMs = INSTALL_TIMEOUT_MS, env = {} } = {}) {
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

/** Whether Debian packages can be installed here: running as root where apt-get exists. */
export const canAptInstall = () => process.getuid?.() === 0 && ['/usr/bin/apt-get', '/bin/apt-get'].some(isFile);

/** `apt-get update` then `apt-get install -y …packages`; true if both succeeded. */
export async function aptInstall(log, packages, { quiet = false } = {}) {
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const q = quiet ? ['-qq'] : [];
  return (
    (await run(log, 'apt-get', ['update', ...q], { env })) &&
    (await run(log, 'apt-get', ['install', '-y', ...q, ...packages], { env }))
  );
}

/** Run as a command (not imported, as scripts/test.mjs does): print what `find` resolves to, or why it failed. */
export function runAsCommand(moduleUrl, find) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(path.resolve(process.argv[1])).href) return;
  find().then(
    (file) => console.log(file),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
