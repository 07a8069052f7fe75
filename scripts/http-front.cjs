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
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for `node --require` */
const http = require('node:http');
const compression = require('compression');

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

http.Server.prototype.emit = function emitThroughFront(event, request, response, ...rest) {
  if (event === 'request' && request && request.headers && response) {
    const peer = (request.socket && request.socket.remoteAddress) || '';
    const trusted = fromTrustedProxy(peer, process.env.TRUSTED_PROXIES);
    const forwardedProto = request.headers['x-forwarded-proto'];
    if (!trusted) {
      delete request.headers['x-forwarded-host'];
      delete request.headers['x-forwarded-proto'];
    }
    request.headers[PEER_HEADER] = peer;
    if (servedOverHttps({ siteUrl: process.env.SITE_URL, peerIsTrusted: trusted, forwardedProto })) {
      response.setHeader('Strict-Transport-Security', HSTS);
    }
    compress(request, response, () => {});
    if (request.method === 'GET' || request.method === 'HEAD') holdForScriptHashes(response);
  }
  return emit.call(this, event, request, response, ...rest);
};

/**
 * Wraps the response so that an HTML answer whose policy wants hashes is buffered until `end`, then gets them.
 * Anything else passes straight through, decided at its first write.
 */
function holdForScriptHashes(response) {
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
    if (!wantsHashes(response.getHeader('content-security-policy'))) return decided;
    if (response.req?.method === 'HEAD' || response.statusCode === 304) {
      // No body, so no hashes to give; and a browser (or cache) updates a stored page's headers from a 304 or a
      // HEAD answer, which must not replace the stored page's hashes. Without the header the stored one stands.
      response.removeHeader('content-security-policy');
    } else if (String(response.getHeader('content-type') ?? '').startsWith('text/html')) {
      decided = 'hold';
    }
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
    const body = Buffer.concat(chunks);
    const { hashes, refused } = inlineScriptHashes(body.toString('utf8'));
    if (refused > 0 && reportedRefusals < 20) {
      reportedRefusals += 1;
      console.warn(
        `[front] ${refused} inline script(s) of an unknown shape on ${this.req?.url ?? 'a page'} get no CSP hash`,
      );
    }
    response.setHeader(
      'content-security-policy',
      withScriptHashes(response.getHeader('content-security-policy'), hashes),
    );
    restore();
    if (headArgs) original.writeHead.apply(this, headArgs);
    return original.end.call(this, body, callback);
  };
}
