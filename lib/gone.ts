// The "gone" page (HTTP 410) is only ever reached through proxy.ts, which rewrites an unpublished article's path
// to it and marks the request with this header; requested directly, the page is a 404.
export const GONE_HEADER = 'x-spalte-gone';
export const GONE_PATH = '/forsvundet/artikel';
