import type { Metadata } from 'next';

import { NoAccess } from '@/components/admin/no-access';
import { SectionForm } from '@/components/admin/section-form';
import { requirePermission } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Ny sektion' };

export default async function NewSectionPage() {
  if (!(await requirePermission('sections:manage', '/admin/sektioner/ny'))) return <NoAccess />;
  return (
    <main id="indhold">
      <h1 className="text-3xl font-extrabold">Ny sektion</h1>
      <SectionForm />
    </main>
  );
}
