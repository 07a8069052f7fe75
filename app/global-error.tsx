'use client';

import { ErrorMessage } from '@/components/site/error-message';
import { COPY } from '@/copy/site';

import './globals.css';

// The last resort, when even the root layout failed: a whole document of its own, in Danish.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="da">
      <head>
        <title>{`${COPY.errorTitle} | Spalte`}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body className="min-h-screen bg-white px-4 antialiased">
        <ErrorMessage error={error} retry={reset} />
      </body>
    </html>
  );
}
