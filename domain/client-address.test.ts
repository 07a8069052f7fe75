import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { addressGroup } from './client-address';

describe('addressGroup', () => {
  it('keeps an IPv4 address and reads an IPv4-mapped IPv6 address as IPv4', () => {
    assert.equal(addressGroup('203.0.113.7'), '203.0.113.7');
    assert.equal(addressGroup('::ffff:203.0.113.7'), '203.0.113.7');
    assert.equal(addressGroup('::FFFF:203.0.113.7'), '203.0.113.7');
  });

  it('groups IPv6 addresses by their /64, however they are written', () => {
    const group = '2001:db8:1:2::/64';
    assert.equal(addressGroup('2001:db8:1:2:aa:bb:cc:dd'), group);
    assert.equal(addressGroup('2001:0DB8:0001:0002:ffff:0:0:1'), group);
    assert.equal(addressGroup('[2001:db8:1:2::9]'), group);
    assert.equal(addressGroup('2001:db8:1:2::1.2.3.4'), group);
    assert.equal(addressGroup('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(addressGroup('::1'), '0:0:0:0::/64');
    assert.notEqual(addressGroup('2001:db8:1:3::1'), group);
  });

  it('leaves anything else as it came', () => {
    assert.equal(addressGroup('unknown'), 'unknown');
    assert.equal(addressGroup('1:2:3'), '1:2:3');
    assert.equal(addressGroup('1::2::3'), '1::2::3');
    assert.equal(addressGroup('1:2:3:4:5:6:7:8:9'), '1:2:3:4:5:6:7:8:9');
  });
});
