// `npm run bench:load`: readers keep public pages busy while an editor publishes, edits and unpublishes (issue 16).
//
//   npm run bench:load                           build if needed, start `npm start`'s server on a fresh demo database
//   npm run bench:load -- --connections 100 --duration 120 --interval 2
//   npm run bench:load -- --origin http://127.0.0.1:8080 --database data/spalte.db --email anna@spalte.dk
//                                                an origin that is already running (e.g. a cache in front of several
//                                                servers); the password comes from SPALTE_PASSWORD
//
// autocannon holds --connections keep-alive connections (default 64) on a mix of public pages for --duration
// seconds (default 60): the front page, article pages (the two the editor changes among them), every section page
// and the RSS feed. Meanwhile an editor changes something every --interval seconds (default 3) through the
// newsroom's own server actions (scripts/bench/newsroom.mjs), in a cycle of six: publish an article, edit its title
// and lead, pin a second article as the front page's lead story, edit that story's lead, unpin it, unpublish the
// first. After each change every page it affects is requested again and again, as a reader would, until it shows
// the change; the delay is counted from the action's answer to the end of the first response that shows it.
//
// Requirements: no connection errors or timeouts, no 5xx, no other 4xx than the unpublished article's 410 (and its
// 404 before it is first published), every change visible within --deadline ms (default 1000). The exit code is 1
// when one is missed. The result is printed as a Markdown block for docs/benchmarks.md.
//
// The database is only read for what the editor needs to write an article (a section, a byline) and for the
// readers' pages; the two articles are the benchmark's own, made with the newsroom's create action and left
// unpublished at the end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

import { ROOT, STAFF } from './constants.mjs';
import { actionIds, callAction } from './newsroom.mjs';
import { logIn, metrics, running, startServer, stopServer } from './server.mjs';

const { values: options } = parseArgs({
  options: {
    connections: { type: 'string', default: '64' },
    duration: { type: 'string', default: '60' },
    interval: { type: 'string', default: '3' },
    deadline: { type: 'string', default: '1000' },
    origin: { type: 'string' },
    database: { type: 'string' },
    email: { type: 'string' },
    port: { type: 'string' },
    section: { type: 'string' },
  },
});
const CONNECTIONS = Number(options.connections);
const DURATION_S = Number(options.duration);
const INTERVAL_S = Number(options.interval);
const DEADLINE_MS = Number(options.deadline);
/** How long a change may take to show before the benchmark stops waiting for it (and counts it as missed). */
const GIVE_UP_MS = 10_000;
// A browser's request headers as far as the server cares: it compresses for clients that accept it.
const READER_HEADERS = { 'accept-encoding': 'gzip', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) spalte-bench' };

const tsx = (script, args, env) =>
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });

/** A fresh copy of the demo database with a newsroom account, made the way an operator makes one. */
function demoDatabase(dir) {
  const env = { DATABASE_PATH: path.join(dir, 'spalte.db'), UPLOAD_DIR: path.join(dir, 'uploads') };
  // The seed prints the demo accounts' passwords; they are throwaway, like the database.
  if (tsx('scripts/db-seed.ts', [], env).status !== 0) throw new Error('npm run db:seed failed');
  const args = ['--email', STAFF.email, '--name', STAFF.name, '--role', 'editor'];
  if (tsx('scripts/user-create.ts', args, { ...env, SPALTE_PASSWORD: STAFF.password }).status !== 0)
    throw new Error('npm run user:create failed');
  return { file: env.DATABASE_PATH, uploads: env.UPLOAD_DIR };
}

/** What the editor and the readers need from the database: a section and a byline, the pages to read, the pins. */
function siteFacts(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const sections = db.prepare('SELECT id, slug FROM sections WHERE hidden = 0 ORDER BY position').all();
    const section = options.section ? sections.find((s) => s.slug === options.section) : sections[0];
    if (!section) throw new Error(`no visible section ${options.section ?? ''}`);
    const author = db.prepare('SELECT id FROM authors WHERE active = 1 ORDER BY id LIMIT 1').get();
    if (!author) throw new Error('the database has no active author for the byline');
    const articles = db
      .prepare(
        `SELECT '/' || s.slug || '/' || a.slug AS path FROM articles a JOIN sections s ON s.id = a.section_id
         WHERE a.status = 'published' AND a.kind = 'news' ORDER BY a.published_at DESC LIMIT 8`,
      )
      .all()
      .map((row) => row.path);
    const pins = db
      .prepare('SELECT article_id AS id FROM front_page_slots ORDER BY position')
      .all()
      .map((row) => row.id);
    return { section, authorId: author.id, sections: sections.map((s) => `/${s.slug}`), articles, pins };
  } finally {
    db.close();
  }
}

// The front page's lead story is the section Spalte labels "Tophistorie" (components of app/(site)/page.tsx).
const leadStory = (html) => {
  const start = html.indexOf('aria-label="Tophistorie"');
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
};

/** What a reader of `url` sees once the change is there. */
const shows = (page, url, ...texts) => ({
  page,
  url,
  visible: (status, html) => status === 200 && texts.every((text) => html.includes(text)),
});
const hides = (page, url, text) => ({ page, url, visible: (status, html) => status === 200 && !html.includes(text) });
const gone = (page, url) => ({ page, url, visible: (status) => status === 410 });
const leadShows = (text) => ({
  page: 'front page',
  url: '/',
  visible: (status, html) => status === 200 && leadStory(html).includes(text),
});
const leadHides = (text) => ({
  page: 'front page',
  url: '/',
  visible: (status, html) => status === 200 && !leadStory(html).includes(text),
});

/**
 * Requests `check.url` until it shows the change (or GIVE_UP_MS pass). `since` is when the action answered; the
 * answers before the change showed are counted as stale, with how the server said it served them.
 */
async function visibleAfter(origin, check, since) {
  const stale = [];
  while (performance.now() - since < GIVE_UP_MS) {
    const requested = performance.now();
    const response = await fetch(origin + check.url, {
      redirect: 'manual',
      headers: READER_HEADERS,
      signal: AbortSignal.timeout(GIVE_UP_MS),
    });
    const html = await response.text();
    if (check.visible(response.status, html))
      return { page: check.page, ms: performance.now() - since, requestedAfter: requested - since, stale };
    stale.push(`${response.status} ${response.headers.get('x-nextjs-cache') ?? '-'}`);
  }
  return { page: check.page, ms: null, requestedAfter: null, stale };
}

/** The benchmark's two articles: `toggled` is published, edited and unpublished; `pinned` leads the front page. */
function newArticle(facts, run, role) {
  const slug = `belastningstest-${run}-${role}`;
  return {
    title: `Belastningstest ${run}: ${role}, udgave 0 af artiklen`,
    slug,
    lead: `Manchet ${run} til ${role}, udgave 0 af belastningstesten.`,
    body: 'Denne artikel skrives, udgives og afpubliceres af belastningstesten (npm run bench:load).',
    kind: 'news',
    sponsor: null,
    sectionId: facts.section.id,
    topImageId: null,
    seoTitle: null,
    seoDescription: null,
    authorIds: [facts.authorId],
    tags: [],
    relatedIds: [],
  };
}

/** The six changes, in order; each makes its change and returns what should show on which page. */
function editorCycle(editor, state) {
  const { toggled, pinned, sectionPath } = state;
  const save = async (article, changes) => {
    article.content = { ...article.content, ...changes };
    const answer = await callAction(
      editor,
      'saveArticleAction',
      [article.id, article.version, article.content, {}],
      article.id,
    );
    article.version = answer.version;
  };
  const move = async (article, transition) => {
    const answer = await callAction(editor, 'transitionAction', [article.id, transition], article.id);
    article.version = answer.version;
    article.published = transition === 'publish';
  };
  const pin = async (ids) => {
    await callAction(editor, 'saveFrontPageAction', [ids, state.pins]);
    state.pins = ids;
  };
  const edition = (article, field) => article.content[field].replace(/udgave \d+/, `udgave ${++state.editions}`);
  return [
    {
      change: 'publish an article',
      run: () => move(toggled, 'publish'),
      checks: () => [
        shows('article page', toggled.path, toggled.content.title),
        shows('front page', '/', toggled.content.title),
        shows('section page', sectionPath, toggled.content.title),
      ],
    },
    {
      change: 'edit its title and lead',
      run: () => save(toggled, { title: edition(toggled, 'title'), lead: edition(toggled, 'lead') }),
      checks: () => [
        shows('article page', toggled.path, toggled.content.title, toggled.content.lead),
        shows('front page', '/', toggled.content.title),
        shows('section page', sectionPath, toggled.content.title),
      ],
    },
    {
      change: 'pin another as the lead story',
      run: () => pin([pinned.id]),
      checks: () => [leadShows(pinned.content.title)],
    },
    {
      change: "edit the lead story's lead",
      run: () => save(pinned, { lead: edition(pinned, 'lead') }),
      checks: () => [leadShows(pinned.content.lead), shows('article page', pinned.path, pinned.content.lead)],
    },
    {
      change: 'unpin it',
      run: () => pin(state.originalPins),
      checks: () => [leadHides(pinned.content.title)],
    },
    {
      change: 'unpublish the article',
      run: () => move(toggled, 'unpublish'),
      checks: () => [
        gone('article page', toggled.path),
        hides('front page', '/', toggled.content.title),
        hides('section page', sectionPath, toggled.content.title),
      ],
    },
  ];
}

/** Interleaves the readers' pages so every connection's round covers all kinds: front page most often. */
function readerMix(facts, state) {
  const others = [state.toggled.path, state.pinned.path, ...facts.articles, ...facts.sections, '/rss.xml'];
  const mix = [];
  others.forEach((url, i) => {
    if (i % 3 === 0) mix.push('/');
    mix.push(url);
  });
  return mix;
}

const percentile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null;
};
const ms = (value) => (value === null ? '—' : `${Math.round(value)} ms`);
const fmt = (n) => n.toLocaleString('en-US');

async function measure({ origin, database, credentials, server }) {
  const facts = siteFacts(database);
  const editor = { origin, cookie: null, actionIds: actionIds() };
  await logIn(editor, credentials);
  const run = Date.now().toString(36);
  const state = { editions: 0, pins: facts.pins, originalPins: facts.pins, sectionPath: `/${facts.section.slug}` };
  for (const role of ['toggled', 'pinned']) {
    const content = newArticle(facts, run, role === 'toggled' ? 'artiklen' : 'tophistorien');
    const { id, article } = await callAction(editor, 'createArticleAction', [content]);
    state[role] = { id, version: article.version, content, path: article.path, published: false };
  }
  // The pinned article is published before the load, so the toggled one is the newest news once it is published.
  const { version } = await callAction(editor, 'transitionAction', [state.pinned.id, 'publish'], state.pinned.id);
  Object.assign(state.pinned, { version, published: true });

  const mix = readerMix(facts, state);
  console.log(`Warming up ${mix.length} pages ...`);
  for (const url of new Set(mix))
    for (let i = 0; i < 2; i++) await (await fetch(origin + url, { headers: READER_HEADERS })).arrayBuffer();

  // The toggled article is expected to answer 404 before it is first published and 410 while unpublished.
  const toggledAnswers = new Map();
  const requests = mix.map((url) => ({
    method: 'GET',
    path: url,
    ...(url === state.toggled.path
      ? { onResponse: (status) => toggledAnswers.set(status, (toggledAnswers.get(status) ?? 0) + 1) }
      : {}),
  }));
  if (server) await metrics(server, true);
  const clientLoop = monitorEventLoopDelay({ resolution: 10 });
  clientLoop.enable();
  console.log(`Readers: ${CONNECTIONS} connections for ${DURATION_S} s on ${origin}; a change every ${INTERVAL_S} s.`);
  const started = performance.now();
  const load = autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: READER_HEADERS,
    requests,
  });

  const cycle = editorCycle(editor, state);
  const changes = [];
  for (let k = 1; (k + 1) * INTERVAL_S <= DURATION_S; k++) {
    await sleep(Math.max(0, started + k * INTERVAL_S * 1000 - performance.now()));
    const step = cycle[(k - 1) % cycle.length];
    const sent = performance.now();
    try {
      await step.run();
    } catch (error) {
      changes.push({ change: step.change, error: error.message, results: [] });
      console.log(`  ${step.change}: FAILED ${error.message}`);
      continue;
    }
    const answered = performance.now();
    const results = await Promise.all(step.checks().map((check) => visibleAfter(origin, check, answered)));
    changes.push({ change: step.change, actionMs: answered - sent, results });
    console.log(
      `  ${step.change.padEnd(32)} action ${ms(answered - sent).padStart(7)}; visible: ${results
        .map((r) => `${r.page} ${ms(r.ms)}${r.stale.length ? ` (${r.stale.length} stale: ${r.stale.join(', ')})` : ''}`)
        .join(', ')}`,
    );
  }
  const result = await load;
  clientLoop.disable();
  const serverAfter = server ? await metrics(server) : null;

  // Leave the site as found: the original pins, both articles unpublished.
  if (state.pins.join(',') !== state.originalPins.join(','))
    await callAction(editor, 'saveFrontPageAction', [state.originalPins, state.pins]);
  for (const article of [state.toggled, state.pinned])
    if (article.published) await callAction(editor, 'transitionAction', [article.id, 'unpublish'], article.id);

  // The server's last lines, for a run that missed a requirement (a 5xx leaves its stack trace there).
  const serverLog = server ? server.output.join('').split('\n').slice(-40).join('\n') : null;
  return { result, changes, toggledAnswers, clientLoop, serverAfter, mix, serverLog };
}

function report({ result, changes, toggledAnswers, clientLoop, serverAfter, mix }, { local, loadavg }) {
  const expectedGone = (toggledAnswers.get(404) ?? 0) + (toggledAnswers.get(410) ?? 0);
  const unexpected4xx = result['4xx'] - expectedGone;
  const results = changes.flatMap((change) => change.results);
  const delays = results.map((r) => r.ms).filter((value) => value !== null);
  const failedActions = changes.filter((change) => change.error);
  const late = results.filter((r) => r.ms === null || r.ms > DEADLINE_MS);
  const staleAnswers = results.reduce((sum, r) => sum + r.stale.length, 0);
  const requirements = [
    ['connection errors and timeouts', result.errors + result.timeouts, (n) => n === 0],
    ['5xx answers', result['5xx'], (n) => n === 0],
    ['other 4xx answers', unexpected4xx, (n) => n === 0],
    ['changes refused or failed', failedActions.length, (n) => n === 0],
    [`pages not showing a change within ${DEADLINE_MS} ms`, late.length, (n) => n === 0],
  ].map(([label, value, ok]) => ({ label, value, ok: ok(value) }));

  const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?';
  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    `Measured ${date} on this machine (${cores} cores, load average ${loadavg.map((n) => n.toFixed(1)).join(', ')} before the run), Node ${process.version}, by \`npm run bench:load${local ? '' : ` -- --origin …`}\`: ` +
      `${local ? "`npm start`'s production server on a fresh copy of the demo database, " : ''}autocannon (in the same process as the editor, on the same cores) holding ${CONNECTIONS} keep-alive connections for ${DURATION_S} s on ${mix.length} public pages in turn (the front page, the ${new Set(mix).size - 1} others: article pages, the two being changed among them, every section page and \`/rss.xml\`), accepting gzip; ` +
      `meanwhile an editor made a change every ${INTERVAL_S} s through the newsroom's server actions, and after each one the pages it affects were requested until they showed it (the delay runs from the action's answer to the end of the first response showing the change).`,
    '',
    '| readers | |',
    '| --- | ---: |',
    `| requests | ${fmt(result.requests.total)} |`,
    `| requests/s | ${fmt(Math.round(result.requests.average))} |`,
    `| latency p50 / p90 / p99 / max | ${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} / ${result.latency.max} ms |`,
    `| 2xx / 3xx | ${fmt(result['2xx'])} / ${fmt(result['3xx'])} |`,
    `| 404/410 from the article while unpublished (expected) | ${fmt(expectedGone)} |`,
    `| other 4xx / 5xx | ${fmt(unexpected4xx)} / ${fmt(result['5xx'])} |`,
    `| connection errors / timeouts | ${result.errors} / ${result.timeouts} |`,
    '',
    '| change | times | action answered, median | visible after, median | visible after, max | stale answers |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const kind of [...new Set(changes.map((change) => change.change))]) {
    const ofKind = changes.filter((change) => change.change === kind && !change.error);
    const kindResults = ofKind.flatMap((change) => change.results);
    // A change is visible when every page it affects shows it: its delay is the slowest page's.
    const whole = ofKind.map((change) =>
      change.results.some((r) => r.ms === null) ? null : Math.max(...change.results.map((r) => r.ms)),
    );
    lines.push(
      `| ${kind} | ${ofKind.length} | ${ms(
        percentile(
          ofKind.map((change) => change.actionMs),
          0.5,
        ),
      )} | ${ms(
        percentile(
          whole.filter((v) => v !== null),
          0.5,
        ),
      )} | ${whole.includes(null) ? 'never' : ms(Math.max(...whole))} | ${kindResults.reduce((sum, r) => sum + r.stale.length, 0)} |`,
    );
  }
  lines.push(
    '',
    `${changes.length} changes, ${results.length} page checks: visible after p50 ${ms(percentile(delays, 0.5))}, p99 ${ms(percentile(delays, 0.99))}, max ${ms(delays.length ? Math.max(...delays) : null)}; ${staleAnswers} stale answers after a change's answer${
      staleAnswers ? ` (${[...new Set(results.filter((r) => r.stale.length).map((r) => r.page))].join(', ')})` : ''
    }. In ${results.filter((r) => r.ms !== null && r.stale.length === 0).length} of ${results.length} checks the first request sent after the answer showed the change; the request that first showed it was sent at most ${ms(Math.max(0, ...results.map((r) => r.requestedAfter ?? GIVE_UP_MS)))} after the answer, so the rest of each delay is that request's own wait and render under the load.`,
  );
  const loopMs = (histogram, q) => (histogram.percentile(q) / 1e6).toFixed(1);
  lines.push(
    '',
    `Event-loop delay of the benchmark's own process (readers and editor): p99 ${loopMs(clientLoop, 99)} ms, max ${(clientLoop.max / 1e6).toFixed(1)} ms.` +
      (serverAfter
        ? ` The server's (via \`/api/metrics\`): p50 ${serverAfter.eventLoopDelayMs.p50} ms, p99 ${serverAfter.eventLoopDelayMs.p99} ms, max ${serverAfter.eventLoopDelayMs.max} ms; RSS ${serverAfter.memoryMb.rss} MB at the end.`
        : ''),
  );
  lines.push('', '| requirement | found | met |', '| --- | ---: | :-: |');
  for (const r of requirements) lines.push(`| ${r.label} | ${r.value} | ${r.ok ? '✓' : '✗'} |`);
  const missed = requirements.filter((r) => !r.ok);
  lines.push('', missed.length ? `**Missed:** ${missed.map((r) => r.label).join(', ')}.` : 'Every requirement met.');
  return { text: lines.join('\n'), ok: missed.length === 0 };
}

async function main() {
  if (options.origin) {
    if (!options.database)
      throw new Error('--origin needs --database: the file the editor reads a section and a byline from');
    const credentials = {
      email: options.email ?? STAFF.email,
      password: process.env.SPALTE_PASSWORD ?? STAFF.password,
    };
    return measure({ origin: options.origin.replace(/\/$/, ''), database: options.database, credentials });
  }
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--build-only'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the build failed');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spalte-load-'));
  // server.mjs stops the server on Ctrl-C and exits; the throwaway database goes with it.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const database = demoDatabase(dir);
  const server = await startServer('load', database, database.file, {
    port: options.port ? Number(options.port) : null,
  });
  running.add(server);
  try {
    console.log(
      `Server on ${server.origin} (database in ${dir}), listening after ${Math.round(server.listeningAfterMs)} ms`,
    );
    return await measure({ origin: server.origin, database: database.file, credentials: STAFF, server });
  } finally {
    await stopServer(server);
    running.delete(server);
  }
}

const loadavg = os.loadavg();
const measured = await main();
const { text, ok } = report(measured, { local: !options.origin, loadavg });
console.log(`\n${text}\n`);
if (!ok && measured.serverLog) console.log(`The server's last output:\n${measured.serverLog}`);
process.exitCode = ok ? 0 : 1;
