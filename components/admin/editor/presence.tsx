'use client';

import { useEffect, useState } from 'react';

import { PRESENCE_COPY as COPY } from '@/copy/admin';
import { PRESENCE_BEAT_MS } from '@/domain/presence';

// "Anna Holm har også artiklen åben": who else has this article open in the editor, before anyone saves. The tab
// beats to POST /api/presence every 15 s while it is visible (a hidden tab stops, and drops off the others' lists
// after 45 s), beats again as soon as it is shown, and says goodbye when it unloads or leaves the editor.

type Answer = { others: string[]; elsewhere: boolean };

const names = new Intl.ListFormat('da-DK', { type: 'conjunction' });

/** A random id for this tab (getRandomValues works on plain http too, unlike randomUUID). */
function newTabId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function sentence({ others, elsewhere }: Answer): string {
  if (others.length && elsewhere) return COPY.selfAndOthers(names.format(others));
  if (others.length) return COPY.others(names.format(others));
  return elsewhere ? COPY.self : '';
}

export function Presence({ articleId }: { articleId: number }) {
  const [answer, setAnswer] = useState<Answer>({ others: [], elsewhere: false });

  useEffect(() => {
    const tabId = newTabId();
    let timer: number | undefined;
    let gone = false;
    const send = async (leaving = false) => {
      try {
        const response = await fetch('/api/presence', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ articleId, tabId, ...(leaving ? { leaving: true } : {}) }),
          cache: 'no-store',
          keepalive: leaving,
        });
        if (!leaving && !gone && response.ok) setAnswer((await response.json()) as Answer);
      } catch {
        // A missed beat is harmless: the next one catches up, and presence is a courtesy, never a lock.
      }
    };
    const start = () => {
      if (timer !== undefined) return;
      void send();
      timer = window.setInterval(() => void send(), PRESENCE_BEAT_MS);
    };
    const stop = () => {
      window.clearInterval(timer);
      timer = undefined;
    };
    const onVisibility = () => (document.visibilityState === 'visible' ? start() : stop());
    const onPageHide = () => {
      stop();
      void send(true);
    };
    // A page restored from the back/forward cache said goodbye when it was left: it comes back.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted && document.visibilityState === 'visible') start();
    };
    if (document.visibilityState === 'visible') start();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      gone = true;
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      void send(true);
    };
  }, [articleId]);

  const text = sentence(answer);
  return (
    <p
      role="status"
      aria-live="polite"
      className={text ? 'border-l-4 border-ink bg-amber-50 p-3 text-sm font-semibold' : 'sr-only'}
    >
      {text}
    </p>
  );
}
