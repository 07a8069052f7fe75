import type { ReactNode } from 'react';

import { JsonLd, type StructuredData } from './json-ld';
import { Sidebar } from './sidebar';

/**
 * The page's main landmark beside the widget sidebar, which is its own complementary landmark (not nested in
 * main); on phones the sidebar drops below the content. `structuredData` is the page's schema.org data.
 */
export function WithSidebar({
  children,
  structuredData = [],
}: {
  children: ReactNode;
  structuredData?: StructuredData[];
}) {
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <main id="indhold" className="min-w-0">
        {structuredData.map((data, index) => (
          <JsonLd key={index} data={data} />
        ))}
        {children}
      </main>
      <Sidebar />
    </div>
  );
}
