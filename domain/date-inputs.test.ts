import assert from 'node:assert/strict';
import { test } from 'node:test';

import { copenhagenToUtc, endOfCopenhagenDay, isLocalDate, isLocalDateTime, utcToCopenhagenInput } from './date-inputs';

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
