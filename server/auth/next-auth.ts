import NextAuth, { type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';

import { verifyStaffCredentials } from '@/db/queries/staff';
import { log } from '@/server/log';

// Staff sign-in: e-mail and password (Credentials provider), sessions as signed JWTs in an HttpOnly, SameSite=Lax
// cookie (Secure under https). The token carries the user's id and session version; every admin page and action
// checks that version against the database (server/auth/session.ts), so logout, deactivation, a role change or a
// password change ends every older session at once. The login itself (throttling, audit, 429) is the route
// handler app/api/login/route.ts, which calls signIn().

const credentials = z.object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(256) });

const SESSION_HOURS = 12;

export const authConfig = {
  trustHost: true,
  // A wrong password is an everyday event, answered and audited by the login route; not a server error.
  logger: {
    error(error) {
      // Compare `type`: class names do not survive minification.
      if ((error as { type?: string }).type !== 'CredentialsSignin') log.error('auth.error', { err: error });
    },
  },
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: '/admin/login' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const user = await verifyStaffCredentials(parsed.data.email, parsed.data.password);
        return user && { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
} satisfies NextAuthConfig;

export const { auth, signIn, signOut } = NextAuth(authConfig);
