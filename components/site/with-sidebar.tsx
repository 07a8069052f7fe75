import type { ReactNode } from 'react';

import { Sidebar } from './sidebar';

/** Main column beside the widget sidebar; the sidebar drops below the content on phones. */
export function WithSidebar({ children }: { children: ReactNode }) {
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">{children}</div>
      <Sidebar />
    </div>
  );
}
