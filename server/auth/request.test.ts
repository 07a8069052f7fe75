import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { clientAddress, PEER_HEADER, safeCallbackPath } from './request';

describe('safeCallbackPath', () => {
  it('keeps paths on this site and sends everything else to the article list', () => {
    assert.equal(safeCallbackPath('/admin/artikler/4?fane=historik#x'), '/admin/artikler/4?fane=historik#x');
    assert.equal(safeCallbackPath('/nyheder'), '/nyheder');
    for (const hostile of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/\tevil',
      // Dot segments that normalise to "//evil.example".
      '/.//evil.example',
      '/%2e//evil.example',
      '/%2E//evil.example',
      '/x/..//evil.example',
      '/x/%2e%2e//evil.example/pfad?q=1',
      '/./\\evil.example',
      undefined,
      42,
      '',
    ]) {
      assert.equal(safeCallbackPath(hostile), '/admin', String(hostile));
    }
  });
});

describe('clientAddress', () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it('believes the connection, not a forwarded header the client wrote', () => {
    assert.equal(
      clientAddress(headers({ [PEER_HEADER]: '192.0.2.9', 'x-forwarded-for': '203.0.113.1' }), ''),
      '192.0.2.9',
    );
  });
  it('takes the address a trusted proxy appended', () => {
    const h = headers({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '203.0.113.1, 198.51.100.4' });
    assert.equal(clientAddress(h, '10.0.0.2'), '198.51.100.4');
    assert.equal(clientAddress(h, '10.0.0.3'), '10.0.0.2');
  });
});
