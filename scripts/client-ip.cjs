// Preloaded into the production server by scripts/start.mjs (`node --require`). Next's route handlers cannot see
// the TCP connection, and Next fills X-Forwarded-For from the socket only when the client did not send one, so
// a client could claim any address. This stamps every request with the connection's own address in a header
// of ours, overwriting any copy the client sent; server/auth/request.ts reads it.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for `node --require` */
const http = require('node:http');

const HEADER = 'x-spalte-peer';
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithPeer(event, request, ...rest) {
  if (event === 'request' && request && request.headers) {
    request.headers[HEADER] = (request.socket && request.socket.remoteAddress) || '';
  }
  return emit.call(this, event, request, ...rest);
};
