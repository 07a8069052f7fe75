import { unstable_rethrow } from 'next/navigation';

import { ADMIN_COPY, REQUEST_REFUSALS } from '@/copy/admin';
import type { ActionResult } from '@/server/action';

// A server-action call can fail before the action runs: the proxy refuses a request that is too large, malformed
// or from another site (server/action-request.ts), and the connection can drop. Next rejects the call then; these
// turn the rejection into the same answer a refusing action gives, so the form shows a Danish message and keeps
// what was typed. Redirects (also rejections, by Next's design) are passed on.

const REFUSALS: ReadonlySet<string> = new Set(Object.values(REQUEST_REFUSALS));

/** The message for a rejected action call: the server's own refusal, or that the connection failed. */
export function actionFailure(error: unknown): string {
  unstable_rethrow(error);
  return error instanceof Error && REFUSALS.has(error.message) ? error.message : ADMIN_COPY.connectionLost;
}

/** Awaits an action call; a rejected call becomes `{ ok: false, error }` like any refusal. */
export async function settled<T extends object>(call: Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call;
  } catch (error) {
    return { ok: false, error: actionFailure(error) };
  }
}
