import { NextResponse, type NextRequest } from 'next/server';

import { articlePathVerdict, jobPathVerdict, type PathVerdict } from '@/db/queries/routing';
import { GONE_HEADER } from '@/lib/gone';

// Statuses a page cannot give itself. The App Router renders a page with 200 or, through notFound(), 404; moved
// articles must answer 301 and unpublished articles and expired jobs 410. So before rendering, two-segment paths
// are looked up (see db/queries/routing.ts): moved paths redirect, gone ones are rendered with status 410 — an
// expired job by its own page (which shows the notice), an unpublished article by the "gone" page.
//
// Authorisation never happens here: admin pages and server actions check the user's role themselves.

export function proxy(request: NextRequest) {
  const [first = '', second = ''] = request.nextUrl.pathname.slice(1).split('/');
  const verdict: PathVerdict =
    first === 'job' ? jobPathVerdict(second) : articlePathVerdict(first, second);

  if (verdict.kind === 'moved') {
    const url = request.nextUrl.clone();
    url.pathname = verdict.location;
    return NextResponse.redirect(url, 301);
  }
  if (verdict.kind === 'gone') {
    const headers = new Headers(request.headers);
    headers.set(GONE_HEADER, verdict.what);
    return NextResponse.rewrite(new URL(verdict.render, request.url), { status: 410, request: { headers } });
  }
  // Nobody but this proxy may claim a page is gone.
  if (request.headers.has(GONE_HEADER)) {
    const headers = new Headers(request.headers);
    headers.delete(GONE_HEADER);
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.next();
}

export const config = {
  // Exactly two path segments: /<section>/<article> and /job/<id>-<slug>. Next's own files, media and the API
  // are left alone; articlePathVerdict also ignores reserved first segments such as /tag or /skribent.
  matcher: ['/((?!_next/|api/|medier/)[^/]+/[^/]+)'],
};
