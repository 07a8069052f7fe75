// The process's one structured logger (pino): JSON lines on stdout in production, readable lines in development
// (or with LOG_FORMAT=pretty). The front layer (scripts/http-front.cjs) writes a line for every request; the app's
// code (server/log.ts) writes an event for every newsroom action, scheduler run, backup and error; the command-line
// scripts use it too. It is kept on globalThis so the preloaded front layer and the server's bundled code, which
// each load this file, share one logger and one output stream. What is logged: docs/operations.md.
/* eslint-disable @typescript-eslint/no-require-imports -- loaded by `node --require` as well as by the app */
const pino = require('pino');

/**
 * Fields that never reach a log line, wherever they appear (one or two levels down): passwords, cookies, tokens,
 * secrets and authorization headers are replaced by "[skjult]".
 */
const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'secret',
  'cookie',
  'authorization',
  'set-cookie',
  'x-revalidate-secret',
];
const REDACT = SECRET_KEYS.flatMap((key) => [`["${key}"]`, `*["${key}"]`, `*.*["${key}"]`]);

function pretty() {
  const format = process.env.LOG_FORMAT;
  if (format === 'json') return false;
  if (format === 'pretty') return true;
  return process.env.NODE_ENV !== 'production' && Boolean(process.stdout.isTTY);
}

/** A logger with Spalte's options, writing to `destination` (tests) or, by default, to stdout. */
function createLogger(destination) {
  const options = {
    // A test's own destination gets every line, whatever LOG_LEVEL the test run set for the rest.
    level: destination ? 'debug' : process.env.LOG_LEVEL || 'info',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT, censor: '[skjult]' },
    serializers: { err: pino.stdSerializers.err },
  };
  if (destination) return pino(options, destination);
  if (pretty()) {
    // Synchronous, in this thread: pino's transports run in worker threads, which Next's bundled server code and a
    // process killed mid-write do not get along with.
    const prettyStream = require('pino-pretty')({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid' });
    return pino(options, prettyStream);
  }
  // Synchronous writes: a line logged before a crash is on stdout, not in a buffer that dies with the process.
  return pino(options, pino.destination({ dest: 1, sync: true }));
}

/** The process's logger. */
function logger() {
  globalThis.__spalteLogger ??= createLogger();
  return globalThis.__spalteLogger;
}

module.exports = { createLogger, logger };
