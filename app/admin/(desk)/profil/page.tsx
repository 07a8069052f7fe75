import type { Metadata } from 'next';

import { ADMIN_COPY } from '@/copy/admin';
import { PasswordForm } from '@/components/admin/password-form';
import { requireStaff } from '@/server/auth/session';
import { ROLE_LABELS } from '@/copy/admin';

export const metadata: Metadata = { title: ADMIN_COPY.profile };

export default async function ProfilePage() {
  const user = await requireStaff('/admin/profil');
  return (
    <main id="indhold" className="max-w-xl">
      <h1 className="text-3xl font-extrabold">{ADMIN_COPY.profile}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Navn</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold">E-mail</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Rolle</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <h2 className="mt-8 text-xl font-extrabold">Skift adgangskode</h2>
      <p className="mt-1 text-sm text-muted">
        Når du skifter adgangskode, logges du ud alle steder og skal logge ind igen.
      </p>
      <PasswordForm />
    </main>
  );
}
