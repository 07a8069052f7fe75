import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { ViewCount } from '@/db/queries/views';
import { AddressTally, RecentSet, VIEW_LIMITS, ViewCounter, type ViewClient, type ViewLimits } from './view-counter';

// 13:00 in Copenhagen (winter time, UTC+1), well inside a day and a minute's first second.
const NOON = Date.parse('2026-03-10T12:00:00Z');
const MINUTE = 60 * 1000;
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** A counter on a hand-driven clock, with numbered salts, scheduled flushes run by hand and writes recorded. */
function testCounter({ start = NOON, limits = {} }: { start?: number; limits?: Partial<ViewLimits> } = {}) {
  let now = start;
  let salts = 0;
  const scheduled: (() => void)[] = [];
  const writes: ViewCount[][] = [];
  let failWrites = false;
  const counter = new ViewCounter({
    write: (counts) => {
      if (failWrites) throw new Error('database is locked');
      writes.push(counts.map((row) => ({ ...row })));
    },
    now: () => now,
    newSalt: () => Buffer.alloc(32, ++salts),
    schedule: (flush) => scheduled.push(flush),
    limits,
  });
  const client = (address: string, userAgent = BROWSER): ViewClient => {
    const admission = counter.admit(address, userAgent);
    assert.ok('client' in admission, `${address} was refused`);
    return admission.client;
  };
  return {
    counter,
    client,
    /** Admits the client and counts one view; true when it was counted. */
    view: (address: string, articleId: number, userAgent = BROWSER) =>
      counter.count(client(address, userAgent), articleId),
    advance: (ms: number) => (now += ms),
    setTime: (time: number) => (now = time),
    salts: () => salts,
    scheduled,
    runScheduled: () => scheduled.splice(0).forEach((flush) => flush()),
    writes,
    failWrites: (fail: boolean) => (failWrites = fail),
  };
}

/** Total counted views per article over every write. */
function written(writes: ViewCount[][]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const row of writes.flat()) totals.set(row.articleId, (totals.get(row.articleId) ?? 0) + row.count);
  return totals;
}

describe('ViewCounter: one view per reader and article per window', () => {
  it('counts a loop of 200 views from one reader once', () => {
    const t = testCounter();
    const reader = t.client('203.0.113.7');
    let counted = 0;
    for (let i = 0; i < 200; i += 1) if (t.counter.count(reader, 42)) counted += 1;
    t.counter.flush();
    assert.equal(counted, 1);
    assert.deepEqual(t.writes, [[{ articleId: 42, day: '2026-03-10', count: 1 }]]);
  });

  it('counts the same reader again once the window has passed, and other readers and articles at once', () => {
    const t = testCounter();
    assert.equal(t.view('203.0.113.7', 42), true);
    t.advance(VIEW_LIMITS.windowMs - 1000);
    assert.equal(t.view('203.0.113.7', 42), false);
    assert.equal(t.view('203.0.113.7', 43), true, 'another article');
    assert.equal(t.view('203.0.113.7', 42, `${BROWSER} Edg/156.0`), true, 'another user agent');
    assert.equal(t.view('198.51.100.1', 42), true, 'another address');
    t.advance(1000);
    assert.equal(t.view('203.0.113.7', 42), true, 'the window has passed');
  });

  it('sees two IPv6 addresses of one /64 with the same browser as one reader', () => {
    const t = testCounter();
    assert.equal(t.view('2001:db8:1:2::aaaa', 42), true);
    assert.equal(t.view('2001:db8:1:2:ffff::1', 42), false);
    assert.equal(t.view('2001:db8:1:3::aaaa', 42), true);
  });
});

describe('ViewCounter: anonymous keys under a salt that changes at Copenhagen midnight', () => {
  it('keys a reader by address and user agent without keeping either', () => {
    const t = testCounter();
    const first = t.client('203.0.113.7');
    assert.deepEqual(t.client('203.0.113.7'), first, 'the same key all day');
    assert.notEqual(t.client('203.0.113.7', 'curl/8.0').reader, first.reader);
    assert.equal(t.client('203.0.113.7', 'curl/8.0').address, first.address);
    assert.notEqual(t.client('203.0.113.8').address, first.address);
    for (const key of Object.values(first)) {
      assert.match(key, /^[A-Za-z0-9_-]{22}$/);
      assert.ok(!key.includes('203.0.113.7') && !key.includes('Mozilla'));
    }
  });

  it('makes a new random salt per process', () => {
    const a = new ViewCounter({ write: () => {} }).admit('203.0.113.7', BROWSER);
    const b = new ViewCounter({ write: () => {} }).admit('203.0.113.7', BROWSER);
    assert.ok('client' in a && 'client' in b);
    assert.notEqual(a.client.reader, b.client.reader);
  });

  it('changes the salt at midnight in Copenhagen, not in UTC, and forgets the day before', () => {
    // 23:59:30 in Copenhagen in winter is 22:59:30 UTC.
    const t = testCounter({ start: Date.parse('2026-03-10T22:59:30Z') });
    const evening = t.client('203.0.113.7');
    assert.equal(t.counter.count(evening, 42), true);
    assert.equal(t.salts(), 1);
    t.advance(60 * 1000);
    const night = t.client('203.0.113.7');
    assert.equal(t.salts(), 2);
    assert.notEqual(night.reader, evening.reader);
    assert.equal(t.counter.count(night, 42), true, 'a new day counts again');
    assert.equal(t.counter.count(evening, 43), true, 'the old key is just a stranger now');
    t.counter.flush();
    assert.deepEqual(t.writes, [
      [
        { articleId: 42, day: '2026-03-10', count: 1 },
        { articleId: 42, day: '2026-03-11', count: 1 },
        { articleId: 43, day: '2026-03-11', count: 1 },
      ],
    ]);

    // UTC midnight (01:00 in Copenhagen) changes nothing; in summer time Copenhagen's midnight is 22:00 UTC.
    t.setTime(Date.parse('2026-03-11T23:59:50Z'));
    t.client('203.0.113.7');
    const salts = t.salts();
    t.advance(20 * 1000);
    t.client('203.0.113.7');
    assert.equal(t.salts(), salts);
    t.setTime(Date.parse('2026-07-01T21:59:59Z'));
    t.client('203.0.113.7');
    t.advance(2000);
    t.client('203.0.113.7');
    assert.equal(t.salts(), salts + 2);
  });
});

describe('ViewCounter: rate caps', () => {
  it('refuses a flood from one reader until the minute turns, and says how long to wait', () => {
    const t = testCounter({ start: NOON + 45 * 1000 });
    for (let i = 0; i < VIEW_LIMITS.readerBeaconsPerMinute; i += 1) t.client('203.0.113.7');
    assert.deepEqual(t.counter.admit('203.0.113.7', BROWSER), { retryAfterSeconds: 15 });
    t.client('203.0.113.7', 'Another browser');
    t.advance(15 * 1000);
    t.client('203.0.113.7');
  });

  it('lets an office of distinct readers share one address, within a looser cap for the address', () => {
    const t = testCounter();
    for (let i = 0; i < VIEW_LIMITS.addressBeaconsPerMinute; i += 1) t.client('203.0.113.7', `${BROWSER} reader-${i}`);
    assert.ok('retryAfterSeconds' in t.counter.admit('203.0.113.7', `${BROWSER} one-more`));
    t.client('198.51.100.1', `${BROWSER} one-more`);
  });

  it('lets one address add only so many views to one article per day, whatever user agents it sends', () => {
    const t = testCounter();
    const perArticle = VIEW_LIMITS.addressViewsPerArticle;
    let counted = 0;
    for (let i = 0; i < perArticle + 20; i += 1) if (t.view('203.0.113.7', 42, `${BROWSER} reader-${i}`)) counted += 1;
    assert.equal(counted, perArticle);
    assert.equal(t.view('203.0.113.7', 43, `${BROWSER} reader-0`), true, 'other articles still count');
    assert.equal(t.view('198.51.100.1', 42), true, 'other addresses still count');
    t.advance(24 * 60 * 60 * 1000);
    assert.equal(t.view('203.0.113.7', 42, `${BROWSER} reader-0`), true, 'the next day counts again');
  });
});

describe('ViewCounter: bounded memory', () => {
  const small = { maxRecentViews: 100, maxRateKeys: 300, maxTallied: 100, addressArticlesPerDay: 20 };

  it('keeps every table within its bound under a flood of distinct readers, addresses and articles', () => {
    const t = testCounter({ limits: small });
    for (let i = 0; i < 5000; i += 1) {
      if (i % 100 === 0) t.advance(MINUTE);
      const address = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      t.counter.count(t.client(address, `bot-${i}`), i % 3000);
      const sizes = t.counter.sizes();
      assert.ok(sizes.recent <= small.maxRecentViews, `recent ${sizes.recent}`);
      assert.ok(sizes.rate <= small.maxRateKeys, `rate ${sizes.rate}`);
      assert.ok(sizes.tally <= small.maxTallied, `tally ${sizes.tally}`);
    }
    t.counter.flush();
    assert.equal(t.counter.sizes().pending, 0);
  });

  it('refuses newcomers when the minute table is full rather than growing it', () => {
    const t = testCounter({ limits: { maxRateKeys: 10 } });
    for (let i = 0; i < 5; i += 1) t.client(`10.0.0.${i}`);
    assert.ok('retryAfterSeconds' in t.counter.admit('10.0.0.99', BROWSER));
    t.client('10.0.0.1');
    t.advance(MINUTE);
    t.client('10.0.0.99');
  });

  it('forgets expired views as the window moves', () => {
    const recent = new RecentSet(1000, 10);
    for (let i = 0; i < 5; i += 1) recent.add(`k${i}`, i * 100);
    assert.equal(recent.size, 5);
    assert.equal(recent.add('k5', 1250), true);
    assert.equal(recent.size, 3, 'k0, k1 and k2 expired, k3, k4 and k5 remain');
  });

  it('does not let one address push the others out of the tally', () => {
    const tally = new AddressTally(30, 5, 12);
    tally.take('office', 1);
    for (let article = 1; article <= 1000; article += 1) tally.take('loop', article);
    assert.equal(tally.size, 6);
    for (let article = 1; article <= 5; article += 1) tally.take('office', article);
    assert.equal(tally.size, 10);
    tally.take('a', 1);
    tally.take('b', 1);
    tally.take('c', 1);
    assert.equal(tally.size, 8, 'the least recently active address (the loop) was forgotten first');
    for (let view = 2; view < 30; view += 1) assert.equal(tally.take('office', 1), true);
    assert.equal(tally.take('office', 1), false, 'the office kept its count');
  });
});

describe('ViewCounter: batched writes', () => {
  it('writes the views counted within the interval in one batch, summed per article and day', () => {
    const t = testCounter();
    for (let i = 0; i < 50; i += 1) t.view(`10.0.${i >> 8}.${i & 255}`, i % 2 === 0 ? 42 : 43);
    assert.equal(t.writes.length, 0, 'nothing written per beacon');
    assert.equal(t.scheduled.length, 1, 'one flush scheduled for the batch');
    t.runScheduled();
    assert.deepEqual(t.writes, [
      [
        { articleId: 42, day: '2026-03-10', count: 25 },
        { articleId: 43, day: '2026-03-10', count: 25 },
      ],
    ]);
    assert.equal(t.counter.sizes().pending, 0);
    t.view('10.1.0.1', 42);
    assert.equal(t.scheduled.length, 1, 'the next view schedules the next flush');
    t.runScheduled();
    assert.deepEqual(
      written(t.writes),
      new Map([
        [42, 26],
        [43, 25],
      ]),
    );
  });

  it('schedules flushes no closer than the flush interval', () => {
    const delays: number[] = [];
    const counter = new ViewCounter({ write: () => {}, now: () => NOON, schedule: (_flush, ms) => delays.push(ms) });
    const admission = counter.admit('203.0.113.7', BROWSER);
    assert.ok('client' in admission);
    counter.count(admission.client, 1);
    counter.count(admission.client, 2);
    assert.deepEqual(delays, [VIEW_LIMITS.flushIntervalMs]);
    assert.ok(VIEW_LIMITS.flushIntervalMs >= 1000 && VIEW_LIMITS.flushIntervalMs <= 2000);
  });

  it('keeps the views of a failed write for the next attempt', () => {
    const t = testCounter();
    t.view('10.0.0.1', 42);
    t.failWrites(true);
    const originalError = console.error;
    console.error = () => {};
    try {
      t.runScheduled();
    } finally {
      console.error = originalError;
    }
    assert.equal(t.writes.length, 0);
    assert.equal(t.scheduled.length, 1, 'retried after another interval');
    t.view('10.0.0.2', 42);
    t.failWrites(false);
    t.runScheduled();
    assert.deepEqual(t.writes, [[{ articleId: 42, day: '2026-03-10', count: 2 }]]);
  });

  it('writes nothing when nothing was counted', () => {
    const t = testCounter();
    assert.equal(t.counter.flush(), 0);
    assert.equal(t.writes.length, 0);
  });
});
