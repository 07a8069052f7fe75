// The Content-Security-Policy, in one place for the two kinds of page (docs/decisions/0013-content-security-policy.md).
//
// The newsroom is rendered per request, so it gets a fresh nonce each time (the proxy makes it; Next puts it on its
// own scripts): only scripts carrying the nonce run, and the ones they load ('strict-dynamic').
//
// Public pages are cached (in the process, in Redis, in an HTTP cache), so a per-request nonce cannot be in their
// HTML. Their policy allows our own script files and only those inline scripts whose SHA-256 is listed. Which
// inline scripts those are is known only once the page is rendered (Next's inline scripts carry the page's data),
// so the server's front layer (scripts/http-front.cjs) replaces the placeholder below in each HTML answer with the
// hashes of Next's own inline scripts in that answer, and only those: anything else that looks like a script is not
// listed, so it does not run.

/** Stands in a public page's script-src for the hashes of its inline scripts; never sent to a browser as such. */
export const INLINE_SCRIPT_HASHES = "'unsafe-inline'";

const COMMON: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Inline style attributes are React's and Next's way of setting a few dynamic styles; styles cannot run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
};

/** `next dev` evaluates source maps and refreshes modules with eval; production never does. */
const devOnly = () => (process.env.NODE_ENV === 'development' ? ["'unsafe-eval'"] : []);

function policy(scriptSrc: string[]): string {
  return Object.entries({ ...COMMON, 'script-src': [...scriptSrc, ...devOnly()] })
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** Public pages: our own files, and the inline scripts whose hashes replace the placeholder per answer. */
export const publicPolicy = () => policy(["'self'", INLINE_SCRIPT_HASHES]);

/**
 * The newsroom: scripts with this request's nonce and what they load. 'self' only for browsers without CSP level 3,
 * which ignore 'strict-dynamic' (and, seeing the nonce, 'unsafe-inline' is not needed for them either).
 */
export const newsroomPolicy = (nonce: string) => policy([`'nonce-${nonce}'`, "'strict-dynamic'", "'self'"]);
