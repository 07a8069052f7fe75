// `npm run bench -- --archive`: Spalte at archive scale, measured side by side.
//
// Generates two archives with the project's own generator (npm run seed:archive): a small one (1,000 articles) and
// a large one (300,000), kept in .bench/ and reused while the generator, seed and migrations are unchanged. Starts
// the production server on each (scripts/start.mjs, as `npm start` does) and measures, alternating between the two
// so the shared machine's noise hits both alike:
//   1. every page type uncached (cache tags expired before each request; distinct URLs where there are many),
//      median and p95, and the ratio of the large archive's median to the small one's;
//   2. the event-loop delay (the server's own /api/metrics) under mixed load: readers, a crawler and searches;
//   3. the first request after a start, with a complete search index and with none (rebuilt in the background);
//   4. the server's memory after 10,000 distinct article pages.
// Writes the tables to docs/benchmarks.md (between the archive markers) and prints them.
//
//   node scripts/bench.mjs --archive [--articles 300000] [--small 1000] [--samples 15] [--crawl 10000] [--fresh]
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import Database from 'better-sqlite3';

import { freePort } from './free-port.mjs';
import { cacheMemoryMb, heapMemoryMb } from './memory.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = path.join(ROOT, '.bench');
const DOCS = path.join(ROOT, 'docs', 'benchmarks.md');
const REVALIDATE_SECRET = 'bench-revalidate-secret';
const METRICS_TOKEN = 'bench-metrics-token';
const STAFF = { email: 'bench@spalte.local', name: 'Benchmark', password: 'benchmark-adgangskode-1' };
const DEMO_ARTICLES = 106;
// Every cache tag a listing, feed, sitemap or search reads: expired before each measured request.
const LIST_TAGS = [
  'article-lists',
  'sections',
  'tags',
  'authors',
  'jobs',
  'people-news',
  'companies',
  'front-page',
  'sponsor-campaigns',
  'most-read',
];

const { values: options } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--archive'),
  options: {
    articles: { type: 'string', default: '300000' },
    small: { type: 'string', default: '1000' },
    samples: { type: 'string', default: '30' },
    crawl: { type: 'string', default: '10000' },
    fresh: { type: 'boolean', default: false },
  },
});
const LARGE = Number(options.articles);
const SMALL = Number(options.small);
const SAMPLES = Number(options.samples);
const CRAWL = Number(options.crawl);
/** The years the large archive spans (the generator's default: one per 60,000 articles). */
const ARCHIVE_YEARS = Math.max(1, Math.round(LARGE / 60_000));

const log = (...args) => console.log(...args);
const fmt = (n) => n.toLocaleString('en-US');

// ---------------------------------------------------------------------------------------------------------------
// Archives

/** A fingerprint of everything a generated archive depends on: regenerate when any of it changes. */
function archiveFingerprint() {
  const hash = createHash('sha1');
  const walk = (rel) => {
    const abs = path.join(ROOT, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) for (const entry of readdirSync(abs).sort()) walk(path.join(rel, entry));
    else if (!/\.test\.tsx?$/.test(rel)) hash.update(rel).update(readFileSync(abs));
  };
  for (const rel of [
    'db/archive',
    'db/migrations',
    'db/seed.ts',
    'db/seed-content',
    'db/search-index.ts',
    'db/schema.ts',
    'domain/markdown.ts',
  ])
    walk(rel);
  return hash.digest('hex').slice(0, 12);
}

function ensureArchive(total) {
  const dir = path.join(BENCH_DIR, `archive-${total}-of-${LARGE}-${archiveFingerprint()}`);
  const file = path.join(dir, 'spalte.db');
  if (existsSync(path.join(dir, 'complete')) && !options.fresh) {
    log(`Using the generated archive of ${fmt(total)} articles in ${path.relative(ROOT, dir)}`);
    return { dir, file, uploads: path.join(dir, 'uploads') };
  }
  for (const entry of existsSync(BENCH_DIR) ? readdirSync(BENCH_DIR) : []) {
    if (entry.startsWith(`archive-${total}-`)) rmSync(path.join(BENCH_DIR, entry), { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  log(`Generating an archive of ${fmt(total)} articles in ${path.relative(ROOT, dir)} ...`);
  const started = Date.now();
  // One newsroom at two depths: both archives are published at the same rate (the large one's, about 160 articles a
  // day over five years), so the small one is its newest days and what differs is only how far back it goes.
  const years = String((ARCHIVE_YEARS * total) / LARGE);
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'scripts/seed-archive.ts',
      '--articles',
      String(total - DEMO_ARTICLES),
      '--years',
      years,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: file, UPLOAD_DIR: path.join(dir, 'uploads') },
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('npm run seed:archive failed');
  // A newsroom account for the admin pages, made the way an operator makes one.
  const user = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'scripts/user-create.ts',
      '--email',
      STAFF.email,
      '--name',
      STAFF.name,
      '--role',
      'editor',
    ],
    { cwd: ROOT, env: { ...process.env, DATABASE_PATH: file, SPALTE_PASSWORD: STAFF.password }, stdio: 'inherit' },
  );
  if (user.status !== 0) throw new Error('npm run user:create failed');
  writeFileSync(path.join(dir, 'complete'), `${total} articles in ${Math.round((Date.now() - started) / 1000)} s\n`);
  return { dir, file, uploads: path.join(dir, 'uploads'), generatedIn: Date.now() - started };
}

// ---------------------------------------------------------------------------------------------------------------
// Servers

async function startServer(name, archive, databaseFile = archive.file) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const output = [];
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databaseFile,
      UPLOAD_DIR: archive.uploads,
      SITE_URL: origin,
      REVALIDATE_SECRET,
      METRICS_TOKEN,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      output.push(chunk);
      if (output.length > 400) output.shift();
    });
  }
  const spawned = performance.now();
  const server = { name, origin, child, output, cookie: null };
  // Listening: the first moment a connection is accepted.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} server exited:\n${output.join('')}`);
    try {
      const response = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      break;
    } catch {
      await sleep(25);
    }
    if (performance.now() - spawned > 600_000) throw new Error(`${name} server did not start:\n${output.join('')}`);
  }
  server.listeningAfterMs = performance.now() - spawned;
  return server;
}

async function stopServer(server) {
  if (!server?.child.pid) return;
  try {
    process.kill(-server.child.pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && server.child.exitCode === null && server.child.signalCode === null; i++) await sleep(100);
  try {
    process.kill(-server.child.pid, 'SIGKILL');
  } catch {
    // Gone.
  }
}

const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await Promise.all([...running].map(stopServer));
    process.exit(130);
  });
}

async function timed(server, url, init = {}) {
  const started = performance.now();
  const response = await fetch(server.origin + url, {
    redirect: 'manual',
    ...init,
    headers: { ...(init.headers ?? {}), ...(server.cookie ? { cookie: server.cookie } : {}) },
  });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, bytes: Buffer.byteLength(body), body };
}

async function expireLists(server) {
  const response = await fetch(`${server.origin}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${REVALIDATE_SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags: LIST_TAGS }),
  });
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
}

async function metrics(server, reset = false) {
  const response = await fetch(`${server.origin}/api/metrics${reset ? '?nulstil=1' : ''}`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  if (!response.ok) throw new Error(`/api/metrics answered ${response.status}`);
  return response.json();
}

async function logIn(server) {
  const response = await fetch(`${server.origin}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: STAFF.email, password: STAFF.password }),
  });
  if (!response.ok) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  server.cookie = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

// ---------------------------------------------------------------------------------------------------------------
// What to request: sampled from each archive, so every request of a kind can go to a different URL.

function sample(archive) {
  const db = new Database(archive.file, { readonly: true });
  try {
    const all = (source, ...params) => db.prepare(source).all(...params);
    const articles = all(
      `SELECT '/' || s.slug || '/' || a.slug AS path FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE a.status = 'published' ORDER BY random() LIMIT ?`,
      Math.max(SAMPLES * 4, CRAWL + 200),
    ).map((row) => row.path);
    const sections = all(`SELECT slug FROM sections ORDER BY position`).map((row) => row.slug);
    const sectionPages = Object.fromEntries(
      sections.map((slug) => [
        slug,
        Math.ceil(
          db
            .prepare(
              `SELECT count(*) AS n FROM articles a JOIN sections s ON s.id = a.section_id WHERE s.slug = ? AND a.status = 'published' AND a.kind = 'news'`,
            )
            .get(slug).n / 15,
        ),
      ]),
    );
    const tags = all(
      `SELECT t.slug, count(*) AS n FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.published_at IS NOT NULL
       GROUP BY t.id ORDER BY n DESC LIMIT 40`,
    );
    const authors = all(
      `SELECT au.slug, count(*) AS n FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.published_at IS NOT NULL
       GROUP BY au.id ORDER BY n DESC LIMIT 20`,
    );
    const companies = all(`SELECT slug FROM companies ORDER BY id LIMIT 20`).map((row) => row.slug);
    // The newest months: those a crawler fetches again, and (at the same publishing rate) as full in both archives.
    const months = all(`SELECT month, articles FROM sitemap_months ORDER BY month DESC LIMIT 2`);
    const peopleNewsMonths = all(
      `SELECT DISTINCT substr(published_at, 1, 7) AS month FROM people_news ORDER BY month DESC LIMIT 3`,
    ).map((row) => row.month);
    const newsroomPages = Math.ceil(db.prepare(`SELECT sum(articles) AS n FROM article_counts`).get().n / 25);
    const tailWords = all(
      `SELECT term FROM search_terms WHERE length(term) >= 9 AND term GLOB '[a-z]*' ORDER BY random() LIMIT 400`,
    ).map((row) => row.term);
    const rare = tailWords.filter((term) => {
      const n = db
        .prepare(`SELECT count(*) AS n FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 30)`)
        .get(`"${term}"`).n;
      return n > 0 && n < 30;
    });
    return {
      articles,
      sections,
      sectionPages,
      tags,
      authors,
      companies,
      months,
      peopleNewsMonths,
      newsroomPages,
      rare,
    };
  } finally {
    db.close();
  }
}

// Search words: each request of a kind asks something not asked before on that server, so its results are not in
// the cache (the rest of the page, header and sidebar, is, as it would be for a reader who searches).
const COMMON = [
  'sikkerhed',
  'cloud',
  'data',
  'kunder',
  'virksomheder',
  'millioner',
  'platform',
  'leverandør',
  'strategi',
  'digitalisering',
  'myndigheder',
  'udvikling',
  'kontrakt',
  'software',
  'regionerne',
  'kommuner',
  'direktør',
  'budget',
  'systemer',
  'brugere',
  'angreb',
  'licenser',
  'markedet',
  'analyse',
];
const PAIRS = [
  'cloud sikkerhed',
  'kunstig intelligens',
  'data platform',
  'kommune udbud',
  'ransomware angreb',
  'netcompany kontrakt',
  'microsoft licenser',
  'regionerne sundhedsplatformen',
  'medarbejdere løn',
  'leverandør forsinkelse',
  'datacenter energi',
  'mitid borgere',
  'open-source kildekode',
  'budget it-projekt',
  'eu-kommissionen regulering',
  'kunder abonnement',
  'hackere sårbarhed',
  'strategi transformation',
  'software test',
  'chatbot sprogmodel',
  'fiber bredbånd',
  'opkøb investorer',
  'rapport undersøgelse',
  'drift nedbrud',
];
const DANISH = [
  'økonomi',
  'københavn',
  'sårbarhed',
  'løsninger',
  'bæredygtighed',
  'grøn',
  'åben',
  'størst',
  'sjælland',
  'ørsted',
  'medarbejdere på',
  'kræver',
  'forhandlinger',
  'sælger',
  'mærsk',
  'løn',
  'børsen',
  'fælles',
  'større',
  'øger',
  'sænker',
  'køber',
  'åbner',
  'lønninger',
];
const PREFIXES = [
  'digi',
  'sikk',
  'kom',
  'plat',
  'udv',
  'leve',
  'auto',
  'trans',
  'infra',
  'regn',
  'cyber',
  'kund',
  'over',
  'arki',
  'migr',
  'data',
  'moder',
  'inve',
  'rekr',
  'foran',
  'strat',
  'kontr',
  'syst',
  'anal',
];

const pick = (list, i) => list[i % list.length];
const encode = (q) => encodeURIComponent(q).replaceAll('%20', '+');

/** Page types: a label, a target (when it is checked) and a URL for the i-th request on an archive. */
function pageTypes() {
  const deep = (pages, i) => Math.max(1, Math.floor(pages * (0.5 + ((i * 7919) % 50) / 100)));
  return [
    { group: 'reader', label: 'article page', url: (s, i) => s.articles[i] },
    { group: 'reader', label: 'front page `/`', url: () => '/' },
    { group: 'reader', label: 'section page 1', url: (s, i) => `/${pick(s.sections, i)}` },
    { group: 'reader', label: 'section page 2', url: (s, i) => `/${pick(s.sections, i)}?side=2` },
    {
      group: 'reader',
      label: 'section deep page',
      url: (s, i) => {
        const section = pick(s.sections, i);
        return `/${section}?side=${deep(s.sectionPages[section], i)}`;
      },
    },
    {
      group: 'reader',
      label: 'section last page',
      url: (s, i) => {
        const section = pick(s.sections, i);
        return `/${section}?side=${s.sectionPages[section]}`;
      },
    },
    { group: 'reader', label: 'tag page 1 (popular tags)', url: (s, i) => `/tag/${pick(s.tags, i).slug}` },
    {
      group: 'reader',
      label: 'tag deep page',
      url: (s, i) => {
        const tag = pick(s.tags, i);
        return `/tag/${tag.slug}?side=${deep(Math.ceil(tag.n / 15), i)}`;
      },
    },
    { group: 'reader', label: 'author page 1', url: (s, i) => `/skribent/${pick(s.authors, i).slug}` },
    {
      group: 'reader',
      label: 'author deep page',
      url: (s, i) => {
        const author = pick(s.authors, i);
        return `/skribent/${author.slug}?side=${deep(Math.ceil(author.n / 15), i)}`;
      },
    },
    { group: 'reader', label: 'sponsored listing', url: () => '/annonceindlaeg' },
    { group: 'reader', label: '`/job`', url: () => '/job' },
    { group: 'reader', label: '`/navnenyt`, deep page', url: (_s, i) => (i % 2 ? '/navnenyt' : '/navnenyt?side=3') },
    { group: 'reader', label: 'company page', url: (s, i) => `/virksomhed/${pick(s.companies, i)}` },
    { group: 'feed', label: '`/rss.xml`', url: () => '/rss.xml' },
    { group: 'feed', label: 'section feed', url: (s, i) => `/${pick(s.sections, i)}/rss.xml` },
    { group: 'feed', label: 'tag feed', url: (s, i) => `/tag/${pick(s.tags, i).slug}/rss.xml` },
    { group: 'feed', label: 'author feed', url: (s, i) => `/skribent/${pick(s.authors, i).slug}/rss.xml` },
    { group: 'sitemap', label: '`/sitemap.xml`', url: () => '/sitemap.xml' },
    { group: 'sitemap', label: '`/sitemaps/sider.xml`', url: () => '/sitemaps/sider.xml' },
    { group: 'sitemap', label: 'tag sitemap', url: () => '/sitemaps/emner-1.xml' },
    {
      group: 'sitemap',
      label: 'Navnenyt sitemap (a month)',
      url: (s, i) => `/sitemaps/navnenyt-${pick(s.peopleNewsMonths, i)}.xml`,
    },
    {
      group: 'sitemap',
      label: 'article sitemap (a month)',
      url: (s, i) => `/sitemaps/artikler-${pick(s.months, i).month}.xml`,
    },
    { group: 'sitemap', label: '`/news-sitemap.xml`', url: () => '/news-sitemap.xml' },
    {
      group: 'search',
      distinct: true,
      label: 'search, a rare word',
      url: (s, i) => `/soeg?q=${encode(pick(s.rare, i))}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, a common word',
      url: (_s, i) => `/soeg?q=${encode(pick(COMMON, i))}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, two words',
      url: (_s, i) => `/soeg?q=${encode(pick(PAIRS, i))}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, an æøå word',
      url: (_s, i) => `/soeg?q=${encode(pick(DANISH, i))}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, a prefix',
      url: (_s, i) => `/soeg?q=${encode(pick(PREFIXES, i))}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, a common word in a section',
      url: (s, i) => `/soeg?q=${encode(pick(COMMON, i))}&sektion=${pick(s.sections, i)}`,
    },
    {
      group: 'search',
      distinct: true,
      label: 'search, a common word, page 3',
      url: (_s, i) => `/soeg?q=${encode(pick(COMMON, i))}&side=3`,
    },
    { group: 'newsroom', label: 'newsroom list', url: () => '/admin' },
    { group: 'newsroom', label: 'newsroom list, deep page', url: (s, i) => `/admin?side=${deep(s.newsroomPages, i)}` },
    { group: 'newsroom', label: 'newsroom title search', url: (_s, i) => `/admin?q=${encode(pick(COMMON, i))}` },
    {
      group: 'newsroom',
      label: 'newsroom filters and sort',
      url: (s, i) =>
        `/admin?status=published&sektion=${pick(s.sections, i)}&sorter=titel&retning=stigende&side=${1 + (i % 5)}`,
    },
    {
      group: 'newsroom',
      label: 'newsroom author, page 2',
      url: (s, i) => `/admin?skribent=${pick(s.authors, i).slug}&side=2`,
    },
  ];
}

const TARGETS = {
  reader: { text: '< 100 ms, ≤ 2×', ok: (large, ratio) => large.median < 100 && ratio <= 2 },
  feed: { text: '< 100 ms, ≤ 2×', ok: (large, ratio) => large.median < 100 && ratio <= 2 },
  sitemap: { text: '< 100 ms, ≤ 2×', ok: (large, ratio) => large.median < 100 && ratio <= 2 },
  search: { text: 'p95 < 50 ms', ok: (large) => large.p95 < 50 },
  newsroom: { text: 'p95 < 150 ms', ok: (large) => large.p95 < 150 },
};

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

const r1 = (n) => (Math.round(n * 10) / 10).toFixed(1);

// ---------------------------------------------------------------------------------------------------------------
// Runs

async function measurePages(small, large, smallSample, largeSample) {
  const rows = [];
  for (const type of pageTypes()) {
    const times = { small: [], large: [] };
    let bytes = { small: 0, large: 0 };
    // One untimed request first, so loading the route's code is not counted.
    for (const [server, sampled] of [
      [small, smallSample],
      [large, largeSample],
    ]) {
      await timed(server, type.distinct ? '/soeg?q=opvarmning' : type.url(sampled, SAMPLES));
    }
    for (let i = 0; i < SAMPLES; i++) {
      // Alternate which archive goes first, so neither always follows the other's load.
      const order =
        i % 2
          ? [
              ['large', large, largeSample],
              ['small', small, smallSample],
            ]
          : [
              ['small', small, smallSample],
              ['large', large, largeSample],
            ];
      for (const [key, server, sampled] of order) {
        if (!type.distinct) await expireLists(server);
        const url = type.url(sampled, i);
        const result = await timed(server, url);
        if (result.status !== 200)
          throw new Error(`${type.label}: ${url} answered ${result.status} on the ${key} archive`);
        times[key].push(result.ms);
        bytes[key] = Math.max(bytes[key], result.bytes);
      }
    }
    const s = stats(times.small);
    const l = stats(times.large);
    const ratio = l.median / s.median;
    const target = TARGETS[type.group];
    rows.push({ ...type, small: s, large: l, ratio, ok: target.ok(l, ratio), target: target.text, bytes });
    log(
      `  ${type.label.padEnd(44)} ${r1(s.median).padStart(7)} ms ${r1(l.median).padStart(7)} ms  p95 ${r1(l.p95).padStart(6)} ms  ×${ratio.toFixed(2)}  ${rows.at(-1).ok ? 'ok' : 'MISSED'}`,
    );
  }
  return rows;
}

/** Readers (mostly cached pages), a crawler (deep listings and sitemaps) and searchers, together for `seconds`. */
async function mixedLoad(server, sampled, seconds) {
  await metrics(server, true);
  const until = Date.now() + seconds * 1000;
  const types = pageTypes();
  const byGroup = (group) => types.filter((type) => type.group === group);
  const counts = { reader: 0, crawler: 0, search: 0, errors: 0 };
  let n = 0;
  const client = (kind, urls) => async () => {
    while (Date.now() < until) {
      const i = n++;
      const url = urls(i);
      try {
        const result = await timed(server, url);
        if (result.status >= 500) counts.errors++;
        counts[kind]++;
      } catch {
        counts.errors++;
      }
    }
  };
  const readers = (i) =>
    i % 3 === 0 ? '/' : i % 3 === 1 ? pick(sampled.articles.slice(0, 50), i) : `/${pick(sampled.sections, i)}`;
  const crawler = (i) =>
    pick([...byGroup('sitemap'), ...byGroup('reader').filter((type) => /deep|last|page 2/.test(type.label))], i).url(
      sampled,
      i,
    );
  const searcher = (i) =>
    `/soeg?q=${encode(`${pick([...COMMON, ...DANISH, ...PREFIXES], i)} ${pick(sampled.rare, i)}`.split(' ')[i % 2])}&side=${1 + (i % 3)}`;
  await Promise.all([
    ...Array.from({ length: 4 }, () => client('reader', readers)()),
    client('crawler', crawler)(),
    ...Array.from({ length: 2 }, () => client('search', searcher)()),
  ]);
  const after = await metrics(server);
  return { ...counts, seconds, loop: after.eventLoopDelayMs };
}

async function firstRequests(server) {
  const first = await timed(server, '/');
  const article = await timed(server, '/nyheder/zoom-beskyldes-for-at-samarbejde-med-kina');
  return { listening: server.listeningAfterMs, first: first.ms, firstStatus: first.status, article: article.ms };
}

async function rebuildRun(archive, sampled) {
  const copy = path.join(archive.dir, 'rebuild.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  log('Copying the large archive to start it without a search index ...');
  copyFileSync(archive.file, copy);
  const db = new Database(copy);
  // What a file restored from before the index looks like: the table is there, its entries are not.
  db.exec(
    `DROP TABLE articles_fts; CREATE VIRTUAL TABLE articles_fts USING fts5(title, lead, body, tags, tokenize = 'unicode61 remove_diacritics 0')`,
  );
  db.close();
  const server = await startServer('rebuild', archive, copy);
  running.add(server);
  try {
    const firsts = await firstRequests(server);
    const search = await timed(server, `/soeg?q=${encode('sikkerhed')}`);
    const notice = search.body.includes('bliver genopbygget');
    await metrics(server, true);
    const before = await metrics(server);
    // Readers and searches while the rebuild runs.
    const load = await mixedLoad(server, sampled, 20);
    const after = await metrics(server);
    const done = (cursor) => (cursor === null ? null : cursor);
    return {
      ...firsts,
      notice,
      searchMs: search.ms,
      load,
      cursorBefore: done(before.searchIndex.rebuildCursor),
      cursorAfter: done(after.searchIndex.rebuildCursor),
    };
  } finally {
    await stopServer(server);
    running.delete(server);
    for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  }
}

async function crawl(server, sampled, count) {
  const before = await metrics(server, true);
  let next = 0;
  const statuses = new Map();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < count) {
        const url = sampled.articles[next++ % sampled.articles.length];
        const result = await timed(server, url);
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
      }
    }),
  );
  const after = await metrics(server);
  return {
    count,
    before: before.memoryMb,
    after: after.memoryMb,
    loop: after.eventLoopDelayMs,
    statuses: Object.fromEntries(statuses),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function report({ date, rows, mixed, starts, rebuild, memory, generated }) {
  const lines = [];
  lines.push(
    `Measured ${date} on this machine (${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'} cores), Node ${process.version}, by \`npm run bench -- --archive\`: two archives made by \`npm run seed:archive\` (${fmt(SMALL)} and ${fmt(LARGE)} articles, with jobs and Navnenyt in proportion, published at the same rate over ${ARCHIVE_YEARS} years for the large one, so the small one is the same newsroom's newest days), each served by \`npm start\`'s production server, requests alternating between the two. Every request is uncached: before each request to a listing, feed or sitemap the cache tags of every list are expired (as a publish does; the sidebar is rebuilt too), article pages are distinct URLs, and every search asks for words not asked before on that server (with the page around it cached, as for a reader who searches). The first request of each kind, which loads the route's code, is not counted. ${SAMPLES} requests per row and archive; times are the client's, on 127.0.0.1.`,
  );
  if (generated) lines.push('', `Generating the ${fmt(LARGE)}-article archive took ${Math.round(generated / 1000)} s.`);
  lines.push(
    '',
    `| page | ${fmt(SMALL)} articles, median | ${fmt(LARGE)} articles, median | ${fmt(LARGE)}, p95 | ratio | target | met |`,
    '| --- | ---: | ---: | ---: | ---: | --- | :---: |',
  );
  for (const row of rows)
    lines.push(
      `| ${row.label} | ${r1(row.small.median)} ms | ${r1(row.large.median)} ms | ${r1(row.large.p95)} ms | ${row.ratio.toFixed(2)}× | ${row.target} | ${row.ok ? '✓' : '✗'} |`,
    );
  const missed = rows.filter((row) => !row.ok);
  lines.push('', missed.length ? `**Missed:** ${missed.map((row) => row.label).join(', ')}.` : 'Every target met.');
  lines.push(
    '',
    "**Event loop under mixed load** (the server's own `monitorEventLoopDelay`, via `/api/metrics`): 4 readers, a crawler of deep listings and sitemaps and 2 searchers, for " +
      `${mixed.seconds} s on the ${fmt(LARGE)}-article archive: ${fmt(mixed.reader)} reader, ${fmt(mixed.crawler)} crawler and ${fmt(mixed.search)} search requests, ${mixed.errors} errors; event-loop delay p50 ${mixed.loop.p50} ms, p99 ${mixed.loop.p99} ms, max ${mixed.loop.max} ms.`,
  );
  lines.push(
    '',
    '**Start** (port accepting connections, then the first requests):',
    '',
    '| archive | listening after | first `/` | first article page |',
    '| --- | ---: | ---: | ---: |',
  );
  for (const [label, start] of starts)
    lines.push(`| ${label} | ${Math.round(start.listening)} ms | ${r1(start.first)} ms | ${r1(start.article)} ms |`);
  lines.push(
    `| ${fmt(LARGE)} articles, search index missing | ${Math.round(rebuild.listening)} ms | ${r1(rebuild.first)} ms | ${r1(rebuild.article)} ms |`,
  );
  lines.push(
    '',
    `With the search index missing, the server answered at once and rebuilt the index in the background, newest articles first: a search right after the start took ${r1(rebuild.searchMs)} ms and ${rebuild.notice ? 'said the search is being rebuilt' : '**did not** say the search is being rebuilt'}; under ${rebuild.load.seconds} s of mixed load during the rebuild the event-loop delay was p99 ${rebuild.load.loop.p99} ms, max ${rebuild.load.loop.max} ms, with ${rebuild.load.errors} errors, and the rebuild went from article id ${rebuild.cursorBefore ?? 'done'} down to ${rebuild.cursorAfter ?? 'done (complete)'}.`,
  );
  lines.push(
    '',
    `**Memory** after ${fmt(memory.count)} distinct article pages (4 at a time) on the ${fmt(LARGE)}-article archive, cache ${cacheMemoryMb()} MB (\`CACHE_MEMORY_MB\`), V8 heap capped at ${heapMemoryMb()} MB (\`HEAP_MEMORY_MB\`): RSS ${memory.before.rss} MB → ${memory.after.rss} MB, heap used ${memory.after.heapUsed} MB of ${memory.after.heapTotal} MB, array buffers ${memory.after.arrayBuffers} MB; event-loop delay p99 ${memory.loop.p99} ms, max ${memory.loop.max} ms; answers ${JSON.stringify(memory.statuses)}.`,
  );
  return lines.join('\n');
}

function writeDocs(text) {
  const START = '<!-- archive:start -->';
  const END = '<!-- archive:end -->';
  const block = `${START}\n${text}\n${END}`;
  let doc = existsSync(DOCS) ? readFileSync(DOCS, 'utf8') : '# Benchmarks\n\n## Archive scale\n\n';
  if (doc.includes(START) && doc.includes(END))
    doc = doc.slice(0, doc.indexOf(START)) + block + doc.slice(doc.indexOf(END) + END.length);
  else doc = `${doc.trimEnd()}\n\n${block}\n`;
  mkdirSync(path.dirname(DOCS), { recursive: true });
  writeFileSync(DOCS, doc.endsWith('\n') ? doc : `${doc}\n`);
}

async function main() {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--build-only'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('The build failed.');
  const smallArchive = ensureArchive(SMALL);
  const largeArchive = ensureArchive(LARGE);
  const smallSample = sample(smallArchive);
  const largeSample = sample(largeArchive);

  let small;
  let large;
  try {
    log('Starting both servers ...');
    small = await startServer('small', smallArchive);
    running.add(small);
    large = await startServer('large', largeArchive);
    running.add(large);
    const starts = [
      [`${fmt(SMALL)} articles`, await firstRequests(small)],
      [`${fmt(LARGE)} articles`, await firstRequests(large)],
    ];
    await Promise.all([logIn(small), logIn(large)]);
    log(`Pages, uncached (${SAMPLES} requests each): ${fmt(SMALL)} median, ${fmt(LARGE)} median and p95, ratio`);
    const rows = await measurePages(small, large, smallSample, largeSample);
    log('Mixed load on the large archive ...');
    const mixed = await mixedLoad(large, largeSample, 30);
    log(`  event-loop delay p99 ${mixed.loop.p99} ms, max ${mixed.loop.max} ms`);
    await stopServer(small);
    running.delete(small);
    // Memory from a fresh start: only the crawl's pages in the caches.
    await stopServer(large);
    running.delete(large);
    large = await startServer('large', largeArchive);
    running.add(large);
    log(`Crawling ${fmt(CRAWL)} distinct article pages ...`);
    const memory = await crawl(large, largeSample, CRAWL);
    log(`  RSS ${memory.before.rss} MB → ${memory.after.rss} MB`);
    await stopServer(large);
    running.delete(large);
    const rebuild = await rebuildRun(largeArchive, largeSample);
    log(`  without a search index: first / in ${r1(rebuild.first)} ms, notice shown: ${rebuild.notice}`);
    const text = report({
      date: new Date().toISOString().slice(0, 10),
      rows,
      mixed,
      starts,
      rebuild,
      memory,
      generated: largeArchive.generatedIn,
    });
    writeDocs(text);
    log(`\n${text}\n\nWritten to ${path.relative(ROOT, DOCS)}.`);
    return rows.every((row) => row.ok) ? 0 : 1;
  } finally {
    for (const server of running) await stopServer(server);
  }
}

process.exitCode = await main().catch((error) => {
  console.error(error);
  return 1;
});
