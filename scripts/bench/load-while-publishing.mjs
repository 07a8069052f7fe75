// `npm run bench:load`: readers keep public pages busy while an editor publishes, edits and unpublishes (issue 16).
//
//   npm run bench:load                           build if needed, start `npm start`'s server on a fresh demo database
//   npm run bench:load -- --connections 100 --duration 120 --interval 2 --warmup-cycles 0 --port 3712
//   npm run bench:load -- --origin http://127.0.0.1:8080 --database data/spalte.db --email anna@spalte.dk
//                                                an origin that is already running (e.g. a cache in front of several
//                                                servers); the password comes from SPALTE_PASSWORD
//
// autocannon holds --connections keep-alive connections (default 50) on public pages for --duration seconds
// (default 60), each request picking a page at random: the front page, article pages (the two the editor changes
// among them), every section page and the RSS feed. Meanwhile an editor changes something every --interval seconds
// (default 3) through the newsroom's own server actions (scripts/bench/newsroom.mjs), in a cycle of six: publish an
// article, edit its title and lead, pin a second article as the front page's lead story, edit that story's lead,
// unpin it, unpublish the first. After each change every page it affects is requested again and again, as a reader
// would, until it shows the change (the delay runs from the action's answer to the end of that response) and for a
// second more (it must not go back). Every reader request to an affected page that was sent after the answer must
// show the change too. Before the measurement, --warmup-cycles (default 2) cycles of changes run under the same load.
//
// Requirements: no connection errors or timeouts, no 5xx, no other 4xx than the unpublished article's 410 (and its
// 404 before it is first published), every change visible within --deadline ms (default 1000), no old state after
// a change's answer. The exit code is 1 when one is missed. The result is printed as Markdown for docs/benchmarks.md.
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
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '60' },
    interval: { type: 'string', default: '3' },
    deadline: { type: 'string', default: '1000' },
    origin: { type: 'string' },
    database: { type: 'string' },
    email: { type: 'string' },
    port: { type: 'string' },
    section: { type: 'string' },
    'warmup-cycles': { type: 'string', default: '2' },
  },
});
const CONNECTIONS = Number(options.connections);
const DURATION_S = Number(options.duration);
const INTERVAL_S = Number(options.interval);
const DEADLINE_MS = Number(options.deadline);
/**
 * Full cycles of changes under the same load before the measurement: the first 15–30 s of load are slow (see
 * docs/benchmarks.md), and the measurement is of a server in its stride.
 */
const WARMUP_CYCLES = Number(options['warmup-cycles']);
/** How long a change may take to show before the benchmark stops waiting for it (and counts it as missed). */
const GIVE_UP_MS = 10_000;
/** How long a page that shows a change is watched for going back to the old state. */
const CONFIRM_MS = 1000;
// Readers send no Accept-Encoding, so every page they get can be read and judged (autocannon hands over the body as
// it came); the polling readers' fetch() accepts gzip, as browsers do.
const READER_HEADERS = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) spalte-bench' };

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

/** One reader's request: its status, its page and how the server says it served it (HIT, STALE, MISS). */
async function read(origin, url) {
  const response = await fetch(origin + url, {
    redirect: 'manual',
    headers: READER_HEADERS,
    signal: AbortSignal.timeout(GIVE_UP_MS),
  });
  return { status: response.status, html: await response.text(), cache: response.headers.get('x-nextjs-cache') ?? '-' };
}

/**
 * Requests `check.url` until it shows the change (or GIVE_UP_MS pass), then for CONFIRM_MS more: a page that shows
 * the change and then the old state again (a render begun before the change, cached after it) counts as reverted.
 * `since` is when the action answered; answers before the change showed are counted as stale.
 */
async function visibleAfter(origin, check, since) {
  const stale = [];
  const reverted = [];
  let shown = null;
  while (performance.now() - since < (shown ? shown.ms + CONFIRM_MS : GIVE_UP_MS)) {
    const requested = performance.now();
    const answer = await read(origin, check.url).catch((error) => ({ status: 0, html: '', cache: error.name }));
    const visible = check.visible(answer.status, answer.html);
    if (visible && !shown) shown = { ms: performance.now() - since, requestedAfter: requested - since };
    else if (!visible) (shown ? reverted : stale).push(`${answer.status} ${answer.cache}`);
  }
  return { page: check.page, ms: shown?.ms ?? null, requestedAfter: shown?.requestedAfter ?? null, stale, reverted };
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

/** The readers' pages, each request picking one at random: the front page a quarter of the time. */
function readerMix(facts, state) {
  const others = [state.toggled.path, state.pinned.path, ...facts.articles, ...facts.sections, '/rss.xml'];
  return [...others, ...Array(Math.round(others.length / 3)).fill('/')];
}

const percentile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null;
};
const median = (values) => percentile(values, 0.5);
const sum = (values) => values.reduce((total, n) => total + n, 0);
const ms = (value) => (value === null ? '—' : `${Math.round(value)} ms`);
const fmt = (n) => n.toLocaleString('en-US');

/** Average requests per second in 5-second stretches. */
const timeline = (perSecond) =>
  Array.from({ length: Math.ceil(perSecond.length / 5) }, (_, i) =>
    Math.round(sum(perSecond.slice(i * 5, i * 5 + 5)) / perSecond.slice(i * 5, i * 5 + 5).length),
  ).join(' ');

/**
 * The editor's changes while the readers run for `seconds`: one every INTERVAL_S (the first after one interval,
 * the last an interval before the end), each followed by its checks. Results go to `changes`; with a local server,
 * its event-loop delay since the previous change goes to `serverLoops`.
 */
async function changesDuring(seconds, { origin, cycle, server, changes, serverLoops, watch }) {
  const started = performance.now();
  for (let k = 1; (k + 1) * INTERVAL_S <= seconds; k++) {
    await sleep(Math.max(0, started + k * INTERVAL_S * 1000 - performance.now()));
    const step = cycle[(k - 1) % cycle.length];
    const sent = performance.now();
    watch.current = null;
    try {
      await step.run();
    } catch (error) {
      changes.push({ change: step.change, error: error.message, results: [] });
      console.log(`  ${step.change}: FAILED ${error.message}`);
      continue;
    }
    const answered = performance.now();
    const checks = step.checks();
    // Until the next change, every reader request sent after this answer must show this change too.
    watch.current = { answered, checks, fresh: 0, stale: [] };
    const results = await Promise.all(checks.map((check) => visibleAfter(origin, check, answered)));
    const loop = server ? (await metrics(server, true)).eventLoopDelayMs : null;
    if (loop) serverLoops.push(loop);
    changes.push({ change: step.change, actionMs: answered - sent, results, readers: watch.current });
    const notes = (r) =>
      [
        r.stale.length && `${r.stale.length} stale: ${r.stale.join(', ')}`,
        r.reverted.length && `REVERTED: ${r.reverted.join(', ')}`,
      ]
        .filter(Boolean)
        .join('; ');
    console.log(
      `  ${step.change.padEnd(32)} action ${ms(answered - sent).padStart(7)}; visible: ${results
        .map((r) => `${r.page} ${ms(r.ms)}${notes(r) ? ` (${notes(r)})` : ''}`)
        .join(
          ', ',
        )}${loop ? `; server event loop max ${Math.round(loop.max)} ms` : ''}; load ${os.loadavg()[0].toFixed(1)}` +
        (watch.current.stale.length ? `; READERS GOT THE OLD STATE: ${watch.current.stale.join(', ')}` : ''),
    );
  }
}

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

  // What the readers got while the measurement ran (the warm-up before it is not counted): autocannon's own
  // result would cover the warm-up too, so the figures are gathered from its events.
  const window = {
    open: false,
    lastAnswer: 0,
    times: [],
    statuses: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
    errors: 0,
    timeouts: 0,
  };
  // The toggled article is expected to answer 404 before it is first published and 410 while unpublished.
  const toggledAnswers = new Map();
  // autocannon hands a response's page (onResponse) and then its timing ('response') to us in one go.
  let answer = null;
  // Each request picks its page at random: with a fixed list every connection would walk it in step with the
  // others, all 64 asking for the same page at once (a burst of section pages, then of articles), which no
  // readership does. The connection's context remembers the page until its response.
  const requests = [
    {
      method: 'GET',
      setupRequest: (request, context) => {
        context.url = mix[Math.floor(Math.random() * mix.length)];
        return { ...request, path: context.url };
      },
      onResponse: (status, html, context) => {
        answer = { url: context.url, status, html };
        if (window.open && context.url === state.toggled.path)
          toggledAnswers.set(status, (toggledAnswers.get(status) ?? 0) + 1);
      },
    },
  ];
  const watch = { current: null };
  // Each page's response times, to tell which pages are slow.
  const latencies = new Map();
  /** Counts a reader's response, and judges it by the latest change's checks if it was sent after that change's answer. */
  const judge = (status, responseTime) => {
    const change = watch.current;
    const judged = answer;
    answer = null;
    if (window.open) {
      window.lastAnswer = performance.now();
      window.times.push(responseTime);
      window.statuses[`${Math.floor(status / 100)}xx`]++;
      if (judged) latencies.set(judged.url, [...(latencies.get(judged.url) ?? []), responseTime]);
    }
    if (!change || !judged || performance.now() - responseTime <= change.answered) return;
    for (const check of change.checks.filter((c) => c.url === judged.url)) {
      if (check.visible(judged.status, judged.html)) change.fresh++;
      else change.stale.push(`${check.page} ${judged.status}`);
    }
  };
  const cycle = editorCycle(editor, state);
  // One run of readers for the warm-up and the measurement, so the measurement does not start with 64 new
  // connections arriving at once. It is stopped by hand: slow changes can make the warm-up last longer.
  const warmup = WARMUP_CYCLES > 0 ? (WARMUP_CYCLES * cycle.length + 1) * INTERVAL_S : 0;
  const load = autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: 24 * 60 * 60,
    headers: READER_HEADERS,
    requests,
  });
  // Requests per second as the run goes, to tell a slow stretch from a slow run.
  const perSecond = [];
  load.on('tick', ({ counter }) => perSecond.push(counter));
  load.on('response', (_client, status, _bytes, responseTime) => judge(status, responseTime));
  load.on('reqError', (error) => {
    if (!window.open) return;
    window.errors++;
    if (/timed out/.test(error.message)) window.timeouts++;
  });
  const loadStarted = performance.now();
  if (warmup) {
    console.log(
      `Warm-up, not counted: ${CONNECTIONS} connections for ${warmup} s, ${WARMUP_CYCLES} cycle(s) of changes.`,
    );
    await changesDuring(warmup, { origin, cycle, server, changes: [], serverLoops: [], watch });
    await sleep(Math.max(0, loadStarted + warmup * 1000 - performance.now()));
  }

  if (server) await metrics(server, true);
  const clientLoop = monitorEventLoopDelay({ resolution: 10 });
  clientLoop.enable();
  console.log(`Readers: ${CONNECTIONS} connections for ${DURATION_S} s on ${origin}; a change every ${INTERVAL_S} s.`);
  window.open = true;
  const measuredFrom = performance.now();
  const changes = [];
  const serverLoops = [];
  await changesDuring(DURATION_S, { origin, cycle, server, changes, serverLoops, watch });
  await sleep(Math.max(0, measuredFrom + DURATION_S * 1000 - performance.now()));
  window.open = false;
  load.stop();
  await load;
  const seconds = (performance.now() - measuredFrom) / 1000;
  clientLoop.disable();
  const warmupTicks = Math.round((measuredFrom - loadStarted) / 1000);
  console.log(
    `  requests/s, 5 s at a time: ${warmup ? `${timeline(perSecond.slice(0, warmupTicks))} (warm-up) | ` : ''}${timeline(perSecond.slice(warmupTicks))}`,
  );
  console.log('  latency by page (p50 / p99 / max, requests):');
  for (const [url, times] of [...latencies].sort(([, a], [, b]) => median(b) - median(a)))
    console.log(
      `    ${url.padEnd(60)} ${ms(median(times))} / ${ms(percentile(times, 0.99))} / ${ms(Math.max(...times))}, ${times.length}`,
    );
  const serverAfter = server ? await metrics(server) : null;
  if (serverAfter) serverLoops.push(serverAfter.eventLoopDelayMs);
  const result = {
    requests: { total: window.times.length, average: window.times.length / seconds },
    latency: Object.fromEntries(
      [
        ['p50', 0.5],
        ['p90', 0.9],
        ['p99', 0.99],
        ['max', 1],
      ].map(([key, q]) => [key, Math.round(percentile(window.times, q))]),
    ),
    ...window.statuses,
    errors: window.errors,
    timeouts: window.timeouts,
    silentEnd: (measuredFrom + seconds * 1000 - window.lastAnswer) / 1000,
    seconds,
  };

  // Leave the site as found: the original pins, both articles unpublished.
  if (state.pins.join(',') !== state.originalPins.join(','))
    await callAction(editor, 'saveFrontPageAction', [state.originalPins, state.pins]);
  for (const article of [state.toggled, state.pinned])
    if (article.published) await callAction(editor, 'transitionAction', [article.id, 'unpublish'], article.id);

  // The server's last lines, for a run that missed a requirement (a 5xx leaves its stack trace there).
  const serverLog = server ? server.output.join('').split('\n').slice(-40).join('\n') : null;
  return { result, changes, toggledAnswers, clientLoop, serverAfter, serverLoops, mix, serverLog, warmup };
}

function report(measured, { local, loadavg }) {
  const { result, changes, toggledAnswers, clientLoop, serverLoops, serverAfter, mix, warmup } = measured;
  const expectedGone = (toggledAnswers.get(404) ?? 0) + (toggledAnswers.get(410) ?? 0);
  const unexpected4xx = result['4xx'] - expectedGone;
  const done = changes.filter((change) => !change.error);
  const results = done.flatMap((change) => change.results);
  const delays = results.map((r) => r.ms).filter((value) => value !== null);
  const stale = sum(results.map((r) => r.stale.length));
  const reverted = results.filter((r) => r.reverted.length > 0);
  // A polling request that failed (no answer within 10 s, a reset) is in its check's stale list with status 0.
  const pollErrors = sum(results.map((r) => r.stale.filter((answer) => answer.startsWith('0 ')).length));
  const readersFresh = sum(done.map((change) => change.readers.fresh));
  const readersStale = sum(done.map((change) => change.readers.stale.length));
  const requirements = [
    // autocannon counts a timeout (no answer within 10 s) as an error too.
    ['connection errors and timeouts', result.errors + pollErrors],
    // A run whose readers stopped early proves nothing.
    ['seconds without reader answers at the end, if over 5', result.silentEnd > 5 ? Math.round(result.silentEnd) : 0],
    ['5xx answers', result['5xx']],
    ['other 4xx answers', unexpected4xx],
    ['changes refused or failed', changes.length - done.length],
    [
      `pages not showing a change within ${DEADLINE_MS} ms`,
      results.filter((r) => r.ms === null || r.ms > DEADLINE_MS).length,
    ],
    ['pages going back to the old state after showing a change', reverted.length],
    ["readers' requests sent after a change's answer that did not show it", readersStale],
  ].map(([label, value]) => ({ label, value, ok: value === 0 }));

  const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?';
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${cores} cores, shared: load average ${loadavg.map((n) => n.toFixed(1)).join(', ')} before the run), Node ${process.version}, by \`npm run bench:load${local ? '' : ' -- --origin …'}\`: ` +
      `${local ? "`npm start`'s production server on a fresh copy of the demo database; " : ''}autocannon (in the same process as the editor, on the same cores) holding ${CONNECTIONS} keep-alive connections for ${Math.round(result.seconds)} s${result.seconds > DURATION_S + 5 ? ` (${DURATION_S} s asked for; the readers go on until the last change is checked, and slow changes took longer)` : ''} on public pages picked at random for each request (the front page a quarter of the time, otherwise one of ${new Set(mix).size - 1}: article pages, the two being changed among them, every section page and \`/rss.xml\`), uncompressed so that every page can be checked, ${warmup ? `after a warm-up of ${warmup} s with the same readers and ${WARMUP_CYCLES} cycles of the changes below (not counted)` : 'on a cold server (no warm-up)'}. ` +
      `Meanwhile an editor made a change every ${INTERVAL_S} s through the newsroom's server actions, and after each one the pages it affects were requested until they showed it, then for ${CONFIRM_MS / 1000} s more to see that they kept showing it. A delay runs from the action's answer to the end of the first response showing the change; a change is visible when every page it affects shows it.`,
    '',
    '| readers | |',
    '| --- | ---: |',
    `| requests | ${fmt(result.requests.total)} |`,
    `| requests/s | ${fmt(Math.round(result.requests.average))} |`,
    `| latency p50 / p90 / p99 / max | ${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} / ${result.latency.max} ms |`,
    `| 2xx / 3xx | ${fmt(result['2xx'])} / ${fmt(result['3xx'])} |`,
    `| 404/410 from the article while unpublished (expected) | ${fmt(expectedGone)} |`,
    `| other 4xx / 5xx | ${fmt(unexpected4xx)} / ${fmt(result['5xx'])} |`,
    `| connection errors (timeouts among them) | ${result.errors} (${result.timeouts}), and ${pollErrors} of the polling requests |`,
    '',
    '| change | times | action answered, median | visible after, median | visible after, max | stale / reverted answers | readers after it: showing it / not |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const kind of new Set(changes.map((change) => change.change))) {
    const ofKind = done.filter((change) => change.change === kind);
    const whole = ofKind.map((change) =>
      change.results.some((r) => r.ms === null) ? null : Math.max(...change.results.map((r) => r.ms)),
    );
    const answers = (key) => sum(ofKind.flatMap((change) => change.results.map((r) => r[key].length)));
    lines.push(
      `| ${kind} | ${ofKind.length} | ${ms(median(ofKind.map((change) => change.actionMs)))} | ${ms(median(whole.filter((v) => v !== null)))} | ${whole.includes(null) ? 'never' : ms(Math.max(...whole))} | ${answers('stale')} / ${answers('reverted')} | ${fmt(sum(ofKind.map((change) => change.readers.fresh)))} / ${sum(ofKind.map((change) => change.readers.stale.length))} |`,
    );
  }
  const firstShowed = results.filter((r) => r.ms !== null && r.stale.length === 0).length;
  const latestRequest = Math.max(0, ...results.map((r) => r.requestedAfter ?? GIVE_UP_MS));
  lines.push(
    '',
    `${done.length} changes, ${results.length} page checks: visible after p50 ${ms(median(delays))}, p90 ${ms(percentile(delays, 0.9))}, max ${ms(delays.length ? Math.max(...delays) : null)}. ` +
      `${stale} stale answers after a change's answer${stale ? ` (${[...new Set(results.filter((r) => r.stale.length).map((r) => r.page))].join(', ')})` : ''}, ${sum(reverted.map((r) => r.reverted.length))} answers back to the old state after showing the change. ` +
      `Of the readers' own requests to an affected page that were sent after a change's answer (and before the next change), ${fmt(readersFresh)} showed the change and ${readersStale} did not. ` +
      `In ${firstShowed} of ${results.length} checks the first request sent after the answer already showed the change, and the request that first showed it was sent at most ${ms(latestRequest)} after the answer: the rest of a delay is that request's own time in the server's queue and render.`,
  );
  const loopMs = (histogram, q) => (histogram.percentile(q) / 1e6).toFixed(1);
  lines.push(
    '',
    `Event-loop delay of the benchmark's own process (readers and editor): p99 ${loopMs(clientLoop, 99)} ms, max ${(clientLoop.max / 1e6).toFixed(1)} ms.` +
      (serverLoops.length
        ? ` The server's (\`/api/metrics\`, read after every change): p99 ${Math.round(median(serverLoops.map((l) => l.p99)))} ms in the median stretch between changes, ${Math.round(Math.max(...serverLoops.map((l) => l.p99)))} ms in the worst; max ${Math.round(Math.max(...serverLoops.map((l) => l.max)))} ms; RSS ${serverAfter.memoryMb.rss} MB at the end.`
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
