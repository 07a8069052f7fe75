import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { z } from 'zod';

import { ADMIN_COPY, PERMISSION_DENIED, REQUEST_REFUSALS } from '@/copy/admin';
import { UserError } from '@/domain/errors';
import type { Actor } from '@/domain/roles';
import {
  createActionRunner,
  createReadRunner,
  formFrom,
  parseInput,
  type ActionReport,
  type AuditWrite,
  type Mutation,
} from './action-core';

type Recorded = {
  audits: (AuditWrite & { userId: number; ip: string })[];
  tags: string[][];
  paths: string[];
  redirects: string[];
  reports: ActionReport[];
};

function runner(user: Actor | null) {
  const recorded: Recorded = { audits: [], tags: [], paths: [], redirects: [], reports: [] };
  const runAction = createActionRunner<Actor>({
    currentUser: async () => user,
    clientAddress: async () => '203.0.113.7',
    audit: (entry) => recorded.audits.push(entry),
    invalidate: (...tags) => recorded.tags.push(tags),
    revalidatePath: (path) => recorded.paths.push(path),
    redirect: (path) => {
      recorded.redirects.push(path);
      throw new Error(`NEXT_REDIRECT ${path}`);
    },
    report: (report) => recorded.reports.push(report),
    signedOut: ADMIN_COPY.signedOut,
  });
  return { runAction, recorded };
}

const writer: Actor = { id: 3, role: 'writer' };
const editor: Actor = { id: 2, role: 'editor' };

describe('the action path', () => {
  it('refuses a signed-out caller before the write runs', async () => {
    const { runAction, recorded } = runner(null);
    let ran = false;
    const result = await runAction('article:create', () => {
      ran = true;
      return { audit: { action: 'article.create' } };
    });
    assert.deepEqual(result, { ok: false, error: ADMIN_COPY.signedOut });
    assert.equal(ran, false);
    assert.equal(recorded.audits.length, 0);
  });

  it("refuses a role without the permission with that area's Danish message, writing nothing", async () => {
    const { runAction, recorded } = runner(writer);
    let ran = false;
    const result = await runAction('widgets:manage', () => {
      ran = true;
      return { audit: { action: 'job.create' } };
    });
    assert.deepEqual(result, { ok: false, error: PERMISSION_DENIED['widgets:manage'] });
    assert.equal(ran, false);
    const { reports, ...changes } = recorded;
    assert.deepEqual(changes, { audits: [], tags: [], paths: [], redirects: [] });
    assert.equal(reports[0]?.result, 'denied');
  });

  it('after a write: audits with the user and address, expires its tags, re-renders its pages, returns its data', async () => {
    const { runAction, recorded } = runner(editor);
    const result = await runAction<{ id: number }>('widgets:manage', (user) => ({
      audit: { action: 'job.create', entityType: 'job', entityId: 41, details: { by: user.id } },
      tags: ['jobs', 'job:41'],
      paths: ['/admin/job'],
      message: 'Jobbet er oprettet.',
      data: { id: 41 },
    }));
    assert.deepEqual(result, { ok: true, message: 'Jobbet er oprettet.', id: 41 });
    assert.deepEqual(recorded.audits, [
      {
        action: 'job.create',
        entityType: 'job',
        entityId: 41,
        details: { by: 2 },
        userId: 2,
        ip: '203.0.113.7',
      },
    ]);
    assert.deepEqual(recorded.tags, [['jobs', 'job:41']]);
    assert.deepEqual(recorded.paths, ['/admin/job']);
  });

  it('turns a UserError into the form answer (fields and conflict kept) and writes no audit entry', async () => {
    const { runAction, recorded } = runner(editor);
    const conflict = await runAction('front-page:curate', () => {
      throw new UserError('En anden har ændret forsiden imens.', { conflict: { version: 7 } });
    });
    assert.deepEqual(conflict, { ok: false, error: 'En anden har ændret forsiden imens.', conflict: { version: 7 } });
    const invalid = await runAction('widgets:manage', () => ({
      audit: { action: 'job.create' },
      data: parseInput(z.object({ title: z.string().min(1, 'Jobbet skal have en titel.') }), { title: '' }, 'Ret.'),
    }));
    assert.deepEqual(invalid, { ok: false, error: 'Ret.', fieldErrors: { title: 'Jobbet skal have en titel.' } });
    assert.equal(recorded.audits.length, 0);
    assert.equal(recorded.tags.length, 0);
  });

  it('lets a bug through instead of dressing it up as a user error', async () => {
    const { runAction } = runner(editor);
    await assert.rejects(
      runAction('widgets:manage', () => {
        throw new TypeError('boom');
      }),
      TypeError,
    );
  });

  it('reports every outcome for the log and the metrics: who, what, how it ended, never the input', async () => {
    const outcomes = async (user: Actor | null, write: () => Mutation) => {
      const { runAction, recorded } = runner(user);
      await runAction('widgets:manage', write).catch(() => undefined);
      return recorded.reports.map(({ ms, ...report }) => {
        assert.ok(ms >= 0);
        return report;
      });
    };
    const saved = () => ({ audit: { action: 'job.update' as const, entityType: 'job' as const, entityId: 9 } });
    assert.deepEqual(await outcomes(editor, saved), [
      { rule: 'widgets:manage', result: 'ok', userId: 2, action: 'job.update', entityType: 'job', entityId: 9 },
    ]);
    assert.deepEqual(await outcomes(null, saved), [{ rule: 'widgets:manage', result: 'signed-out' }]);
    assert.deepEqual(await outcomes(writer, saved), [{ rule: 'widgets:manage', result: 'denied', userId: 3 }]);
    const conflict = () => {
      throw new UserError('Jobbet er ændret af en anden.', { status: 409 });
    };
    assert.deepEqual(await outcomes(editor, conflict), [
      { rule: 'widgets:manage', result: 'refused', userId: 2, status: 409 },
    ]);
    const bug = () => {
      throw new TypeError('boom');
    };
    assert.deepEqual(await outcomes(editor, bug), [{ rule: 'widgets:manage', result: 'error', userId: 2 }]);
  });

  it('redirects only after the audit entry and the invalidation', async () => {
    const { runAction, recorded } = runner(editor);
    await assert.rejects(
      runAction('widgets:manage', () => ({
        audit: { action: 'job.delete' },
        tags: ['jobs'],
        redirectTo: '/admin/job',
      })),
      /NEXT_REDIRECT/,
    );
    assert.equal(recorded.audits.length, 1);
    assert.deepEqual(recorded.tags, [['jobs']]);
    assert.deepEqual(recorded.redirects, ['/admin/job']);
  });

  it('writes no audit entry for a write that changed nothing', async () => {
    const { runAction, recorded } = runner({ id: 1, role: 'admin' });
    const same = await runAction('users:manage', () => ({ audit: null, message: 'Rollen er uændret.' }));
    assert.deepEqual(same, { ok: true, message: 'Rollen er uændret.' });
    assert.equal(recorded.audits.length, 0);
  });

  it("'signed-in' lets any staff member through to the write's own checks", async () => {
    const { runAction } = runner(writer);
    const result = await runAction('signed-in', () => {
      throw new UserError('Du har ikke rettighed til at gøre det.', { status: 403 });
    });
    assert.deepEqual(result, { ok: false, error: 'Du har ikke rettighed til at gøre det.' });
  });

  it('guarded reads answer the fallback to anyone not allowed', async () => {
    const read = (user: Actor | null) => createReadRunner<Actor>({ currentUser: async () => user });
    assert.deepEqual(await read(writer)('front-page:curate', () => ['secret'], []), []);
    assert.deepEqual(await read(null)('signed-in', () => ['secret'], []), []);
    assert.deepEqual(await read(editor)('front-page:curate', () => ['pin'], []), ['pin']);
  });
});

describe('input normalisation', () => {
  const nfd = 'Bla\u030Abær'; // "Blåbær" with a combining ring, as some keyboards and paste sources send it

  it('turns every string into NFC before validating, in nested objects and arrays too', () => {
    const schema = z.object({ title: z.string(), tags: z.array(z.string()), byline: z.object({ name: z.string() }) });
    const parsed = parseInput(schema, { title: nfd, tags: [nfd, 'Blåbær'], byline: { name: nfd } });
    assert.equal(parsed.title, 'Blåbær');
    assert.equal(parsed.title.length, 6);
    assert.deepEqual([...new Set(parsed.tags)], ['Blåbær']);
    assert.equal(parsed.byline.name, 'Blåbær');
  });

  it('answers wrongly typed input in Danish', () => {
    assert.throws(
      () => parseInput(z.object({ sectionId: z.number() }), { sectionId: 'x' }),
      (error: unknown) =>
        error instanceof UserError && /^Ugyldigt input/.test(error.message) && !/expected/i.test(error.message),
    );
  });
});

describe('form data', () => {
  it('is refused in Danish, not with a TypeError, when a tampered call sends something else', async () => {
    const { runAction, recorded } = runner(editor);
    const form = new FormData();
    form.set('name', 'Anna');
    assert.equal(formFrom(form).get('name'), 'Anna');
    for (const wrong of [undefined, null, 'name=Anna', { name: 'Anna' }]) {
      const result = await runAction('widgets:manage', () => ({
        audit: null,
        message: String(formFrom(wrong).get('name')),
      }));
      assert.deepEqual(result, { ok: false, error: REQUEST_REFUSALS.malformed });
    }
    assert.equal(recorded.audits.length, 0);
  });
});

describe('server actions', () => {
  const dir = path.join(import.meta.dirname, 'actions');
  const files = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

  it('exist for every newsroom area', () => {
    assert.deepEqual(files.sort(), [
      'articles.ts',
      'authors.ts',
      'front-page.ts',
      'jobs.ts',
      'media.ts',
      'notifications.ts',
      'people-news.ts',
      'profile.ts',
      'sections.ts',
      'sponsor-campaigns.ts',
      'tags.ts',
      'users.ts',
    ]);
  });

  it('each go through the one action path', () => {
    for (const file of files) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      assert.match(source, /^'use server';/, `${file} is a server-action module`);
      const exported = [...source.matchAll(/^export async function (\w+)\([^]*?\n\}/gm)];
      assert.ok(exported.length > 0, `${file} exports actions`);
      for (const [body, name] of exported) {
        assert.match(
          body,
          /\breturn (action|guardedRead)\(/,
          `${file}: ${name} must return action(…) or guardedRead(…)`,
        );
        assert.doesNotMatch(body, /currentStaff|drizzle-orm|@\/db\/schema/, `${file}: ${name} checks nothing by hand`);
      }
    }
  });

  it('each take at least one argument (the proxy refuses a call without any: server/action-request.ts)', () => {
    for (const file of files) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      for (const [, name, parameters] of source.matchAll(/^export async function (\w+)\(([^)]*)\)/gm)) {
        assert.notEqual(parameters!.trim(), '', `${file}: ${name} takes no argument`);
      }
    }
  });
});
