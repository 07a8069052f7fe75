import { z } from 'zod';

import { invalidate } from '@/db/cache';
import { hasBearerToken } from '@/server/auth/bearer';

// Expires cache tags from outside the server process: for scripts and jobs that change the database directly
// (imports, migrations of content, the test suite). Disabled unless REVALIDATE_SECRET is set; the secret is sent
// as a bearer token. Inside the app, changes call invalidate() themselves.
const TAG = /^[a-z-]+(?::[a-z0-9-]{1,200})?$/;
const BodySchema = z.object({ tags: z.array(z.string().regex(TAG, 'Ukendt cache-tag.')).min(1).max(100) });

const answer = (status: number, body: object) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });

export async function POST(request: Request) {
  if (!hasBearerToken(request, process.env.REVALIDATE_SECRET)) return answer(401, { error: 'Adgang nægtet.' });
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return answer(400, { error: 'Forespørgslen skal være gyldig JSON.' });
  }
  const parsed = BodySchema.safeParse(json);
  if (!parsed.success) return answer(400, { error: 'Angiv 1–100 gyldige cache-tags i "tags".' });
  invalidate(...parsed.data.tags);
  return answer(200, { revalidated: parsed.data.tags });
}
