import { signOut } from '@/server/auth/next-auth';
import { audit } from '@/db/queries/audit';
import { endSessions } from '@/db/queries/staff';
import { clientAddress, isSameOrigin } from '@/server/auth/request';
import { currentStaff } from '@/server/auth/session';

// POST /api/logout (a plain form in the admin header): ends every session of the account by bumping its session
// version, clears the cookie and goes to the login page.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response('Anmodningen kom fra en anden side.', { status: 403 });
  const user = await currentStaff();
  if (user) {
    endSessions(user.id);
    audit({ userId: user.id, action: 'logout', ip: clientAddress(request.headers) });
  }
  await signOut({ redirect: false });
  return new Response(null, {
    status: 303,
    headers: { Location: '/admin/login?logget-ud=1', 'Cache-Control': 'private, no-store' },
  });
}
