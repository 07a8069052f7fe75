import type { Metadata } from 'next';

import { COPY } from '@/copy/site';
import { NotFoundMessage } from '@/components/site/not-found-message';

export const metadata: Metadata = { title: COPY.notFoundTitle, robots: { index: false } };

// For paths no route matches at all. It renders without the database (it is prerendered at build time), so it
// has no section navigation; pages inside the site use app/(site)/not-found.tsx with the full chrome.
export default function RootNotFound() {
  return (
    <div className="px-4">
      <NotFoundMessage />
    </div>
  );
}
