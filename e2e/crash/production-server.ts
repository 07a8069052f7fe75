import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { httpRequest } from './http';

// The production server as `npm start` runs it (scripts/start.mjs, which reuses the build the e2e step made), on a
// database and upload directory of its own, in a process group of its own so that a crash takes the whole group:
// start.mjs, `next start` and anything they started.

export type ServerOptions = {
  port: number;
  databasePath: string;
  uploadDir: string;
  /** More of the server's environment (METRICS_TOKEN, LOG_FORMAT, …). */
  env?: Record<string, string>;
};

/** How long a start may take: the first one migrates and seeds the demo content (images cut with sharp). */
const START_TIMEOUT_MS = 60_000;

export class ProductionServer {
  private child: ChildProcess | null = null;
  /** Everything every run of the server printed, for the report when a check fails. */
  readonly output: string[] = [];
  private runs = 0;

  constructor(private readonly options: ServerOptions) {}

  get origin(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  async start(): Promise<void> {
    if (this.child) throw new Error('The server is already running.');
    this.runs += 1;
    this.output.push(`\n----- server run ${this.runs} -----\n`);
    const child = spawn(process.execPath, [path.join('scripts', 'start.mjs')], {
      cwd: process.cwd(),
      env: {
        ...process.env,
        PORT: String(this.options.port),
        HOST: '127.0.0.1',
        DATABASE_PATH: this.options.databasePath,
        UPLOAD_DIR: this.options.uploadDir,
        SITE_URL: this.origin,
        // The view beacons come through this address with X-Forwarded-For, so each can be a reader of its own.
        TRUSTED_PROXIES: '127.0.0.2',
        NEXT_TELEMETRY_DISABLED: '1',
        ...this.options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.child = child;
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => this.output.push(chunk));
    }
    const started = Date.now();
    while (Date.now() - started < START_TIMEOUT_MS) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`The server exited while starting (${child.exitCode ?? child.signalCode}).`);
      }
      try {
        const { status } = await httpRequest(`${this.origin}/robots.txt`, { timeoutMs: 2000 });
        if (status === 200) return;
      } catch {
        // Not listening yet.
      }
      await sleep(50);
    }
    throw new Error(`The server did not answer within ${START_TIMEOUT_MS / 1000} s.`);
  }

  /** kill -9 of the whole process group; resolves once start.mjs has exited and no process of the group is left. */
  async crash(): Promise<void> {
    const child = this.child;
    if (!child?.pid) return;
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    killGroup(child.pid);
    await exited;
    // Grandchildren are reparented when start.mjs dies; wait until the kernel has removed them too.
    for (let waited = 0; groupAlive(child.pid); waited += 10) {
      if (waited > 10_000) throw new Error('The server process group survived SIGKILL.');
      await sleep(10);
    }
    this.child = null;
  }

  /** The JSON lines the server has logged so far (scripts/log.cjs), across its runs. */
  logLines(): Record<string, unknown>[] {
    return this.output
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }

  /** Stops the server for good at the end of the story (a crash is as good as any stop here). */
  async stop(): Promise<void> {
    await this.crash();
  }
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * Whether any process of the group still runs. Read from /proc rather than with kill(-pid, 0), which also succeeds
 * for zombies, and a container's init may be slow to reap the reparented ones (or never reap them).
 */
function groupAlive(pgid: number): boolean {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // Gone while we looked.
    }
    // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses, so split after its last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}
