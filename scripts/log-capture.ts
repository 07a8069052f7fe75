import { createRequire } from 'node:module';
import { Writable } from 'node:stream';

// For tests: makes the process's logger (scripts/log.cjs, with its real options and redaction) write into an array
// of parsed lines instead of stdout. Call it before anything logs; each test file runs in a process of its own.
export function captureLogLines(): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const { createLogger } = createRequire(import.meta.url)('./log.cjs') as {
    createLogger: (destination: Writable) => unknown;
  };
  (globalThis as { __spalteLogger?: unknown }).__spalteLogger = createLogger(sink);
  return lines;
}
