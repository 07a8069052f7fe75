import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import { ADMIN_COPY } from '@/copy/admin';

// The newsroom is never indexed. Layouts are not security: every admin page and action checks the user itself.
export const metadata: Metadata = {
  title: { default: ADMIN_COPY.title, template: `%s | ${ADMIN_COPY.title}` },
  robots: { index: false, follow: false },
  alternates: {},
};

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-screen bg-neutral-50">{children}</div>;
}
