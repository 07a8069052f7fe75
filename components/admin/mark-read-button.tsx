'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

import { HANDOVER_COPY } from '@/copy/admin';
import { markNotificationsReadAction } from '@/server/actions/notifications';
import { settled } from './action-failure';
import { button } from './form-classes';

/** Marks the user's unread notifications shown on the page (`shownUntil`: when it was rendered) read. */
export function MarkReadButton({ shownUntil }: { shownUntil: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        className={button}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await settled(markNotificationsReadAction(shownUntil));
            setMessage(result.ok ? HANDOVER_COPY.marked(result.marked) : result.error);
            if (result.ok) router.refresh();
          })
        }
      >
        {HANDOVER_COPY.markRead}
      </button>
      <p role="status" className="text-sm">
        {message}
      </p>
    </div>
  );
}
