import { REQUEST_REFUSALS } from '@/copy/admin';
import { ACTION_BODY_LIMIT_BYTES } from '@/domain/limits';
import { siteUrl } from '@/domain/site';

// Server-action requests, checked by the proxy before Next decodes them. Next answers a foreign Origin, a body over
// its limit and a body it cannot decode with a 500; these get 403, 413 and 400 instead, with a Danish message as
// plain text, which Next's client turns into the rejected call's error message for the form to show
// (components/admin/action-failure.ts). Nothing reaches an action, so nothing is changed.
//
// Only the envelope is checked here: that the request comes from our own pages, fits the limit and holds an
// argument list. Each action still parses its own arguments (server/action.ts).

export type Refusal = { status: 400 | 403 | 413; message: string };

/** A browser form post to a page (a server action without JavaScript) or a fetch action (`Next-Action` header). */
export function isActionRequest(request: Request): boolean {
  if (request.method !== 'POST') return false;
  if (request.headers.has('next-action')) return true;
  const type = request.headers.get('content-type') ?? '';
  return type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded');
}

/** Why the action request must not reach Next, or null when it may. */
export async function refuseActionRequest(request: Request): Promise<Refusal | null> {
  if (!fromOwnPages(request)) return { status: 403, message: REQUEST_REFUSALS.foreignOrigin };
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > ACTION_BODY_LIMIT_BYTES) return { status: 413, message: REQUEST_REFUSALS.tooLarge };
  // Forms posted without JavaScript are decoded by Next from the browser's own encoding; only fetch actions carry
  // an argument list we can check.
  if (!request.headers.has('next-action')) return null;
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > ACTION_BODY_LIMIT_BYTES) return { status: 413, message: REQUEST_REFUSALS.tooLarge };
  return (await holdsArguments(request, body)) ? null : { status: 400, message: REQUEST_REFUSALS.malformed };
}

/**
 * Whether a browser's Origin header names this site: the Host the request was sent to, or the public origin
 * (SITE_URL). Requests without Origin (not from a browser) cannot carry a victim's cookies by CSRF and pass; the
 * action still checks the session.
 */
export function fromOwnPages(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  try {
    const host = new URL(origin).host;
    return host === request.headers.get('host') || host === new URL(siteUrl()).host;
  } catch {
    return false;
  }
}

/**
 * React encodes a call's arguments as a JSON array: the whole body as text, or, when a FormData or a file is among
 * them, in the multipart field "0". Every Spalte action takes at least one argument, so an empty list is a call
 * without its data.
 */
async function holdsArguments(request: Request, body: ArrayBuffer): Promise<boolean> {
  const type = request.headers.get('content-type') ?? '';
  let root: string | null;
  if (type.startsWith('multipart/form-data')) {
    try {
      const form = await new Response(body, { headers: { 'content-type': type } }).formData();
      const field = form.get('0');
      root = typeof field === 'string' ? field : null;
    } catch {
      return false;
    }
  } else {
    root = new TextDecoder('utf-8', { fatal: false }).decode(body);
  }
  if (root === null) return false;
  try {
    const args: unknown = JSON.parse(root);
    return Array.isArray(args) && args.length > 0;
  } catch {
    return false;
  }
}
