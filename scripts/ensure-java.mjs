// Finds a Java runtime for the W3C Nu HTML checker (vnu.jar, used by e2e/validity.spec.ts), installing one if
// none is present.
//
//   node scripts/ensure-java.mjs   -> prints the absolute path of the `java` executable on stdout
//
// Progress and install output go to stderr, so stdout carries only the path.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { aptInstall, canAptInstall, isFile, logger, runAsCommand } from './tool-install.mjs';

const JVM_DIR = '/usr/lib/jvm';
// vnu.jar's own classes need Java 11, but the Jetty it bundles is built for 17 and its usage text says "Java17+".
const MIN_JAVA_VERSION = 17;

const log = logger('ensure-java');

/** The major version `java -version` reports (`"17.0.15"` → 17, `"1.8.0_402"` → 8), or null if it does not run. */
function javaVersion(command) {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2] ?? 0) : major;
}

/** The absolute path of `java` on PATH, if there is one. */
function javaOnPath() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = dir && path.join(dir, 'java');
    if (isFile(file)) return path.resolve(file);
  }
  return null;
}

function candidates() {
  const found = [];
  if (process.env.JAVA_HOME) found.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
  found.push(javaOnPath());
  if (existsSync(JVM_DIR)) {
    for (const entry of readdirSync(JVM_DIR).sort()) found.push(path.join(JVM_DIR, entry, 'bin', 'java'));
  }
  return found.filter(isFile);
}

function findExisting() {
  for (const file of candidates()) {
    const version = javaVersion(file);
    if (version !== null && version >= MIN_JAVA_VERSION) return file;
    log(`skipping ${file}: ${version === null ? 'does not run' : `Java ${version} is older than ${MIN_JAVA_VERSION}`}`);
  }
  return null;
}

/** Returns the absolute path of a `java` executable (Java 17 or newer), installing a JRE if necessary. */
export async function findOrInstallJava() {
  const found = findExisting();
  if (found) return found;

  if (canAptInstall()) {
    log(
      `no Java ${MIN_JAVA_VERSION}+ found; installing the Debian package default-jre-headless (for the HTML checker)`,
    );
    if (await aptInstall(log, ['--no-install-recommends', 'default-jre-headless'], { quiet: true })) {
      const installed = findExisting();
      if (installed) return installed;
    }
  }

  throw new Error(
    [
      `No Java ${MIN_JAVA_VERSION} or newer found and it could not be installed automatically (the W3C HTML checker needs it).`,
      'Install one with:',
      '  apt-get update && apt-get install -y --no-install-recommends default-jre-headless   (as root, Debian/Ubuntu)',
      'or point JAVA_HOME at an existing Java runtime.',
    ].join('\n'),
  );
}

runAsCommand(import.meta.url, findOrInstallJava);
