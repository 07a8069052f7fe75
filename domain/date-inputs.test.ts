import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  copenhagenDayRange,
  copenhagenToUtc,
  endOfCopenhagenDay,
  formatDanishDate,
  formatDanishTime,
  isLocalDate,
  isLocalDateTime,
  parseDanishDate,
  parseDanishTime,
  utcToCopenhagenInput,
} from './date-inputs';

test('a Copenhagen wall-clock time converts to UTC in winter and in summer', () => {
  assert.equal(copenhagenToUtc('2026-01-15T09:30'), '2026-01-15T08:30:00.000Z');
  assert.equal(copenhagenToUtc('2026-07-01T09:30'), '2026-07-01T07:30:00.000Z');
  assert.equal(copenhagenToUtc('2026-07-01'), '2026-06-30T22:00:00.000Z');
});

test('the conversion round-trips through the form value', () => {
  for (const local of ['2026-01-15T09:30', '2026-07-01T23:59', '2026-10-25T12:00', '2026-03-29T00:00']) {
    assert.equal(utcToCopenhagenInput(copenhagenToUtc(local)), local);
  }
});

test('a job deadline lasts to the end of its Copenhagen day, across summer time changes', () => {
  assert.equal(endOfCopenhagenDay('2026-02-02'), '2026-02-02T22:59:59.999Z');
  assert.equal(endOfCopenhagenDay('2026-06-30'), '2026-06-30T21:59:59.999Z');
  assert.equal(endOfCopenhagenDay('2026-03-28'), '2026-03-28T22:59:59.999Z');
  assert.equal(endOfCopenhagenDay('2026-03-29'), '2026-03-29T21:59:59.999Z');
  assert.equal(endOfCopenhagenDay('2026-12-31'), '2026-12-31T22:59:59.999Z');
});

test('only real dates and times are accepted from a form', () => {
  assert.ok(isLocalDateTime('2026-02-28'));
  assert.ok(isLocalDateTime('2026-02-28T23:59'));
  assert.ok(!isLocalDateTime('2026-02-30'));
  assert.ok(!isLocalDateTime('2026-02-28T24:00'));
  assert.ok(!isLocalDateTime('28-02-2026'));
  assert.ok(!isLocalDateTime(''));
});

test('a date field takes a date only: a time in it is refused, not a crash later', () => {
  assert.ok(isLocalDate('2099-01-01'));
  assert.ok(!isLocalDate('2099-01-01T10:00'));
  assert.ok(!isLocalDate('2099-02-30'));
  assert.ok(!isLocalDate(''));
});

test('a date typed the Danish way is read as ISO, in the forms editors use', () => {
  const today = '2026-06-15';
  assert.equal(parseDanishDate('31.12.2026', today), '2026-12-31');
  assert.equal(parseDanishDate('31/12/2026', today), '2026-12-31');
  assert.equal(parseDanishDate('31-12-2026', today), '2026-12-31');
  assert.equal(parseDanishDate(' 1.2.27 ', today), '2027-02-01');
  assert.equal(parseDanishDate('1/2', today), '2026-02-01');
  assert.equal(parseDanishDate('24.12.', today), '2026-12-24');
  assert.equal(parseDanishDate('2026-12-31', today), '2026-12-31');
});

test('a typed date that does not exist, or is not a date at all, is refused', () => {
  for (const typed of [
    '31.02.2026',
    '0.1.2026',
    '12/31/2026',
    '2026-02-30',
    'mm/dd/yyyy',
    '',
    '1.2.3.4',
    '31.12.20266',
  ]) {
    assert.equal(parseDanishDate(typed, '2026-06-15'), null, typed);
  }
});

test('an ISO date is shown as dd.mm.åååå and reads back the same', () => {
  assert.equal(formatDanishDate('2099-12-31'), '31.12.2099');
  assert.equal(parseDanishDate(formatDanishDate('2026-03-09')), '2026-03-09');
});

test('a 24-hour time is typed with a dot, a colon or neither, and shown with a dot', () => {
  assert.equal(parseDanishTime('14.05'), '14:05');
  assert.equal(parseDanishTime('14:05'), '14:05');
  assert.equal(parseDanishTime('1405'), '14:05');
  assert.equal(parseDanishTime('9.30'), '09:30');
  assert.equal(parseDanishTime('9'), '09:00');
  for (const typed of ['24.00', '12.60', '2:5', '09:54 PM', 'kl. 9', ''])
    assert.equal(parseDanishTime(typed), null, typed);
  assert.equal(formatDanishTime('09:30'), '09.30');
});

test('a period of Copenhagen days runs from the first midnight to the midnight after the last day', () => {
  assert.deepEqual(copenhagenDayRange('2026-03-28', '2026-03-29'), {
    since: '2026-03-27T23:00:00.000Z',
    until: '2026-03-29T22:00:00.000Z',
  });
  assert.deepEqual(copenhagenDayRange(undefined, '2026-12-31'), {
    since: undefined,
    until: '2026-12-31T23:00:00.000Z',
  });
});
