'use client';

import { useEffect } from 'react';

/**
 * Counts a read. Pages are cached, so the count comes from the browser: one small POST after the page has
 * loaded, with sendBeacon where available so it never delays navigation.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const body = JSON.stringify({ articleId });
    const sent =
      typeof navigator.sendBeacon === 'function' &&
      navigator.sendBeacon('/api/views', new Blob([body], { type: 'application/json' }));
    if (!sent) {
      void fetch('/api/views', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        keepalive: true,
      });
    }
  }, [articleId]);
  return null;
}
