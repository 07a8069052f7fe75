import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { takeUploadSlot, UPLOADS_PER_WINDOW, WINDOW_MS } from './upload-throttle';

describe('takeUploadSlot', () => {
  it('allows a generous number of uploads per window, per user, then again after the window', () => {
    const start = 1_000_000;
    for (let index = 0; index < UPLOADS_PER_WINDOW; index += 1) assert.equal(takeUploadSlot(7, start), true);
    assert.equal(takeUploadSlot(7, start + 1), false);
    assert.equal(takeUploadSlot(8, start + 1), true);
    assert.equal(takeUploadSlot(7, start + WINDOW_MS), true);
  });
});
