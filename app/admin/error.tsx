'use client';

import { ErrorMessage } from '@/components/site/error-message';

// A newsroom page that failed to render. What was typed in a form that stays open is kept by the form itself; a
// page that failed to load says so in Danish with the error id the log line carries.
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage error={error} retry={reset} />;
}
