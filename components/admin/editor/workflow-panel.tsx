'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import type { EditableArticle } from '@/db/queries/editor';
import type { PublishCheck } from '@/domain/article/publish-check';
import { HANDOVER_NOTE_MAX, isHandover, type Transition } from '@/domain/article/workflow';
import { copenhagenToUtc, isLocalDateTime } from '@/domain/date-inputs';
import { correctionAction, deleteArticleAction, transitionAction } from '@/server/actions/articles';
import type { EditorPermissions } from './types';
import { settled } from '../action-failure';
import { DateTimeFields } from '../date-controls';
import { button, input, label, primary } from '../form-classes';
import { PublishDialog } from './publish-dialog';

const COMPLETE_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const scheduledFormat = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});

/**
 * "Arbejdsgang": preview and history links, the moves the user's role allows from the article's status, scheduling,
 * corrections and deletion. A move saves unsaved changes first; publishing and scheduling are confirmed in a dialog
 * that lists what the publish check finds.
 */
export function WorkflowPanel({
  article,
  permissions,
  dirty,
  pending,
  run,
  saveFirst,
  onVersion,
  onNotice,
  check,
}: {
  article: EditableArticle;
  permissions: EditorPermissions;
  dirty: boolean;
  pending: boolean;
  /** Runs an async step as the editor's one transition (every button is disabled meanwhile). */
  run: (step: () => Promise<void>) => void;
  /** Saves unsaved changes; false when the save failed. */
  saveFirst: () => Promise<boolean>;
  onVersion: (version: number) => void;
  onNotice: (text: string | null) => void;
  /** The publish check of the content as typed now. */
  check: PublishCheck;
}) {
  const router = useRouter();
  const [publishAt, setPublishAt] = useState('');
  const [confirming, setConfirming] = useState<{ transition: 'publish' | 'schedule'; at?: string } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [correction, setCorrection] = useState('');
  const [note, setNote] = useState('');
  const published = article.publishedAt != null;
  // A handover ("Send til redigering", "Tilbage til kladde") may carry a note for the people on the other side.
  const handover =
    permissions.canSubmit && article.status === 'draft'
      ? { label: 'Note til redaktionen (valgfri)', hint: 'Sendes med, når du trykker »Send til redigering«.' }
      : permissions.canPublish && (article.status === 'review' || article.status === 'scheduled')
        ? { label: 'Besked til skribenten (valgfri)', hint: 'Sendes med, når du trykker »Tilbage til kladde«.' }
        : null;

  /** Saves unsaved changes, then makes the move; false (and the reason shown) when either is refused. */
  async function move(transition: Transition, at: string | undefined, onRefused: (text: string) => void) {
    if (dirty && !(await saveFirst())) return false;
    const handoverNote = isHandover(transition) ? note : undefined;
    const result = await settled(transitionAction(article.id, transition, at, handoverNote));
    if (!result.ok) {
      onRefused(result.error);
      return false;
    }
    if (handoverNote !== undefined) setNote('');
    onVersion(result.version);
    router.refresh();
    return true;
  }

  function act(transition: Transition) {
    // The fields give Copenhagen wall-clock time ("2026-12-31T14:05") whatever the browser's own time zone is; an
    // empty, partial or impossible one is no time at all.
    if (transition === 'schedule' && !(COMPLETE_LOCAL.test(publishAt) && isLocalDateTime(publishAt))) {
      onNotice('Vælg tidspunktet for udgivelsen.');
      return;
    }
    const at = transition === 'schedule' ? copenhagenToUtc(publishAt) : undefined;
    // Publishing and scheduling are confirmed first, with what the publish check finds.
    if (transition === 'publish' || transition === 'schedule') {
      onNotice(null);
      setRefusal(null);
      setConfirming({ transition, at });
      return;
    }
    if (
      transition === 'unpublish' &&
      !window.confirm(
        `Afpublicér »${article.title}«? Artiklen forsvinder fra sitet med det samme, og dens adresse svarer 410.`,
      )
    )
      return;
    run(async () => {
      onNotice(null);
      await move(transition, at, onNotice);
    });
  }

  function confirm() {
    if (!confirming) return;
    const { transition, at } = confirming;
    run(async () => {
      setRefusal(null);
      if (await move(transition, at, setRefusal)) setConfirming(null);
    });
  }

  function addCorrection() {
    run(async () => {
      const result = await settled(correctionAction(article.id, correction));
      if (!result.ok) {
        onNotice(result.error);
        return;
      }
      setCorrection('');
      onVersion(result.version);
      onNotice('Rettelsen er tilføjet og vises på artiklen.');
      router.refresh();
    });
  }

  function remove() {
    if (!window.confirm(`Slet »${article.title}« for altid? Det kan ikke fortrydes.`)) return;
    run(async () => {
      const result = await settled(deleteArticleAction(article.id));
      if (!result.ok) {
        onNotice(result.error);
        return;
      }
      router.replace('/admin');
    });
  }

  return (
    <section aria-labelledby="arbejdsgang" className="grid gap-3 border border-rule bg-white p-4">
      <PublishDialog
        mode={confirming?.transition ?? null}
        when={confirming?.at ? scheduledFormat.format(new Date(confirming.at)) : undefined}
        check={check}
        pending={pending}
        error={refusal}
        onConfirm={confirm}
        onClose={() => setConfirming(null)}
      />
      <h2 id="arbejdsgang" className="text-lg font-extrabold">
        Arbejdsgang
      </h2>
      <div className="flex flex-wrap gap-2">
        <Link
          href={`/admin/forhaandsvisning/${article.id}`}
          className={button}
          target="_blank"
          aria-describedby={dirty ? 'forhaandsvisning-ikke-gemt' : undefined}
        >
          Forhåndsvisning
        </Link>
        <Link href={`/admin/artikler/${article.id}/historik`} className={button}>
          Historik
        </Link>
        {permissions.canSubmit && article.status === 'draft' ? (
          <button type="button" className={button} disabled={pending} onClick={() => act('submit')}>
            Send til redigering
          </button>
        ) : null}
        {permissions.canPublish && article.status !== 'published' ? (
          <button type="button" className={primary} disabled={pending} onClick={() => act('publish')}>
            Udgiv nu
          </button>
        ) : null}
        {permissions.canPublish && article.status === 'published' ? (
          <button type="button" className={button} disabled={pending} onClick={() => act('unpublish')}>
            Afpublicér
          </button>
        ) : null}
        {permissions.canPublish && (article.status === 'review' || article.status === 'scheduled') ? (
          <button type="button" className={button} disabled={pending} onClick={() => act('back-to-draft')}>
            Tilbage til kladde
          </button>
        ) : null}
      </div>
      {handover ? (
        <div className="grid gap-1">
          <label htmlFor="overdragelsesnote" className={label}>
            {handover.label}
          </label>
          <p id="overdragelsesnote-hjaelp" className="text-xs text-muted">
            {handover.hint}
          </p>
          <textarea
            id="overdragelsesnote"
            aria-describedby="overdragelsesnote-hjaelp"
            className={`${input} h-20`}
            maxLength={HANDOVER_NOTE_MAX}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
      ) : null}
      {dirty ? (
        <p id="forhaandsvisning-ikke-gemt" className="text-xs text-muted">
          Forhåndsvisningen viser den senest gemte version; gem først for at se dine seneste ændringer.
        </p>
      ) : null}
      {permissions.canPublish && article.status !== 'published' ? (
        <div className="flex flex-wrap items-end gap-2">
          <DateTimeFields
            id="udgivelsestid"
            legend="Udgivelsestidspunkt"
            hint="Dansk tid."
            value={publishAt}
            onChange={setPublishAt}
          />
          <button type="button" className={button} disabled={pending} onClick={() => act('schedule')}>
            Planlæg udgivelse
          </button>
        </div>
      ) : null}
      {article.status === 'scheduled' && article.publishAt ? (
        <p className="text-sm">Planlagt til {scheduledFormat.format(new Date(article.publishAt))}.</p>
      ) : null}
      {permissions.canCorrect && article.status === 'published' ? (
        <div className="grid gap-1">
          <label htmlFor="rettelse" className={label}>
            Rettelse (vises med dato på artiklen)
          </label>
          <textarea
            id="rettelse"
            className={`${input} h-20`}
            value={correction}
            onChange={(event) => setCorrection(event.target.value)}
          />
          <button type="button" className={`${button} justify-self-start`} disabled={pending} onClick={addCorrection}>
            Tilføj rettelse
          </button>
        </div>
      ) : null}
      {permissions.canDelete && !published ? (
        <button
          type="button"
          className={`${button} justify-self-start text-brand-dark`}
          disabled={pending}
          onClick={remove}
        >
          Slet artikel
        </button>
      ) : null}
    </section>
  );
}
