import { z } from 'zod';

import { PRESENCE_COPY } from '@/copy/admin';
import { articleExists } from '@/db/queries/editor';
import { isSameOrigin } from '@/server/auth/request';
import { currentStaff } from '@/server/auth/session';
import { presenceBoard } from '@/server/presence';

// POST /api/presence {articleId, tabId, leaving?}: an open editor tab's heartbeat (every 15 s while visible) or its
// goodbye (on leaving, sent with fetch keepalive as the page unloads). Answers 200 {others, elsewhere}: the names of
// the other staff with the article open, and whether the caller has it open in another tab; 204 to a goodbye. Staff
// only (401), from our own pages (403). A route handler rather than a server action because the goodbye must
// survive the page unloading, and because Next runs one server action at a time per page, so a heartbeat would
// queue a save behind it. Nothing is stored (in-process memory, server/presence-board.ts), so nothing is audited.

const MAX_BODY_BYTES = 512;
const Beat = z.object({
  articleId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  tabId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  leaving: z.literal(true).optional(),
});

const NO_STORE = { 'Cache-Control': 'private, no-store' };
const problem = (status: number, error: string) => Response.json({ error }, { status, headers: NO_STORE });

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return problem(403, PRESENCE_COPY.foreign);
  const user = await currentStaff();
  if (!user) return problem(401, PRESENCE_COPY.signedOut);
  if (!request.headers.get('content-type')?.startsWith('application/json')) return problem(415, PRESENCE_COPY.notJson);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return problem(413, PRESENCE_COPY.tooLarge);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem(400, PRESENCE_COPY.notJson);
  }
  const parsed = Beat.safeParse(body);
  if (!parsed.success) return problem(400, PRESENCE_COPY.malformed);
  const { articleId, tabId, leaving } = parsed.data;
  if (leaving) {
    presenceBoard().leave({ userId: user.id, tabId });
    return new Response(null, { status: 204, headers: NO_STORE });
  }
  if (!articleExists(articleId)) return problem(404, PRESENCE_COPY.unknownArticle);
  return Response.json(presenceBoard().beat(articleId, { userId: user.id, name: user.name, tabId }), {
    headers: NO_STORE,
  });
}
