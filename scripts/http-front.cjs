// The production server's front layer, preloaded by scripts/start.mjs (`node --require`) into `next start`. It
// does, for every request, what Next.js cannot do from inside:
//
// 1. The client's address. Next's route handlers cannot see the TCP connection, and Next fills X-Forwarded-For from
//    the socket only when the client did not send one. This stamps every request with the connection's own address
//    in a header of ours, overwriting any copy the client sent; server/auth/request.ts reads it.
// 2. Forwarding headers only from a trusted proxy. X-Forwarded-Host and X-Forwarded-Proto are removed unless the
//    connection comes from an address in TRUSTED_PROXIES: Next's server-action origin check believes
//    X-Forwarded-Host, so a client must not be able to set it (a reverse proxy in front must overwrite it; see
//    docs/architecture/security.md).
// 3. Strict-Transport-Security when the site is served over https (SITE_URL, or a trusted proxy's
//    X-Forwarded-Proto).
// 4. The public pages' Content-Security-Policy hashes. A cached page cannot carry a per-request nonce, so its
//    policy lists the SHA-256 of each of Next's inline scripts instead, and those are known only once the page is
//    rendered: HTML answers whose policy asks for it are held until complete, the framework's own inline scripts
//    are hashed, the hashes replace the placeholder (scripts/http-front/policy.cjs), and the answer goes on.
// 5. Compression (the `compression` middleware Next would otherwise apply itself; next.config.ts turns Next's off),
//    after step 4, which must read the HTML uncompressed.
// 6. A request id (X-Request-Id: a trusted proxy's, or a new one) on the request, for the app's log lines, and on
//    the answer; a JSON log line and the Prometheus metrics for every request once it is answered (scripts/log.cjs,
//    scripts/metrics.cjs), and, with METRICS_PORT, a metrics listener on 127.0.0.1.
// 7. Danish error answers where Next writes its own English ones, and the status a public page's rendered status
//    message asks for, where Next could only send a 200 or its empty notFound() shell (scripts/http-front/errors.cjs).
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for `node --require` */
const { randomUUID } = require('node:crypto');
const http = require('node:http');
const compression = require('compression');

const { logger } = require('./log.cjs');
const { metrics, routeType } = require('./metrics.cjs');
const {
  ERROR_PAGE_POLICY,
  danishError,
  danishErrorPage,
  digestIn,
  frameworkErrorKind,
  mayBeFrameworkError,
  statusMarkedIn,
} = require('./http-front/errors.cjs');

const {
  fromTrustedProxy,
  inlineScriptHashes,
  servedOverHttps,
  wantsHashes,
  withScriptHashes,
} = require('./http-front/policy.cjs');

const PEER_HEADER = 'x-spalte-peer';
const HSTS = 'max-age=63072000; includeSubDomains';
const compress = compression();
const emit = http.Server.prototype.emit;

// Unrecognised inline scripts are reported once per process and shape, so a framework upgrade that adds one shows
// in the log instead of silently breaking pages.
let reportedRefusals = 0;

/** A request id from a trusted proxy is kept if it is a plain token; anything else gets a new one. */
const REQUEST_ID = /^[\w.:-]{8,80}$/;

http.Server.prototype.emit = function emitThroughFront(event, request, response, ...rest) {
  if (event === 'request' && request && request.headers && response && !this.spalteInternal) {
    const peer = (request.socket && request.socket.remoteAddress) || '';
    const trusted = fromTrustedProxy(peer, process.env.TRUSTED_PROXIES);
    const forwardedProto = request.headers['x-forwarded-proto'];
    if (!trusted) {
      delete request.headers['x-forwarded-host'];
      delete request.headers['x-forwarded-proto'];
    }
    request.headers[PEER_HEADER] = peer;
    const incomingId = request.headers['x-request-id'];
    const requestId = trusted && REQUEST_ID.test(String(incomingId ?? '')) ? String(incomingId) : randomUUID();
    request.headers['x-request-id'] = requestId;
    response.setHeader('X-Request-Id', requestId);
    observe(request, response, requestId, peer);
    if (servedOverHttps({ siteUrl: process.env.SITE_URL, peerIsTrusted: trusted, forwardedProto })) {
      response.setHeader('Strict-Transport-Security', HSTS);
    }
    compress(request, response, () => {});
    holdForFront(response, requestId);
  }
  return emit.call(this, event, request, response, ...rest);
};

// The in-process scheduler calls the server every 10 seconds (server/scheduler.ts); its successful calls are debug
// lines, so they do not crowd the log; runs that did something log their own `scheduler.run` event.
const SCHEDULER_PATH = '/api/scheduler';
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Once a request is answered (or abandoned): its log line and its metrics. */
function observe(request, response, requestId, peer) {
  const started = process.hrtime.bigint();
  const path = pathOf(request.url);
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeType(path);
    const status = response.statusCode;
    const method = METHODS.has(request.method) ? request.method : 'OTHER';
    const cache = response.getHeader('x-nextjs-cache');
    const figures = metrics();
    figures.requests.inc({ route, method, status: `${Math.floor(status / 100)}xx` });
    figures.duration.observe({ route }, seconds);
    if (typeof cache === 'string') figures.routeCache.inc({ route, result: cache.toLowerCase() });
    const line = {
      event: 'request',
      requestId,
      method: request.method,
      path,
      route,
      status,
      ms: Math.round(seconds * 10000) / 10,
      ip: peer,
      ...(typeof cache === 'string' ? { cache: cache.toLowerCase() } : {}),
      // The client went away before the answer was complete.
      ...(response.writableFinished ? {} : { aborted: true }),
    };
    logger()[status >= 500 ? 'error' : path === SCHEDULER_PATH && status < 400 ? 'debug' : 'info'](line);
  };
  response.on('finish', finish);
  response.on('close', finish);
}

/** The path of a request target, without its query (which may carry search words or one-time links). */
function pathOf(url) {
  const target = String(url ?? '/');
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

/**
 * Wraps the response so that an answer the front layer must read is held until complete: an HTML page whose
 * policy wants script hashes (it gets them), and an error answer that may be Next's own English one (it is
 * replaced by a Danish one). Anything else passes straight through, decided at its first write.
 */
function holdForFront(response, requestId) {
  const request = response.req;
  const original = {
    writeHead: response.writeHead,
    write: response.write,
    end: response.end,
    flushHeaders: response.flushHeaders,
  };
  let decided = null; // 'hold' | 'pass'
  let headArgs = null;
  const chunks = [];

  const decide = () => {
    if (decided) return decided;
    decided = 'pass';
    const readable = request?.method === 'GET' || request?.method === 'HEAD';
    if (readable && wantsHashes(response.getHeader('content-security-policy'))) {
      if (request.method === 'HEAD' || response.statusCode === 304) {
        // No body, so no hashes to give; and a browser (or cache) updates a stored page's headers from a 304 or a
        // HEAD answer, which must not replace the stored page's hashes. Without the header the stored one stands.
        response.removeHeader('content-security-policy');
      } else if (String(response.getHeader('content-type') ?? '').startsWith('text/html')) {
        decided = 'hold';
      }
    }
    if (mayBeFrameworkError(pathOf(request?.url), response.statusCode)) decided = 'hold';
    return decided;
  };
  const restore = () => Object.assign(response, original);
  const toBuffer = (chunk, encoding) =>
    Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');

  response.writeHead = function writeHead(status, ...args) {
    // The status and the headers given here count for the decision; when held, they are sent with the body.
    response.statusCode = status;
    const headers = args.find((arg) => arg && typeof arg === 'object');
    if (headers) for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const message = args.find((arg) => typeof arg === 'string');
    headArgs = message === undefined ? [status] : [status, message];
    if (decide() === 'hold') return this;
    restore();
    return original.writeHead.apply(this, headArgs);
  };
  response.flushHeaders = function flushHeaders() {
    if (decide() === 'hold') return;
    restore();
    original.flushHeaders.call(this);
  };
  response.write = function write(chunk, encoding, callback) {
    if (decide() === 'pass') {
      restore();
      return original.write.call(this, chunk, encoding, callback);
    }
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };
  response.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') [chunk, callback] = [undefined, chunk];
    if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
    if (decide() === 'pass') {
      restore();
      return original.end.call(this, chunk, encoding, callback);
    }
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    let body = Buffer.concat(chunks);
    const path = pathOf(request?.url);
    const type = String(response.getHeader('content-type') ?? '');
    const replace = mayBeFrameworkError(path, response.statusCode) ? frameworkErrorKind(path, type, body) : null;
    if (replace === 'text') {
      body = Buffer.from(danishError(response.statusCode, requestId), 'utf8');
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.removeHeader('content-security-policy');
    } else if (replace === 'page') {
      body = Buffer.from(danishErrorPage(response.statusCode, digestIn(body) ?? requestId, path), 'utf8');
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('content-security-policy', ERROR_PAGE_POLICY);
    }
    if (replace) {
      response.setHeader('cache-control', 'private, no-store');
      response.removeHeader('content-length');
    } else if (wantsHashes(response.getHeader('content-security-policy')) && type.startsWith('text/html')) {
      withHashes(this, body);
      const marked = response.statusCode === 200 ? statusMarkedIn(body) : null;
      if (marked) {
        response.statusCode = marked;
        if (headArgs) headArgs = [marked];
      }
    }
    restore();
    if (headArgs) original.writeHead.apply(this, headArgs);
    return original.end.call(this, body, callback);
  };
}

/** Puts the hashes of a public page's framework scripts into its policy. */
function withHashes(response, body) {
  const { hashes, refused } = inlineScriptHashes(body.toString('utf8'));
  if (refused > 0 && reportedRefusals < 20) {
    reportedRefusals += 1;
    logger().warn({
      event: 'csp.unknown-inline-script',
      path: pathOf(response.req?.url),
      scripts: refused,
      msg: 'inline scripts of an unknown shape get no CSP hash',
    });
  }
  response.setHeader(
    'content-security-policy',
    withScriptHashes(response.getHeader('content-security-policy'), hashes),
  );
  return body;
}

/** With METRICS_PORT: Prometheus metrics at /metrics on 127.0.0.1 only, for a scraper on the same host. */
function startMetricsListener(port) {
  const server = http.createServer(async (request, response) => {
    if (pathOf(request.url) !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Siden findes ikke.\n');
      return;
    }
    const { registry } = metrics();
    response.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
  });
  server.spalteInternal = true;
  server.on('error', (error) => logger().error({ event: 'metrics.listener-failed', port, err: error }));
  server.listen(Number(port), '127.0.0.1', () => logger().info({ event: 'metrics.listening', port: Number(port) }));
  server.unref();
}

if (process.env.METRICS_PORT) startMetricsListener(process.env.METRICS_PORT);
