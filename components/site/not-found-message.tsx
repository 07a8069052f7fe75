import Link from 'next/link';

import { COPY } from './copy';

export function NotFoundMessage() {
  return (
    <main id="indhold" className="mx-auto max-w-prose py-16 text-center">
      <p className="text-6xl font-black text-brand" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-3xl font-extrabold">{COPY.notFoundTitle}</h1>
      <p className="mt-4 text-neutral-700">{COPY.notFoundText}</p>
      <p className="mt-6">
        <Link href="/" className="inline-block bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {COPY.backToFront}
        </Link>
      </p>
    </main>
  );
}
