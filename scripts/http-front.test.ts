import assert from 'node:assert/strict';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import './http-front.cjs';
import { publicPolicy } from '@/domain/security-policy';
import { captureLogLines } from './log-capture';
import { metrics } from './metrics.cjs';

// The front layer as the server runs it (preloaded into the process, patching every HTTP server), in front of a
// stand-in for Next that answers the way Next does. Each test file runs in its own process, so the patch and the
// logger set here stay here.
const lines = captureLogLines();

const PAGE = '<!DOCTYPE html><html lang="da"><body><p>Forsiden</p></body></html>';

// What Next answers, by path.
const next = http.createServer((request, response) => {
  const path = (request.url ?? '/').split('?')[0];
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-nextjs-cache': 'HIT' }).end(PAGE);
  } else if (path === '/_next/static/chunks/nope.js') {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not Found');
  } else if (path === '/api/boom') {
    response.writeHead(500).end();
  } else if (path === '/api/nope') {
    response
      .writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=31536000' })
      .end('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>');
  } else if (path === '/soeg') {
    // A page that failed before anything was rendered: Next's empty error shell, the digest in its payload.
    response
      .writeHead(500, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        '<!DOCTYPE html><html id="__next_error__"><head><title>Søg</title></head><body><div hidden=""><!--$--><!--/$--></div>' +
          '<script>self.__next_f.push([1,"0:{\\"digest\\":\\"4196714317\\"}\\n"])</script></body></html>',
      );
  } else if (path === '/nyheder') {
    // A listing asked for a page past its last one renders the not-found message (with the site around it).
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': publicPolicy() })
      .end(
        '<!DOCTYPE html><html lang="da"><body><main id="indhold" data-status="404"><h1>Siden findes ikke</h1></main></body></html>',
      );
  } else if (path === '/admin/artikler/999999') {
    // A newsroom page that called notFound(): Next's empty shell.
    response
      .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>');
  } else if (path === '/_next/image') {
    response.writeHead(400).end('"url" parameter is invalid');
  } else if (path === '/medier/nope.jpg') {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Billedet findes ikke.');
  } else {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  }
});

let origin = '';
before(async () => {
  next.listen(0, '127.0.0.1');
  await once(next, 'listening');
  origin = `http://127.0.0.1:${(next.address() as AddressInfo).port}`;
});
after(() => next.close());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${origin}${path}`, { headers });
  return { response, text: await response.text() };
};
const lineFor = (requestId: string | null) => lines.find((line) => line.requestId === requestId);

describe('the front layer: request ids, log lines and metrics', () => {
  it('gives every request an id, on the answer and in one log line with method, path, status and duration', async () => {
    const { response } = await get('/?q=hemmelig', { cookie: 'authjs.session-token=abc', authorization: 'Bearer x' });
    const id = response.headers.get('x-request-id');
    assert.match(id ?? '', /^[0-9a-f-]{36}$/);
    const line = lineFor(id);
    assert.ok(line, 'a log line for the request');
    assert.equal(line.event, 'request');
    assert.equal(line.method, 'GET');
    // The query is left out: it may carry search words or one-time links.
    assert.equal(line.path, '/');
    assert.equal(line.status, 200);
    assert.equal(line.route, 'front');
    assert.equal(line.cache, 'hit');
    assert.equal(typeof line.ms, 'number');
    assert.doesNotMatch(JSON.stringify(lines), /abc|Bearer x|hemmelig/);
  });

  it('ignores a request id sent by a client that is not a trusted proxy', async () => {
    const { response } = await get('/', { 'x-request-id': 'sat-af-klienten-123' });
    assert.notEqual(response.headers.get('x-request-id'), 'sat-af-klienten-123');
  });

  it('counts requests by route type, status class and route-cache result', async () => {
    await get('/');
    const text = await metrics().registry.metrics();
    assert.match(text, /spalte_http_requests_total\{route="front",method="GET",status="2xx"\} \d+/);
    assert.match(text, /spalte_http_request_duration_seconds_bucket\{le="0.005",route="front"\} \d+/);
    assert.match(text, /spalte_route_cache_total\{route="front",result="hit"\} \d+/);
    assert.match(text, /nodejs_eventloop_lag_seconds \d/);
  });
});

describe('the front layer: Danish error answers where Next writes English ones', () => {
  it('replaces Next’s English and empty error answers, with the error id for a server error', async () => {
    const missing = await get('/_next/static/chunks/nope.js');
    assert.equal(missing.response.status, 404);
    assert.equal(missing.text, 'Siden findes ikke.\n');
    assert.equal(missing.response.headers.get('content-type'), 'text/plain; charset=utf-8');

    const shell = await get('/api/nope');
    assert.equal(shell.response.status, 404);
    assert.equal(shell.text, 'Siden findes ikke.\n');
    assert.equal(shell.response.headers.get('cache-control'), 'private, no-store');

    const image = await get('/_next/image?url=x');
    assert.equal(image.response.status, 400);
    assert.equal(image.text, 'Forespørgslen er ugyldig.\n');

    const failed = await get('/api/boom');
    assert.equal(failed.response.status, 500);
    const id = failed.response.headers.get('x-request-id');
    assert.equal(failed.text, `Der opstod en fejl på serveren. Prøv igen om lidt.\nFejl-id: ${id}\n`);
    assert.equal(lineFor(id)?.status, 500);
  });

  it('sends a Danish page with the error id instead of Next’s empty error shell when a page fails', async () => {
    const { response, text } = await get('/soeg?q=x');
    assert.equal(response.status, 500);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(text, /<html lang="da">/);
    assert.match(text, /<h1>Der opstod en fejl<\/h1>/);
    assert.match(text, /Fejl-id: <code>4196714317<\/code>/);
    assert.match(text, /<a class="front" href="\/">Gå til forsiden<\/a>/);
    assert.doesNotMatch(text, /<script/);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });

  it('sends a Danish not-found page instead of the empty shell of a newsroom page that called notFound()', async () => {
    const { response, text } = await get('/admin/artikler/999999');
    assert.equal(response.status, 404);
    assert.match(text, /<h1>Siden findes ikke<\/h1>/);
    assert.match(text, /<a class="front" href="\/admin">Gå til redaktionen<\/a>/);
    assert.doesNotMatch(text, /Fejl-id|Prøv igen/);
  });

  it('answers a public page that renders a status message with that status, the page as rendered', async () => {
    const { response, text } = await get('/nyheder?side=999');
    assert.equal(response.status, 404);
    assert.match(text, /<h1>Siden findes ikke<\/h1>/);
  });

  it('leaves the app’s own Danish answers and reader pages alone', async () => {
    const media = await get('/medier/nope.jpg');
    assert.equal(media.text, 'Billedet findes ikke.');
    const page = await get('/findes-ikke');
    assert.equal(page.response.status, 404);
    assert.equal(page.text, PAGE);
  });
});
