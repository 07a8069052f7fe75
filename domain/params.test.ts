import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { listingParams, ownKey, parseIdParam, parsePageParam } from './params';

describe('URL parameters', () => {
  it('reads ?side= as a page number, 1 when absent, and refuses anything else', () => {
    assert.equal(parsePageParam(undefined), 1);
    assert.equal(parsePageParam('3'), 3);
    for (const junk of ['0', '-1', '1.5', '01', 'x', '9999999', ['1', '2']]) assert.equal(parsePageParam(junk), null);
  });

  it('accepts a listing only with a slug and a page number', () => {
    assert.deepEqual(listingParams('sikkerhed', '2'), { slug: 'sikkerhed', page: 2 });
    assert.equal(listingParams('Sikkerhed', undefined), null);
    assert.equal(listingParams('sikkerhed', 'to'), null);
    assert.equal(listingParams('a'.repeat(201), undefined), null);
  });

  it('reads an admin id, or 0 for junk', () => {
    assert.equal(parseIdParam('42'), 42);
    assert.equal(parseIdParam('42abc'), 0);
  });

  it('takes a whitelisted key, never an object built-in', () => {
    const sorts = { opdateret: 1, titel: 2 };
    assert.equal(ownKey(sorts, 'titel'), 'titel');
    for (const hostile of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', undefined, 1]) {
      assert.equal(ownKey(sorts, hostile), undefined, String(hostile));
    }
  });
});
