'use client';

import { COPY } from '@/copy/site';
import { StatusMessage } from './not-found-message';

/**
 * What a reader or an editor sees when the server failed to render a page (the error boundaries in app/): Danish,
 * rendered on the server like any page, with the error id that the server's log line carries (Next's digest of the
 * error; instrumentation.ts logs it) and never the error's message or stack. "Prøv igen" renders the page afresh;
 * without JavaScript the link to the front page still works.
 */
export function ErrorMessage({ error, retry }: { error: Error & { digest?: string }; retry?: () => void }) {
  return (
    <StatusMessage status={500} title={COPY.errorTitle} text={COPY.errorText}>
      {error.digest ? (
        <p className="mt-4 text-sm text-neutral-700">
          {COPY.errorId}: <code className="font-mono">{error.digest}</code>
        </p>
      ) : null}
      {retry ? (
        <p className="mt-4">
          <button type="button" onClick={retry} className="font-semibold text-brand underline">
            {COPY.errorRetry}
          </button>
        </p>
      ) : null}
    </StatusMessage>
  );
}
