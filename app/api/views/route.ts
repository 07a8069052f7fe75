import { isbot } from 'isbot';
import { z } from 'zod';

import { isCountable } from '@/db/queries/views';
import { clientAddress } from '@/server/auth/request';
import { viewCounter } from '@/server/views';
import { VIEW_BEACON_COPY as COPY } from '@/copy/site';

// The view beacon. Pages are served from cache, so reads are counted here, from the browser, by server/views.ts:
// once per reader and article per half hour, batched into one write a second (docs/decisions/0014-view-counting.md).
//
// The flood check comes first, before the body is read: it needs only the address and the user agent. A flood is
// answered 429 with Retry-After, which a script can act on (browsers ignore a beacon's answer); a repeat view, a
// known bot or an address that has used its share is answered 204 like a counted view, because nothing is wrong
// with the reader's request and a buyer should not learn which views counted.
const MAX_BODY_BYTES = 1024;
const ViewSchema = z.object({ articleId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

const NO_STORE = { 'Cache-Control': 'private, no-store' };

const problem = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: message }, { status, headers: { ...NO_STORE, ...headers } });

export async function POST(request: Request) {
  const userAgent = request.headers.get('user-agent') ?? '';
  const admission = viewCounter().admit(clientAddress(request.headers), userAgent);
  if ('retryAfterSeconds' in admission) {
    const seconds = admission.retryAfterSeconds;
    return problem(429, COPY.tooMany(seconds), { 'Retry-After': String(seconds) });
  }

  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) return problem(413, COPY.tooLarge);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return problem(413, COPY.tooLarge);

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(400, COPY.notJson);
  }
  const parsed = ViewSchema.safeParse(json);
  if (!parsed.success) return problem(400, COPY.badArticleId);

  const { articleId } = parsed.data;
  if (isbot(userAgent)) return new Response(null, { status: 204, headers: NO_STORE });
  if (!isCountable(articleId)) return problem(404, COPY.unknownArticle);
  viewCounter().count(admission.client, articleId);
  return new Response(null, { status: 204, headers: NO_STORE });
}
