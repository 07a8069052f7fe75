import fs from 'node:fs';
import path from 'node:path';

import { hash } from '@node-rs/argon2';
import { expect, test } from '@playwright/test';

import { emptyArticleContent } from '../domain/article/content';
import { photo } from '../server/media/test-images';
import { VIEW_LIMITS } from '../server/view-counter';
import { NewsroomClient, readActionIds } from './crash/newsroom-client';
import { ProductionServer } from './crash/production-server';
import { missingWrites, openStored, structuralProblems, uploadFileProblems } from './crash/stored-state';
import { WriteLedger, type EditedRecord } from './crash/write-ledger';

// Crash safety (issue 16): the production server is killed with SIGKILL, its whole process group, in the middle of
// bursts of concurrent writes, four times, and restarted each time. After each kill, before the restart, the files
// it left must hold every write it acknowledged, pass SQLite's integrity and foreign-key checks, and have a file
// for every media row; after the restart, the upload directory must hold exactly the media rows' files.
// What it proves and why it holds: docs/operations/crash-safety.md.
//
// The server is its own, on .test-tmp/crash/ (not the shared e2e server or its database), so the story depends on
// no other story and no other story sees its crashes.

const DIR = path.resolve('.test-tmp', 'crash');
const DATABASE = path.join(DIR, 'spalte.db');
const UPLOADS = path.join(DIR, 'uploads');
// Next to the shared e2e server's port (3100 unless E2E_PORT says otherwise).
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const ROUNDS = 4;

/**
 * A round's burst is cut short once each kind of write has been acknowledged this often and it has run its round's
 * time (a different moment in each round, so the kill lands at different points of the writers' work), or after
 * BURST_LIMIT_MS.
 */
const ENOUGH = { saves: 6, jobs: 3, uploads: 2, beacons: 150 };
const BURST_MS = [2000, 2650, 3300, 3950];
const BURST_LIMIT_MS = 20_000;

const EDITOR = {
  email: 'crash-editor@test.spalte.local',
  password: 'korrekt-hest-crash-batteri',
  name: 'Crash Editor',
};

test('acknowledged writes survive kill -9 of the server, and the database and uploads stay whole', async () => {
  test.setTimeout(150_000);
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  const server = new ProductionServer({ port: PORT, databasePath: DATABASE, uploadDir: UPLOADS });
  try {
    await server.start();
    const { sectionId, articleId, viewsBefore } = await prepareNewsroom();
    const client = new NewsroomClient(() => server.origin, readActionIds());
    // The session is a signed cookie checked against the database, so it outlives the restarts.
    await client.logIn(EDITOR.email, EDITOR.password);
    const image = await photo('jpeg', { width: 480, height: 320 });
    const ledger = new WriteLedger();
    const orphansAfterKill: string[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const burst = new Burst(client, ledger, round, { sectionId, articleId, image });
      const enough = await burst.runUntil(ENOUGH, BURST_MS[round]!, BURST_LIMIT_MS);
      ledger.kills[round] = performance.now();
      await server.crash();
      await burst.settle();
      const reached = JSON.stringify(ledger.perRound[round]);
      expect(enough, `round ${round + 1}: the burst reached ${reached}; ${burst.stops.join('; ')}`).toBe(true);

      const db = openStored(DATABASE);
      try {
        expect(structuralProblems(db), `round ${round + 1}: integrity and foreign keys`).toEqual([]);
        const views = { articleId, before: viewsBefore, flushIntervalMs: VIEW_LIMITS.flushIntervalMs };
        expect(missingWrites(db, ledger, views), `round ${round + 1}: acknowledged writes`).toEqual([]);
        const files = uploadFileProblems(db, UPLOADS);
        expect(files.missing, `round ${round + 1}: media rows without their files`).toEqual([]);
        orphansAfterKill.push(...files.orphans);
      } finally {
        db.close();
      }

      await server.start();
      // The restarted server has swept what the crash left half-written (server/media/orphans.ts).
      const restarted = openStored(DATABASE);
      try {
        expect(uploadFileProblems(restarted, UPLOADS), `round ${round + 1}: uploads after the restart`).toEqual({
          missing: [],
          orphans: [],
        });
      } finally {
        restarted.close();
      }
    }

    // The checks can fail: a save and an upload never acknowledged (the save twice: its version and its revision),
    // stored views that no beacon of this invented ledger sent, and a stray file are each reported.
    const db = openStored(DATABASE);
    try {
      const article = ledger.articles[0]!;
      const invented = new WriteLedger();
      invented.articles.push({ ...article, acknowledged: new Map([[999, 'Aldrig gemt']]), inFlight: null });
      invented.uploads.push({ id: 999_999, fileName: 'aldrig.jpg' });
      const views = { articleId, before: 0, flushIntervalMs: VIEW_LIMITS.flushIntervalMs };
      expect(missingWrites(db, invented, views)).toHaveLength(4);
      fs.writeFileSync(path.join(UPLOADS, 'ffffffffffffffffffffffffffffffff.jpg'), '');
      expect(uploadFileProblems(db, UPLOADS).orphans).toEqual(['ffffffffffffffffffffffffffffffff.jpg']);
    } finally {
      db.close();
    }

    const rounds = ledger.perRound.map((counts) => JSON.stringify(counts)).join(', ');
    console.log(
      `crash safety: ${ROUNDS} kills; acknowledged per round ${rounds}; ` +
        `${ledger.guaranteedViews(VIEW_LIMITS.flushIntervalMs)} of ${ledger.beacons.length} acknowledged views ` +
        `guaranteed; ${orphansAfterKill.length} files left half-written by the kills and swept at restart`,
    );
  } catch (error) {
    console.error(`Server output:\n${server.output.join('').slice(-20_000)}`);
    throw error;
  } finally {
    await server.stop();
  }

  /** An editor of its own, the section to write in, and the published article the beacons count views for. */
  async function prepareNewsroom() {
    const db = openStored(DATABASE);
    try {
      db.prepare(`INSERT INTO users (email, name, password_hash, role, updated_at) VALUES (?, ?, ?, 'editor', ?)`).run(
        EDITOR.email,
        EDITOR.name,
        await hash(EDITOR.password),
        new Date().toISOString(),
      );
      const section = db.prepare(`SELECT id FROM sections ORDER BY id LIMIT 1`).get() as { id: number };
      const article = db
        .prepare(`SELECT id FROM articles WHERE status = 'published' AND published_at <= ? ORDER BY id LIMIT 1`)
        .get(new Date().toISOString()) as { id: number };
      const views = db
        .prepare('SELECT coalesce(sum(count), 0) AS n FROM page_views WHERE article_id = ?')
        .get(article.id) as { n: number };
      return { sectionId: section.id, articleId: article.id, viewsBefore: views.n };
    } finally {
      db.close();
    }
  }
});

type BurstInput = { sectionId: number; articleId: number; image: Buffer };

/**
 * One round's concurrent writers, each sending its next write as soon as the last is answered: two editors each
 * creating an article and saving it again and again, one creating jobs and updating them, two uploading images, and
 * eight readers' browsers sending view beacons. A writer stops at the first write that is not acknowledged (the
 * server is gone) or when told to.
 */
class Burst {
  private stopped = false;
  private readonly writers: Promise<void>[] = [];

  constructor(
    private readonly client: NewsroomClient,
    private readonly ledger: WriteLedger,
    private readonly round: number,
    private readonly input: BurstInput,
  ) {}

  /**
   * Starts the writers; resolves true once every kind reached `enough` acknowledgements and `minMs` have passed,
   * false after `limitMs`.
   */
  async runUntil(enough: Record<'saves' | 'jobs' | 'uploads' | 'beacons', number>, minMs: number, limitMs: number) {
    this.ledger.perRound[this.round] = { saves: 0, jobs: 0, uploads: 0, beacons: 0 };
    const counts = this.ledger.perRound[this.round]!;
    this.writers.push(this.articles('a'), this.articles('b'), this.jobs(), this.uploads(), this.uploads());
    for (let reader = 0; reader < 8; reader++) this.writers.push(this.beacons(reader));
    const started = performance.now();
    const reached = () => Object.entries(enough).every(([kind, n]) => counts[kind as keyof typeof counts] >= n);
    const elapsed = () => performance.now() - started;
    while (!(reached() && elapsed() >= minMs) && elapsed() < limitMs) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return reached();
  }

  /** Stops the writers and waits until every request still open has failed or been answered. */
  async settle(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.writers);
  }

  /** Why writers stopped: after the kill, a refused connection or a cut-off answer; before it, a bug to report. */
  readonly stops: string[] = [];

  private stop(writer: string, reason: string): void {
    this.stops.push(`${writer}: ${reason}`);
  }

  private get name() {
    return `r${this.round + 1}-${Math.random().toString(36).slice(2, 8)}`;
  }

  private async articles(editor: string): Promise<void> {
    const content = (title: string) => ({
      ...emptyArticleContent(this.input.sectionId),
      title,
      slug: `crash-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      lead: 'Skrevet under et nedbrud.',
      body: 'Brødtekst.',
    });
    const title = `Crash ${editor} ${this.name} v1`;
    const created = await this.client.callAction<{ id: number }>(
      '/admin/artikler/ny',
      'server/actions/articles.ts#createArticleAction',
      [content(title)],
    );
    if (!created.ok) return this.stop('articles', created.reason);
    const record: EditedRecord = { id: created.value.id, acknowledged: new Map([[1, title]]), inFlight: null };
    this.ledger.articles.push(record);
    for (let version = 1; !this.stopped;) {
      const next = title.replace(/v1$/, `v${version + 1}`);
      record.inFlight = next;
      const saved = await this.client.callAction<{ version: number }>(
        `/admin/artikler/${record.id}`,
        'server/actions/articles.ts#saveArticleAction',
        [record.id, version, content(next), {}],
      );
      if (!saved.ok) return this.stop('articles', saved.reason);
      version = saved.value.version;
      record.acknowledged.set(version, next);
      record.inFlight = null;
      this.ledger.count(this.round, 'saves');
    }
  }

  private async jobs(): Promise<void> {
    const deadline = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const fields = (title: string) => ({
      company: 'Crash ApS',
      title,
      region: 'København',
      description: 'Et job skrevet under et nedbrud.',
      url: 'https://example.com/job',
      deadline,
    });
    while (!this.stopped) {
      const title = `Crash job ${this.name}`;
      const created = await this.client.callAction(
        '/admin/job/ny',
        'server/actions/jobs.ts#createJobAction',
        [fields(title)],
        '/admin/job',
      );
      if (!created.ok) return this.stop('jobs', created.reason);
      this.ledger.count(this.round, 'jobs');
      const id = jobId(title);
      const record: EditedRecord = { id, acknowledged: new Map([[1, title]]), inFlight: null };
      this.ledger.jobs.push(record);
      for (let update = 2; update <= 3 && !this.stopped; update++) {
        const next = `${title} opdateret ${update}`;
        record.inFlight = next;
        const saved = await this.client.callAction(`/admin/job/${id}`, 'server/actions/jobs.ts#updateJobAction', [
          id,
          fields(next),
        ]);
        if (!saved.ok) return this.stop('jobs', saved.reason);
        record.acknowledged.set(update, next);
        record.inFlight = null;
        this.ledger.count(this.round, 'jobs');
      }
    }
  }

  private async uploads(): Promise<void> {
    while (!this.stopped) {
      const uploaded = await this.client.upload(this.input.image, `crash-${this.name}.jpg`);
      if (!uploaded.ok) return this.stop('uploads', uploaded.reason);
      this.ledger.uploads.push(uploaded.value);
      this.ledger.count(this.round, 'uploads');
    }
  }

  private async beacons(reader: number): Promise<void> {
    for (let n = 0; !this.stopped; n++) {
      // A reader address of its own for every beacon (10.<round>.<reader's block>.<n>), so each one counts.
      const address = `10.${this.round + 1}.${reader * 30 + Math.floor(n / 250)}.${(n % 250) + 1}`;
      this.ledger.beaconsSent += 1;
      const sent = await this.client.beacon(this.input.articleId, address);
      if (!sent.ok) return this.stop('beacons', sent.reason);
      this.ledger.beacons.push({ round: this.round, answeredAt: performance.now() });
      this.ledger.count(this.round, 'beacons');
    }
  }
}

/** The id of the job a just-acknowledged creation stored (the action answers with a redirect, not the id). */
function jobId(title: string): number {
  const db = openStored(DATABASE);
  try {
    return (db.prepare('SELECT id FROM jobs WHERE title = ?').get(title) as { id: number }).id;
  } finally {
    db.close();
  }
}
