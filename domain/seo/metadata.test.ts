import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { INDEX_ROBOTS, listingMetadata, NOINDEX_ROBOTS } from './metadata';

describe('listing metadata', () => {
  const input = { title: 'Sikkerhed', description: 'Om sikkerhed.', path: '/sikkerhed' };

  it('lists page 1 in search results under its own address', () => {
    const metadata = listingMetadata({ ...input, page: 1 });
    assert.equal(metadata.title, 'Sikkerhed');
    assert.equal(metadata.alternates?.canonical, '/sikkerhed');
    assert.deepEqual(metadata.robots, INDEX_ROBOTS);
  });

  it('names deeper pages, gives them their own address and keeps them out of the index', () => {
    const metadata = listingMetadata({ ...input, page: 3 });
    assert.equal(metadata.title, 'Sikkerhed – side 3');
    assert.equal(metadata.alternates?.canonical, '/sikkerhed?side=3');
    assert.deepEqual(metadata.robots, NOINDEX_ROBOTS);
  });
});
