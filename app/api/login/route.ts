import { AuthError } from 'next-auth';
import { z } from 'zod';

import { signIn } from '@/server/auth/next-auth';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { releaseAttempt, reserveAttempt, throttleKeys } from '@/db/queries/login-throttle';
import { getStaffByEmail, recordLogin } from '@/db/queries/staff';
import { clientAddress, isSameOrigin, safeCallbackPath } from '@/server/auth/request';

// POST /api/login {email, password, callbackUrl?} → 200 {redirect} with the session cookie set, 401 for wrong
// credentials (the same answer whether or not the e-mail exists), 429 with Retry-After while the account from this
// address, the client address or the account as a whole is locked (db/queries/login-throttle.ts), 400/413/415 for
// malformed requests. Each password checked leaves one audit entry, login.success or login.failure; a refused
// attempt leaves login.locked and checks nothing.

const MAX_BODY_BYTES = 4096;
const LoginBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(256),
  callbackUrl: z.string().max(2000).optional(),
});

const json = (body: Record<string, unknown>, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store', ...headers } });

function lockedAnswer(retryAfterSeconds: number) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return json(
    {
      error: `For mange mislykkede loginforsøg. Prøv igen om ${minutes === 1 ? '1 minut' : `${minutes} minutter`}.`,
      retryAfterSeconds,
    },
    429,
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return json({ error: 'Anmodningen kom fra en anden side.' }, 403);
  if (!request.headers.get('content-type')?.startsWith('application/json')) {
    return json({ error: 'Login skal sendes som JSON.' }, 415);
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return json({ error: 'Anmodningen er for stor.' }, 413);
  let parsed;
  try {
    parsed = LoginBody.safeParse(JSON.parse(text));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) return json({ error: 'Skriv din e-mailadresse og din adgangskode.' }, 400);
  const { email, password, callbackUrl } = parsed.data;

  const db = getDb();
  const ip = clientAddress(request.headers);
  const account = getStaffByEmail(email);

  // Counted as a failure before the (slow) password check, so parallel requests cannot outrun the limits.
  const attempt = reserveAttempt(db, throttleKeys(email, ip));
  if (!attempt.granted) {
    audit({ userId: account?.id, action: 'login.locked', details: { email, locks: attempt.lock.scopes }, ip });
    return lockedAnswer(attempt.lock.retryAfterSeconds);
  }

  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (error) {
    // Anything but a wrong password is a bug; the attempt then stands as a failure.
    if (!(error instanceof AuthError)) throw error;
    const locks = attempt.lock?.scopes;
    audit({ userId: account?.id, action: 'login.failure', details: locks ? { email, locks } : { email }, ip });
    return attempt.lock
      ? lockedAnswer(attempt.lock.retryAfterSeconds)
      : json({ error: 'Forkert e-mailadresse eller adgangskode.' }, 401);
  }

  releaseAttempt(db, attempt.reserved);
  if (account) {
    recordLogin(account.id);
    audit({ userId: account.id, action: 'login.success', ip });
  }
  return json({ redirect: safeCallbackPath(callbackUrl) }, 200);
}
