import { NextResponse, type NextRequest } from 'next/server';

import { isMalformedPage, pathVerdict, type PathVerdict } from '@/db/queries/routing';
import { newsroomPolicy } from '@/domain/security-policy';
import { siteUrl } from '@/domain/site';
import { isActionRequest, refuseActionRequest, type Refusal } from '@/server/action-request';

// Statuses a page cannot give itself. The App Router renders a page with 200 or, through notFound(), 404 with an
// empty HTML shell (vercel/next.js#62228); moved articles must answer 301, unpublished articles and expired jobs
// 410, and unknown addresses a real 404 page. So one- and two-segment paths are looked up before rendering
// (db/queries/routing.ts): moved paths redirect here; gone and missing ones continue to their page with the
// status set to 410 or 404, and the page, asking the same question, renders the explanation itself.
//
// Not a rewrite to a separate "gone" page: Next treats a proxy rewrite as a rewrite to another server when it
// listens on 127.0.0.1 (it compares "localhost" with "127.0.0.1"), which loses the request and can loop.
//
// For /admin, the proxy only sends visitors without a session cookie to the login. Authorisation never happens
// here: admin pages and server actions check the user's role themselves.

/** Next's own files, the API and media: the proxy only checks that their address decodes (see the matcher). */
const UNROUTED = /^\/(_next|api|medier)\//;

/** Auth.js's session cookie, possibly split into chunks (".0", ".1") and prefixed under https. */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export async function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  if (!decodable(pathname)) return plainPage(400, 'Ugyldig adresse', 'Adressen indeholder tegn, der ikke kan læses.');
  if (UNROUTED.test(pathname)) return NextResponse.next();
  if (isActionRequest(request)) {
    const refusal = await refuseActionRequest(request);
    if (refusal) return refuse(request, refusal);
  }
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return adminGate(request, pathname, search);
  // A page past a listing's last one the page itself answers with notFound(); pages without paging ignore ?side=.
  const side = searchParams.getAll('side');
  if (isMalformedPage(pathname, side.length > 1 ? side : side[0])) return NextResponse.next({ status: 404 });
  const verdict: PathVerdict = pathVerdict(pathname);
  if (verdict.kind === 'moved') {
    // On the public origin (SITE_URL), keeping the query: the request's own URL names the host Next listens on.
    return NextResponse.redirect(new URL(`${verdict.location}${request.nextUrl.search}`, siteUrl()), 301);
  }
  if (verdict.kind === 'gone') return NextResponse.next({ status: 410 });
  if (verdict.kind === 'missing') return NextResponse.next({ status: 404 });
  return NextResponse.next();
}

/** Whether the path's percent-escapes decode ("%ff" alone is no UTF-8, and Next would answer 500). */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A small Danish page for answers the proxy gives itself (no layout: nothing is rendered for them). */
function plainPage(status: number, title: string, message: string) {
  const html =
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Spalte</title></head>` +
    `<body><main><h1>${title}</h1><p>${message}</p><p><a href="/">Gå til forsiden</a></p></main></body></html>`;
  return new NextResponse(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * A refused server action: plain text for a fetch action (Next's client makes exactly `text/plain` the call's error
 * message), a page for a form posted without JavaScript.
 */
function refuse(request: NextRequest, { status, message }: Refusal) {
  if (!request.headers.has('next-action')) return plainPage(status, 'Ikke gemt', message);
  return new NextResponse(message, { status, headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
}

/**
 * Anonymous visitors to the newsroom go to the login first (and come back afterwards). This only looks for the
 * cookie; whether the session is valid, and what the user may do, every admin page and action checks itself.
 */
function adminGate(request: NextRequest, pathname: string, search: string) {
  if (pathname === '/admin/login' || request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) {
    return withNonce(request);
  }
  return NextResponse.redirect(
    new URL(`/admin/login?callbackUrl=${encodeURIComponent(`${pathname}${search}`)}`, siteUrl()),
  );
}

/**
 * The newsroom's Content-Security-Policy with a fresh nonce. Next reads the policy from the request's header while
 * rendering and puts the nonce on its own scripts; the browser gets the same policy on the response.
 */
function withNonce(request: NextRequest) {
  const policy = newsroomPolicy(Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64'));
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Exactly two path segments: /<section>/<article> and /job/<id>-<slug>. Next's own files, media and the API
  // are left alone; articlePathVerdict also ignores reserved first segments such as /tag or /skribent.
  // Next's own files, media and the API reach the proxy only when their address holds a percent-escape, so an
  // undecodable one ("%ff") gets a 400 instead of Next's 500 without costing every asset request a proxy call.
  matcher: [
    '/admin',
    '/admin/:path*',
    '/((?!_next/|api/|medier/)[^/]+/[^/]+)',
    '/((?!_next/|api/|medier/)[^/]+)',
    // The feeds of authors and tags, which move with their pages when the slug changes.
    '/(skribent|tag)/:slug/rss.xml',
    '/(_next|api|medier)/(.*%.*)',
  ],
};
