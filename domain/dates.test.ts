import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { copenhagenDay, formatCalendarDate, formatDate, formatDateTime, isoWithOffset } from './dates';

describe('Danish dates in Copenhagen time', () => {
  it('formats a winter time instant as Danish readers expect', () => {
    assert.equal(formatDateTime('2026-11-27T21:19:00Z'), '27. november 2026 kl. 22.19');
  });

  it('formats a summer time instant with the summer offset', () => {
    assert.equal(formatDateTime('2026-07-01T10:05:00Z'), '1. juli 2026 kl. 12.05');
    assert.equal(isoWithOffset('2026-07-01T10:05:00Z'), '2026-07-01T12:05:00+02:00');
  });

  it('gives datetime attributes with the Copenhagen offset', () => {
    assert.equal(isoWithOffset('2026-11-27T21:19:00Z'), '2026-11-27T22:19:00+01:00');
  });

  it('counts a late-evening UTC instant under the next Copenhagen day', () => {
    assert.equal(copenhagenDay('2026-11-27T23:30:00Z'), '2026-11-28');
    assert.equal(formatDate('2026-11-27T23:30:00Z'), '28. november 2026');
  });

  it('shows calendar dates without shifting them through a time zone', () => {
    assert.equal(formatCalendarDate('2026-02-02'), '2. februar 2026');
  });
});
