'use client';

import { useEffect, useId, useRef } from 'react';

import { PUBLISH_DIALOG_COPY as COPY } from '@/copy/admin';
import type { Issue, IssueField, PublishCheck } from '@/domain/article/publish-check';
import { button, primary } from '../form-classes';

// The confirmation before publishing or scheduling: what blocks (the confirm button stays disabled until it is
// fixed) and what is only advice. A native modal <dialog>: the page behind is inert, Escape closes it and focus
// returns to the button that opened it. The findings are the publish check's (domain/article/publish-check.ts),
// on what is typed now; the server checks the saved article again.

/** The element each finding's "go to" button focuses (or the first field inside it). */
const FIELD_TARGET: Record<IssueField, string> = {
  titel: 'titel',
  manchet: 'manchet',
  broedtekst: 'broedtekst',
  sektion: 'sektion',
  skribenter: 'ny-skribent',
  annoncoer: 'annoncoer',
  topbillede: 'topbillede',
  'seo-titel': 'seo-titel',
  'seo-beskrivelse': 'seo-beskrivelse',
  emner: 'nyt-emne',
  relaterede: 'relaterede',
};

function focusField(field: IssueField) {
  const target = document.getElementById(FIELD_TARGET[field]);
  const focusable = target?.matches('input, select, textarea, button')
    ? target
    : target?.querySelector<HTMLElement>('input, select, textarea, button, summary');
  focusable?.scrollIntoView({ block: 'center' });
  focusable?.focus();
}

function IssueList({ issues, onGoTo }: { issues: Issue[]; onGoTo: (field: IssueField) => void }) {
  return (
    <ul className="grid gap-2 text-sm">
      {issues.map((issue) => (
        <li key={issue.code} className="flex flex-wrap items-baseline justify-between gap-2">
          <span className="grow basis-64">{issue.message}</span>
          <button type="button" className="text-sm underline" onClick={() => onGoTo(issue.field)}>
            {COPY.goTo}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function PublishDialog({
  mode,
  when,
  check,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  /** What the dialog confirms; null keeps it closed. */
  mode: 'publish' | 'schedule' | null;
  /** The scheduled time as the editor reads it ("28. november 2026 kl. 14.05"). */
  when?: string;
  check: PublishCheck;
  pending: boolean;
  /** The server's refusal, if the confirmed move was refused. */
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  const blocked = check.blocking.length > 0;
  const ids = { title: useId(), blocked: useId() };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (mode && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
      // The browser focuses the first button (the first "go to" when something blocks); with nothing in the way
      // the confirmation is the obvious next step.
      if (!blocked) confirm.current?.focus();
    } else if (!mode && element.open) {
      element.close();
    }
    // Only opening and closing move the focus, not the findings changing meanwhile.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode]);

  const goTo = (field: IssueField) => {
    // The field gets the focus, not the button that opened the dialog.
    opener.current = null;
    dialog.current?.close();
    onClose();
    // After the dialog has closed and the page is no longer inert.
    window.setTimeout(() => focusField(field), 0);
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={ids.title}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] border border-rule bg-white p-0 text-ink backdrop:bg-black/50"
      // Escape and the browser's own closing: keep React's state in step, and give the focus back.
      onClose={() => {
        if (opener.current instanceof HTMLElement) opener.current.focus();
        opener.current = null;
        if (mode) onClose();
      }}
    >
      {mode ? (
        <div className="grid gap-4 p-5">
          <h2 id={ids.title} className="text-xl font-extrabold">
            {mode === 'publish' ? COPY.publishTitle : COPY.scheduleTitle}
          </h2>
          {mode === 'schedule' && when ? <p className="text-sm">{COPY.scheduledFor(when)}</p> : null}
          {blocked ? (
            <section aria-labelledby={`${ids.title}-blocking`} className="border-l-4 border-brand bg-red-50 p-3">
              <h3 id={`${ids.title}-blocking`} className="mb-2 font-bold text-brand-dark">
                {COPY.blockingHeading}
              </h3>
              <IssueList issues={check.blocking} onGoTo={goTo} />
            </section>
          ) : (
            <p className="text-sm">{COPY.allClear}</p>
          )}
          {check.advice.length > 0 ? (
            <section aria-labelledby={`${ids.title}-advice`} className="border-l-4 border-amber-500 bg-amber-50 p-3">
              <h3 id={`${ids.title}-advice`} className="mb-2 font-bold">
                {COPY.adviceHeading}
              </h3>
              <IssueList issues={check.advice} onGoTo={goTo} />
            </section>
          ) : null}
          {error ? (
            <p role="alert" className="text-sm font-semibold text-brand-dark">
              {error}
            </p>
          ) : null}
          {blocked ? (
            <p id={ids.blocked} className="text-sm text-muted">
              {COPY.blockingNote}
            </p>
          ) : null}
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className={button} onClick={onClose}>
              {COPY.cancel}
            </button>
            <button
              type="button"
              className={primary}
              disabled={blocked || pending}
              aria-describedby={blocked ? ids.blocked : undefined}
              ref={confirm}
              onClick={onConfirm}
            >
              {pending ? COPY.working : mode === 'publish' ? COPY.confirmPublish : COPY.confirmSchedule}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
