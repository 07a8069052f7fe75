import type { ReactNode } from 'react';

import { Sidebar } from './sidebar';

/**
 * The page's main landmark beside the widget sidebar, which is its own complementary landmark (not nested in
 * main); on phones the sidebar drops below the content.
 */
export function WithSidebar({ children }: { children: ReactNode }) {
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <main id="indhold" className="min-w-0">
        {children}
      </main>
      <Sidebar />
    </div>
  );
}
