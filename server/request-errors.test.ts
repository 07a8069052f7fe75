import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { errorIdOf, reportRequestError } from './request-errors';
import { captureLogLines } from '../scripts/log-capture';
import { metrics } from '../scripts/metrics.cjs';

const lines = captureLogLines();

describe('errors while answering a request', () => {
  it('are logged once with the request id and the error id the reader sees, stack included, and counted', async () => {
    const error = Object.assign(new Error('database is locked'), { digest: '2915673' });
    reportRequestError(
      error,
      { path: '/sikkerhed/en-artikel?utm=x', method: 'GET', headers: { 'x-request-id': 'req-1', cookie: 'hemmelig' } },
      {
        routerKind: 'App Router',
        routePath: '/[section]/[slug]',
        routeType: 'render',
        renderSource: 'react-server-components',
        revalidateReason: undefined,
      },
    );
    const line = lines.find((entry) => entry.requestId === 'req-1');
    assert.ok(line);
    assert.equal(line.event, 'request.error');
    assert.equal(line.level, 'error');
    assert.equal(line.errorId, '2915673');
    assert.equal(line.path, '/sikkerhed/en-artikel');
    assert.equal(line.routePath, '/[section]/[slug]');
    assert.match(String((line.err as { stack?: string }).stack), /database is locked/);
    assert.doesNotMatch(JSON.stringify(line), /hemmelig/);
    assert.match(await metrics().registry.metrics(), /spalte_errors_total\{route="article"\} 1/);
  });

  it('have the request id as their error id when Next gave them no digest (route handlers)', () => {
    assert.equal(errorIdOf(new Error('x'), 'req-2'), 'req-2');
    assert.equal(errorIdOf(Object.assign(new Error('x'), { digest: 'abc' }), 'req-2'), 'abc');
  });
});
