import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

import { NOINDEX_ROBOTS } from '@/domain/seo/metadata';
import { COPY } from '@/copy/site';

/** The head of a page rendered as "not found" (proxy.ts has set the status to 404). */
export const NOT_FOUND_METADATA: Metadata = { title: COPY.notFoundTitle, robots: NOINDEX_ROBOTS };

/**
 * The body of an error page with a real status: 404 for unknown addresses, 410 for removed articles, 500 when the
 * server failed (with the error id, components/site/error-message.tsx).
 */
export function StatusMessage({
  status,
  title,
  text,
  search = false,
  children,
}: {
  status: 404 | 410 | 500;
  title: string;
  text: string;
  search?: boolean;
  children?: ReactNode;
}) {
  return (
    // data-status: the front layer (scripts/http-front.cjs) answers a page that shows this message with its status,
    // so a page can say "not found" by rendering it, with the site around it, instead of Next's empty notFound() shell.
    <main id="indhold" className="mx-auto max-w-prose py-16 text-center" data-status={status}>
      <p className="text-6xl font-black text-brand" aria-hidden="true">
        {status}
      </p>
      <h1 className="mt-4 text-3xl font-extrabold">{title}</h1>
      <p className="mt-4 text-neutral-700">{text}</p>
      {children}
      <p className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/" className="inline-block bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {COPY.backToFront}
        </Link>
        {search && (
          <Link
            href="/soeg"
            className="inline-block border border-brand px-4 py-2 font-semibold text-brand hover:bg-neutral-50"
          >
            {COPY.goneSearch}
          </Link>
        )}
      </p>
    </main>
  );
}

export function NotFoundMessage() {
  return <StatusMessage status={404} title={COPY.notFoundTitle} text={COPY.notFoundText} />;
}
