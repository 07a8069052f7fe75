import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { asc, sql } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articles, auditLog, jobs } from '@/db/schema';
import { editorTestDatabase } from '@/db/test-database';
import { copenhagenDayRange } from '@/domain/date-inputs';
import { AUDIT_MAX_COUNT, AUDIT_PAGE_SIZE, audit, getAuditPage } from './audit';

let editorId = 0;
editorTestDatabase('audit', ({ userId }) => {
  editorId = userId;
});

/** Writes an entry at a given time (the log's own clock is the database's). */
function entryAt(createdAt: string, entry: Parameters<typeof audit>[0]) {
  audit(entry);
  getDb().run(sql`UPDATE audit_log SET created_at = ${createdAt} WHERE id = (SELECT max(id) FROM audit_log)`);
}

describe('the audit log', () => {
  it('names the objects as they are now, and as recorded once they are gone', () => {
    const db = getDb();
    const article = db
      .select({ id: articles.id, title: articles.title })
      .from(articles)
      .orderBy(asc(articles.id))
      .get()!;
    const job = db.select({ id: jobs.id, title: jobs.title }).from(jobs).orderBy(asc(jobs.id)).get()!;
    entryAt('2030-01-02T09:00:00.000Z', {
      userId: editorId,
      action: 'article.publish',
      entityType: 'article',
      entityId: article.id,
      details: { title: 'Den gamle titel' },
      ip: '203.0.113.7',
    });
    entryAt('2030-01-02T09:01:00.000Z', {
      userId: editorId,
      action: 'job.delete',
      entityType: 'job',
      entityId: 99_999,
      details: { title: 'Slettet job' },
    });
    entryAt('2030-01-02T09:02:00.000Z', {
      userId: editorId,
      action: 'job.update',
      entityType: 'job',
      entityId: job.id,
      details: { title: job.title, company: 'KMD A/S' },
    });
    const { items } = getAuditPage({ page: 1, userId: editorId, since: '2030-01-02T00:00:00.000Z' });
    assert.deepEqual(
      items.map((item) => [item.action, item.object]),
      [
        ['job.update', { type: 'job', id: job.id, name: job.title, exists: true }],
        ['job.delete', { type: 'job', id: 99_999, name: 'Slettet job', exists: false }],
        // The current title, not the one at the time: the link leads to the article as it is.
        ['article.publish', { type: 'article', id: article.id, name: article.title, exists: true }],
      ],
    );
    assert.equal(items[0]!.actorName, 'Redaktør');
    assert.equal(items[0]!.facts.company, 'KMD A/S');
  });

  it('filters by person, kind of object, action and period, newest first', () => {
    entryAt('2030-03-01T10:00:00.000Z', { action: 'login.failure', details: { email: 'x@y.dk' }, ip: '203.0.113.8' });
    entryAt('2030-03-02T22:30:00.000Z', { userId: editorId, action: 'login.success', ip: '203.0.113.8' });
    entryAt('2030-03-03T08:00:00.000Z', { userId: editorId, action: 'front-page.update', entityType: 'front-page' });
    const actions = (filter: Omit<Parameters<typeof getAuditPage>[0], 'page'>) =>
      getAuditPage({ page: 1, since: '2030-03-01T00:00:00.000Z', ...filter }).items.map((item) => item.action);
    assert.deepEqual(actions({}), ['front-page.update', 'login.success', 'login.failure']);
    assert.deepEqual(actions({ userId: editorId }), ['front-page.update', 'login.success']);
    assert.deepEqual(actions({ objectType: 'front-page' }), ['front-page.update']);
    assert.deepEqual(actions({ action: 'login.failure' }), ['login.failure']);
    // 22.30 UTC on 2 March is 23.30 in Copenhagen: still 2 March there; 08.00 UTC on 3 March is 3 March.
    assert.deepEqual(actions(copenhagenDayRange('2030-03-02', '2030-03-02')), ['login.success']);
    assert.deepEqual(actions(copenhagenDayRange('2030-03-03')), ['front-page.update']);
  });

  it('reads one person’s or one action’s entries newest first along an index, without sorting the log', () => {
    const plan = (where: string, value: string | number) =>
      getDb()
        .all<{ detail: string }>(
          sql`EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE ${sql.raw(where)} = ${value} ORDER BY created_at DESC, id DESC LIMIT 30`,
        )
        .map((row) => row.detail)
        .join(' | ');
    for (const [where, value, index] of [
      ['user_id', editorId, 'audit_log_user_idx'],
      ['action', 'login.failure', 'audit_log_action_idx'],
    ] as const) {
      const detail = plan(where, value);
      assert.match(detail, new RegExp(`USING (COVERING )?INDEX ${index}`), detail);
      assert.doesNotMatch(detail, /TEMP B-TREE|SCAN audit_log(?! USING)/, detail);
    }
  });

  it('pages through a long log and counts only up to its cap', () => {
    const db = getDb();
    const before = db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .get()!.n;
    const extra = AUDIT_MAX_COUNT + 10 - before;
    db.transaction((tx) => {
      for (let i = 0; i < extra; i++)
        tx.insert(auditLog)
          .values({
            action: 'logout',
            userId: editorId,
            createdAt: `2020-01-01T00:00:00.${String(i % 1000).padStart(3, '0')}Z`,
          })
          .run();
    });
    const first = getAuditPage({ page: 1 });
    assert.equal(first.capped, true);
    assert.equal(first.total, AUDIT_MAX_COUNT);
    assert.equal(first.pageCount, AUDIT_MAX_COUNT / AUDIT_PAGE_SIZE);
    assert.equal(first.items.length, AUDIT_PAGE_SIZE);
    const second = getAuditPage({ page: 2 });
    assert.ok(second.items[0]!.createdAt <= first.items.at(-1)!.createdAt);
    assert.notEqual(second.items[0]!.id, first.items.at(-1)!.id);
    // A page past the last shows the last one.
    assert.equal(getAuditPage({ page: 10_000 }).page, first.pageCount);
    const few = getAuditPage({ page: 1, action: 'front-page.update' });
    assert.deepEqual([few.capped, few.total, few.pageCount], [false, 1, 1]);
    db.delete(auditLog)
      .where(sql`created_at LIKE '2020-01-01%'`)
      .run();
  });
});
