import { isbot } from 'isbot';
import { z } from 'zod';

import { recordView } from '@/db/queries/views';

// The view beacon. Pages are served from cache, so reads are counted here, from the browser. Known bots are
// answered like everyone else but not counted.
const MAX_BODY_BYTES = 1024;
const ViewSchema = z.object({ articleId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

const problem = (status: number, message: string) =>
  Response.json({ error: message }, { status, headers: { 'Cache-Control': 'private, no-store' } });

export async function POST(request: Request) {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) return problem(413, 'Forespørgslen er for stor.');
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return problem(413, 'Forespørgslen er for stor.');

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(400, 'Forespørgslen skal være gyldig JSON.');
  }
  const parsed = ViewSchema.safeParse(json);
  if (!parsed.success) return problem(400, 'Angiv artiklens id som et positivt heltal.');

  if (isbot(request.headers.get('user-agent'))) return new Response(null, { status: 204 });
  if (!recordView({ articleId: parsed.data.articleId })) return problem(404, 'Artiklen findes ikke.');
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'private, no-store' } });
}
