import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { pagerItems } from './pager';

describe('pagerItems', () => {
  it('shows nothing for a single page and every page of a short listing', () => {
    assert.deepEqual(pagerItems(1, 1), []);
    assert.deepEqual(pagerItems(1, 5), [1, 2, 3, 4, 5]);
    assert.deepEqual(pagerItems(4, 7), [1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the first, the last and two on each side of the current page of a long listing', () => {
    assert.deepEqual(pagerItems(1, 20_000), [1, 2, 3, 'gap', 20_000]);
    assert.deepEqual(pagerItems(500, 20_000), [1, 'gap', 498, 499, 500, 501, 502, 'gap', 20_000]);
    assert.deepEqual(pagerItems(20_000, 20_000), [1, 'gap', 19_998, 19_999, 20_000]);
  });

  it('never hides a single page behind a gap', () => {
    assert.deepEqual(pagerItems(5, 10), [1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
    assert.deepEqual(pagerItems(6, 10), [1, 'gap', 4, 5, 6, 7, 8, 9, 10]);
  });

  it("keeps a long listing's pager short wherever the reader is", () => {
    for (const page of [1, 2, 3, 4, 5, 100, 9_996, 9_999, 10_000])
      assert.ok(pagerItems(page, 10_000).length <= 9, String(page));
  });
});
