import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { REQUEST_REFUSALS } from '@/copy/admin';
import { ACTION_BODY_LIMIT_BYTES, ACTION_BODY_LIMIT_MB } from '@/domain/limits';
import { isActionRequest, refuseActionRequest } from './action-request';

const SITE = 'http://localhost:3000';
process.env.SITE_URL = SITE;

/** A fetch action's call as Next's client sends it (multipart, with its boundary, when the body is FormData). */
function actionCall(body: BodyInit, headers: Record<string, string> = {}) {
  const base: Record<string, string> = { host: 'localhost:3000', origin: SITE, 'next-action': '7f00aa' };
  if (!(body instanceof FormData)) base['content-type'] = 'text/plain;charset=UTF-8';
  return new Request(`${SITE}/admin/job/ny`, { method: 'POST', body, headers: { ...base, ...headers } });
}

describe('server-action requests checked before Next decodes them', () => {
  it('lets a well-formed call from our own pages through', async () => {
    assert.equal(await refuseActionRequest(actionCall(JSON.stringify([{ title: 'Hej' }]))), null);
    const form = new FormData();
    form.set('0', JSON.stringify(['$K1']));
    form.set('1_title', 'Hej');
    assert.equal(await refuseActionRequest(actionCall(form)), null);
  });

  it('refuses a foreign Origin with 403', async () => {
    const refusal = await refuseActionRequest(actionCall('[1]', { origin: 'https://evil.example' }));
    assert.deepEqual(refusal, { status: 403, message: REQUEST_REFUSALS.foreignOrigin });
  });

  it('refuses a body over the limit with 413, declared or not', async () => {
    const big = JSON.stringify(['x'.repeat(ACTION_BODY_LIMIT_BYTES)]);
    assert.equal((await refuseActionRequest(actionCall(big)))?.status, 413);
    assert.equal(
      (await refuseActionRequest(actionCall('[1]', { 'content-length': String(5 * 1024 * 1024) })))?.status,
      413,
    );
    assert.match(REQUEST_REFUSALS.tooLarge, new RegExp(`${ACTION_BODY_LIMIT_MB} MB`));
  });

  it('refuses a malformed body or a call without its arguments with 400', async () => {
    for (const body of ['["x"', '', '{}', '[]', 'null']) {
      assert.deepEqual(
        await refuseActionRequest(actionCall(body)),
        { status: 400, message: REQUEST_REFUSALS.malformed },
        body,
      );
    }
    const noRoot = new FormData();
    noRoot.set('1_title', 'Hej');
    assert.equal((await refuseActionRequest(actionCall(noRoot)))?.status, 400);
  });

  it('knows form posts and fetch calls from other requests', () => {
    assert.equal(isActionRequest(actionCall('[1]')), true);
    assert.equal(isActionRequest(new Request(SITE, { method: 'GET' })), false);
    assert.equal(
      isActionRequest(
        new Request(SITE, { method: 'POST', body: 'x', headers: { 'content-type': 'application/json' } }),
      ),
      false,
    );
  });
});
