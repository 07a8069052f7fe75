// Request facts the login needs: where the client is, whether a POST comes from our own pages, and where to go
// after logging in.

/** Set by scripts/http-front.cjs from the TCP connection (any copy sent by the client is overwritten). */
export const PEER_HEADER = 'x-spalte-peer';

/**
 * The client's address. `X-Forwarded-For` is believed only when the connection comes from a proxy named in
 * TRUSTED_PROXIES (comma-separated addresses), and then its last entry (the one that proxy added) is the client.
 * Without the peer header (a server not started by scripts/start.mjs, e.g. `next dev`) Next's own
 * x-forwarded-for is used.
 */
export function clientAddress(headers: Headers, trustedProxies = process.env.TRUSTED_PROXIES ?? ''): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const peer = headers.get(PEER_HEADER);
  if (!peer) return forwarded[0] ?? 'unknown';
  const trusted = trustedProxies
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return trusted.includes(peer) && forwarded.length > 0 ? forwarded.at(-1)! : peer;
}

/** False when a browser says the request comes from another site (CSRF); requests without Origin pass. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}

const HOME = '/admin';

/** A path a browser would read as another host ("//x", "/\\x"). */
const leavesSite = (path: string) => path.startsWith('//') || path.startsWith('/\\');

/**
 * Where to go after login: only a path on this site; anything else (other hosts, "//x", "/\\x") goes home. The
 * check runs on the normalised path as well as the raw one, because "/.//x", "/%2e//x" and "/a/..//x" become "//x"
 * once the dot segments are resolved, and a browser reads that as the host x.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || leavesSite(value)) return HOME;
  if (/[\u0000-\u001f\\]/.test(value)) return HOME;
  try {
    const base = 'http://spalte.invalid';
    const url = new URL(value, base);
    const path = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === base && !leavesSite(url.pathname) ? path : HOME;
  } catch {
    return HOME;
  }
}
