import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { ADMIN_COPY } from '@/copy/admin';
import { LoginForm } from '@/components/admin/login-form';
import { safeCallbackPath } from '@/server/auth/request';
import { currentStaff } from '@/server/auth/session';

export const metadata: Metadata = { title: ADMIN_COPY.loginTitle };

type Props = {
  searchParams: Promise<{ callbackUrl?: string | string[]; 'logget-ud'?: string; 'ny-adgangskode'?: string }>;
};

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl);
  if (await currentStaff()) redirect(callbackUrl);
  return (
    <main id="indhold" className="mx-auto max-w-sm px-4 py-16">
      <p className="text-3xl font-black tracking-tight text-brand">Spalte</p>
      <h1 className="mt-6 text-2xl font-extrabold">{ADMIN_COPY.loginTitle}</h1>
      <p className="mt-1 mb-6 text-muted">{ADMIN_COPY.loginIntro}</p>
      {params['logget-ud'] || params['ny-adgangskode'] ? (
        <p role="status" className="mb-4 bg-neutral-200 p-3 text-sm">
          {params['ny-adgangskode'] ? ADMIN_COPY.passwordChanged : ADMIN_COPY.loggedOut}
        </p>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} />
    </main>
  );
}
