import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { expect, test, type Browser } from '@playwright/test';

import { photo } from '../server/media/test-images';
import { SEED_ARTICLE_PATH } from './fixtures';
import { httpRequest } from './crash/http';
import { NewsroomClient, readActionIds } from './crash/newsroom-client';
import { ProductionServer } from './crash/production-server';

// Operations (issue 16), on production servers of their own (not the shared e2e server, whose log Playwright keeps):
// what the server logs for a request, a newsroom action and an error; the metrics; the Danish error pages with the
// error id the log has; and a backup taken while the site serves and saves, restored on a second server that then
// serves the same pages. How to operate it: docs/operations.md.

const DIR = path.resolve('.test-tmp', 'operations');
const PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const METRICS_TOKEN = 'operations-metrics-token';

test.describe.configure({ mode: 'serial' });

let server: ProductionServer;
let admin: { email: string; password: string };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  server = new ProductionServer({
    port: PORT,
    ...original,
    env: { METRICS_TOKEN, LOG_FORMAT: 'json' },
  });
  await server.start();
  // The demo accounts' passwords are in a file beside the database, readable by its owner only; not in the log.
  const logins = path.join(DIR, 'demo-logins.txt');
  expect(fs.statSync(logins).mode & 0o077).toBe(0);
  const line = fs
    .readFileSync(logins, 'utf8')
    .split('\n')
    .find((text) => text.startsWith('admin'));
  const [, email = '', password = ''] = line!.split(/\s+/);
  admin = { email, password };
  expect(password.length).toBeGreaterThan(10);
});

test.afterAll(async () => {
  await server?.stop();
});

/** The log lines of one request, once they are written. */
async function linesOf(requestId: string) {
  await expect.poll(() => server.logLines().some((line) => line.requestId === requestId)).toBe(true);
  return server.logLines().filter((line) => line.requestId === requestId);
}

test('every request and newsroom action is one JSON log line with its request id; no password or cookie is logged', async () => {
  const page = await httpRequest(`${server.origin}/?utm_source=nyhedsbrev`, {
    headers: { cookie: 'authjs.session-token=hemmelig-cookie' },
  });
  expect(page.status).toBe(200);
  const requestId = String(page.headers['x-request-id']);
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  const [line = {}] = await linesOf(requestId);
  expect(line).toMatchObject({
    level: 'info',
    event: 'request',
    method: 'GET',
    path: '/',
    route: 'front',
    status: 200,
  });
  expect(typeof line.ms).toBe('number');
  expect(typeof line.time).toBe('string');

  const client = new NewsroomClient(() => server.origin, readActionIds());
  await client.logIn(admin.email, admin.password);
  const title = `Driftschef ${Date.now()}`;
  const created = await client.callAction(
    '/admin/job/ny',
    'server/actions/jobs.ts#createJobAction',
    [
      {
        company: 'Drift ApS',
        title,
        region: 'København',
        description: 'Et job fra driftstesten.',
        url: 'https://example.com/job',
        deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      },
    ],
    '/admin/job',
  );
  expect(created.ok).toBe(true);
  await expect
    .poll(() => server.logLines().find((entry) => entry.event === 'newsroom.action' && entry.action === 'job.create'))
    .toMatchObject({ level: 'info', result: 'ok', rule: 'widgets:manage', entityType: 'job' });

  const log = server.output.join('');
  expect(log).not.toContain(admin.password);
  expect(log).not.toContain('hemmelig-cookie');
  expect(log).not.toContain('utm_source');
});

test('the Prometheus metrics need the token and count requests, actions, the scheduler and the event loop', async () => {
  expect((await httpRequest(`${server.origin}/api/metrics`)).status).toBe(404);
  const scrape = () =>
    httpRequest(`${server.origin}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  // The scheduler runs every 10 s; its first run may still be ahead.
  await expect
    .poll(async () => (await scrape()).body, { timeout: 15_000 })
    .toMatch(/^spalte_scheduler_runs_total\{result="ok"\} [1-9]/m);
  const metrics = await scrape();
  expect(metrics.status).toBe(200);
  expect(metrics.headers['content-type']).toContain('text/plain');
  expect(metrics.body).toMatch(/^spalte_http_requests_total\{route="front",method="GET",status="2xx"\} [1-9]/m);
  expect(metrics.body).toMatch(/^spalte_http_request_duration_seconds_count\{route="front"\} [1-9]/m);
  expect(metrics.body).toMatch(/^spalte_newsroom_actions_total\{result="ok"\} [1-9]/m);
  expect(metrics.body).toMatch(/^spalte_scheduler_last_run_timestamp_seconds \d/m);
  expect(metrics.body).toMatch(/^spalte_sqlite_busy_retries_total 0$/m);
  expect(metrics.body).toMatch(/^nodejs_eventloop_lag_p99_seconds \d/m);
  expect(metrics.body).toMatch(/^process_resident_memory_bytes \d/m);
});

test('errors are Danish and server-rendered with the error id the log has, never the stack', async ({ browser }) => {
  // Next's own answers on its paths, in Danish: an unknown /api/ address gets the site's not-found page, a missing
  // script a short text.
  const missingApi = await httpRequest(`${server.origin}/api/findes-ikke`);
  expect(missingApi.status).toBe(404);
  expect(missingApi.body).toMatch(/<main id="indhold"[^>]*>[\s\S]*<h1[^>]*>Siden findes ikke<\/h1>/);
  const missingFile = await httpRequest(`${server.origin}/_next/static/chunks/findes-ikke.js`);
  expect(missingFile.status).toBe(404);
  expect(missingFile.body).toBe('Siden findes ikke.\n');
  const badImage = await httpRequest(`${server.origin}/_next/image?url=x`);
  expect(badImage.status).toBe(400);
  expect(badImage.body).toBe('Forespørgslen er ugyldig.\n');

  // A database that lost a table (as a failed manual change would leave it): the search renders per request.
  await withTableHidden('sections', async () => {
    const reader = await noScriptPage(browser);
    const response = await reader.goto(`${server.origin}/soeg?q=datacenter`);
    expect(response?.status()).toBe(500);
    await expect(reader.getByRole('heading', { level: 1, name: 'Der opstod en fejl' })).toBeVisible();
    await expect(reader.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/');
    const errorId = (await reader.getByText(/^Fejl-id:/).innerText()).replace('Fejl-id:', '').trim();
    expect(errorId).not.toBe('');
    const html = await response!.text();
    expect(html).not.toMatch(/SqliteError|no such table|at \w+ \(/);

    const requestId = String(response!.headers()['x-request-id']);
    const lines = await linesOf(requestId);
    const error = lines.find((line) => line.event === 'request.error');
    expect(error).toMatchObject({ level: 'error', errorId, path: '/soeg' });
    expect(String((error!.err as { stack?: string }).stack)).toContain('no such table: sections');
    expect(lines.find((line) => line.event === 'request')).toMatchObject({ status: 500, level: 'error' });
    await reader.context().close();
  });
});

test('a backup taken while the site saves restores to a second server that serves the same pages', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const client = new NewsroomClient(() => server.origin, readActionIds());
  await client.logIn(admin.email, admin.password);
  // Uploads go on while the backup runs (they change no public page); those acknowledged before it started must be
  // in it, and no upload it holds may lack its files.
  const image = await photo('jpeg', { width: 640, height: 400 });
  const acknowledged: string[] = [];
  let uploading = true;
  const uploads = (async () => {
    for (let n = 1; uploading && n <= 100; n++) {
      const result = await client.upload(image, `backup-${n}.jpg`);
      if (result.ok) acknowledged.push(result.value.fileName);
    }
  })();
  await expect.poll(() => acknowledged.length).toBeGreaterThan(1);
  const beforeBackup = [...acknowledged];
  const backups = path.join(DIR, 'backups');
  const backup = await run('backup', ['--out', backups], original);
  uploading = false;
  await uploads;
  expect(backup.code, backup.output).toBe(0);
  const folder = fs.readdirSync(backups).find((name) => name.startsWith('spalte-')) ?? 'ingen';
  const manifest = JSON.parse(fs.readFileSync(path.join(backups, folder, 'manifest.json'), 'utf8'));
  expect(manifest.files.length).toBeGreaterThan(10);

  const restored = {
    databasePath: path.join(DIR, 'restored', 'spalte.db'),
    uploadDir: path.join(DIR, 'restored', 'uploads'),
  };
  const restore = await run('restore', ['--from', path.join(backups, folder)], restored);
  expect(restore.code, restore.output).toBe(0);
  expect(restore.output).toContain('integrity_check: ok');
  const db = new Database(restored.databasePath, { readonly: true });
  const stored = new Set(
    (db.prepare('SELECT file_name FROM media').all() as { file_name: string }[]).map((row) => row.file_name),
  );
  db.close();
  for (const fileName of beforeBackup) {
    expect(stored.has(fileName)).toBe(true);
    expect(fs.existsSync(path.join(restored.uploadDir, fileName))).toBe(true);
  }

  // The restored site, on a server of its own with the original's address, serves the same pages.
  const second = new ProductionServer({
    port: PORT + 1,
    ...restored,
    env: { SITE_URL: server.origin, LOG_FORMAT: 'json' },
  });
  try {
    await second.start();
    // The original's pages as they stood at the backup: the jobs saved since are not in the restored copy.
    for (const pagePath of ['/', SEED_ARTICLE_PATH, '/cloud', '/navnenyt', '/rss.xml']) {
      const [original, copy] = await Promise.all([
        httpRequest(`${server.origin}${pagePath}`),
        httpRequest(`${second.origin}${pagePath}`),
      ]);
      expect(copy.status, pagePath).toBe(original.status);
      expect(await mainText(browser, `${second.origin}${pagePath}`), pagePath).toBe(
        await mainText(browser, `${server.origin}${pagePath}`),
      );
    }
    // Every image the restored pages show is there.
    const image = await httpRequest(`${second.origin}${SEED_ARTICLE_PATH}`);
    const src = /src="(\/medier\/[^"]+)"/.exec(image.body)?.[1] ?? /\/medier\/[\w.-]+/.exec(image.body)?.[0];
    expect(src).toBeTruthy();
    expect((await httpRequest(`${second.origin}${src}`)).status).toBe(200);
  } finally {
    await second.stop();
  }
});

/** A browser page without JavaScript: what it shows was rendered by the server. */
async function noScriptPage(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

/** The text a reader sees in a page's main content (or a feed's whole text). */
async function mainText(browser: Browser, url: string): Promise<string> {
  const page = await noScriptPage(browser);
  try {
    const response = await page.goto(url);
    if (!String(response?.headers()['content-type']).startsWith('text/html')) {
      // A feed: the same items in the same order (its build date is the time it was rendered).
      return (await response!.text()).replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, '');
    }
    return await page.locator('main').innerText();
  } finally {
    await page.context().close();
  }
}

/** Runs `fn` while `table` is renamed away in the server's database, and puts it back. */
async function withTableHidden(table: string, fn: () => Promise<void>) {
  const db = new Database(original.databasePath);
  db.exec(`ALTER TABLE ${table} RENAME TO ${table}_skjult`);
  try {
    await fn();
  } finally {
    db.exec(`ALTER TABLE ${table}_skjult RENAME TO ${table}`);
    db.close();
  }
}

const original = { databasePath: path.join(DIR, 'spalte.db'), uploadDir: path.join(DIR, 'uploads') };

/** Runs `npm run backup` or `npm run restore` (their scripts) against a database and upload directory. */
function run(
  script: 'backup' | 'restore',
  args: string[],
  target: { databasePath: string; uploadDir: string },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', path.join('scripts', `${script}.ts`), ...args],
      {
        env: { ...process.env, DATABASE_PATH: target.databasePath, UPLOAD_DIR: target.uploadDir, LOG_FORMAT: 'json' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const output: string[] = [];
    child.stdout.on('data', (chunk) => output.push(String(chunk)));
    child.stderr.on('data', (chunk) => output.push(String(chunk)));
    child.on('close', (code) => resolve({ code, output: output.join('') }));
  });
}
