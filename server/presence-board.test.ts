import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { PresenceBoard } from './presence-board';

const anna = { userId: 1, name: 'Anna Holm' };
const bo = { userId: 2, name: 'Bo Berg' };

function board(maxTabsPerUser = 20) {
  let clock = 0;
  const presence = new PresenceBoard({ ttlMs: 45_000, maxTabsPerUser, now: () => clock });
  return { presence, advance: (ms: number) => (clock += ms) };
}

describe('PresenceBoard', () => {
  it('tells each tab who else has the article open, not itself', () => {
    const { presence } = board();
    assert.deepEqual(presence.beat(7, { ...anna, tabId: 'a1' }), { others: [], elsewhere: false });
    assert.deepEqual(presence.beat(7, { ...bo, tabId: 'b1' }), { others: ['Anna Holm'], elsewhere: false });
    assert.deepEqual(presence.beat(7, { ...anna, tabId: 'a1' }), { others: ['Bo Berg'], elsewhere: false });
    // Another article is another room.
    assert.deepEqual(presence.beat(8, { ...bo, tabId: 'b2' }), { others: [], elsewhere: false });
  });

  it('names a person once however many tabs they have, and tells a user of their own other tab', () => {
    const { presence } = board();
    presence.beat(7, { ...bo, tabId: 'b1' });
    presence.beat(7, { ...bo, tabId: 'b2' });
    presence.beat(7, { ...anna, tabId: 'a1' });
    assert.deepEqual(presence.beat(7, { ...anna, tabId: 'a2' }), { others: ['Bo Berg'], elsewhere: true });
  });

  it('forgets a tab that stopped beating, and one that said goodbye', () => {
    const { presence, advance } = board();
    presence.beat(7, { ...anna, tabId: 'a1' });
    presence.beat(7, { ...bo, tabId: 'b1' });
    advance(30_000);
    presence.beat(7, { ...bo, tabId: 'b1' });
    advance(20_000);
    // Anna's last beat is 50 s old, Bo's 20 s.
    assert.deepEqual(presence.beat(7, { userId: 3, name: 'Cecilie', tabId: 'c1' }), {
      others: ['Bo Berg'],
      elsewhere: false,
    });
    presence.leave({ userId: 2, tabId: 'b1' });
    assert.deepEqual(presence.beat(7, { userId: 3, name: 'Cecilie', tabId: 'c1' }).others, []);
  });

  it('lets nobody remove another user’s tab, and keeps only the newest tabs per user', () => {
    const { presence } = board(2);
    presence.beat(7, { ...anna, tabId: 'a1' });
    presence.leave({ userId: 2, tabId: 'a1' });
    assert.deepEqual(presence.beat(7, { ...bo, tabId: 'b1' }).others, ['Anna Holm']);
    presence.beat(9, { ...bo, tabId: 'b2' });
    presence.beat(9, { ...bo, tabId: 'b3' });
    // b1, on article 7, was Bo's oldest of three tabs: gone.
    assert.deepEqual(presence.beat(7, { ...anna, tabId: 'a1' }).others, []);
    assert.equal(presence.beat(9, { ...bo, tabId: 'b2' }).elsewhere, true);
  });
});
