'use client';

import { ErrorMessage } from '@/components/site/error-message';

// A page of the public site that failed to render: the site's header and footer stay, the page says so in Danish.
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage error={error} retry={reset} />;
}
