'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition, type DragEvent } from 'react';

import { findPinCandidatesAction, saveFrontPageAction } from '@/server/actions/front-page';
import { FRONT_PAGE_TOP } from '@/domain/site';
import { useLeaveGuard } from './leave-guard';
import { settled } from './action-failure';
import { primary } from './form-classes';

// The pinned order of the front page. Rows move with buttons (keyboard and screen readers) or by dragging; the
// list is saved as a whole, based on the list that was loaded, so two editors never silently overwrite each other.

type Pin = { id: number; title: string; path: string; section: string; shown?: boolean };

const button =
  'border border-neutral-500 bg-white px-2 py-1 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-50';

const place = (index: number) => (index === 0 ? 'Tophistorie' : `Nyhed ${index + 1}`);

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function FrontPageCurator({
  pins: initialPins,
  candidates: initialCandidates,
}: {
  pins: Pin[];
  candidates: Pin[];
}) {
  const router = useRouter();
  const [pins, setPins] = useState(initialPins);
  const [basedOn, setBasedOn] = useState(() => initialPins.map((pin) => pin.id));
  const [candidates, setCandidates] = useState(initialCandidates);
  const [query, setQuery] = useState('');
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'conflict'; text: string } | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();
  const full = pins.length >= FRONT_PAGE_TOP;

  const change = (next: Pin[]) => {
    setPins(next);
    setDirty(true);
    setStatus(null);
  };

  // Search published news to pin (debounced); the empty query lists the newest.
  useEffect(() => {
    const timer = window.setTimeout(async () => {
      setCandidates(
        await findPinCandidatesAction(
          query,
          pins.map((pin) => pin.id),
        ),
      );
    }, 250);
    return () => window.clearTimeout(timer);
  }, [query, pins]);

  useLeaveGuard(dirty);

  function save() {
    startTransition(async () => {
      // Unpublished pins drop out by themselves; saving removes them from the list for good.
      const ids = pins.filter((pin) => pin.shown !== false).map((pin) => pin.id);
      const result = await settled(saveFrontPageAction(ids, basedOn));
      if (!result.ok) {
        setStatus({ kind: result.conflict ? 'conflict' : 'error', text: result.error });
        return;
      }
      setPins((current) => current.filter((pin) => pin.shown !== false));
      setBasedOn(ids);
      setDirty(false);
      setStatus({ kind: 'ok', text: result.message ?? '' });
      router.refresh();
    });
  }

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged !== null) change(move(pins, dragged, index));
    setDragged(null);
  };

  return (
    <div className="grid content-start gap-6">
      <section aria-labelledby="fastgjorte">
        <h2 id="fastgjorte" className="text-lg font-extrabold">
          Fastgjorte artikler
        </h2>
        {pins.length === 0 ? (
          <p className="mt-2 text-sm">Intet er fastgjort: forsiden viser de nyeste nyheder.</p>
        ) : (
          <ol className="mt-2 grid gap-2">
            {pins.map((pin, index) => (
              <li
                key={pin.id}
                draggable
                onDragStart={() => setDragged(index)}
                onDragOver={(event) => event.preventDefault()}
                onDrop={(event) => onDrop(event, index)}
                className={`flex flex-wrap items-center gap-3 border bg-white p-3 ${dragged === index ? 'border-brand' : 'border-rule'} cursor-move`}
              >
                <span className="w-24 shrink-0 text-xs font-bold uppercase tracking-wide text-muted">
                  {place(index)}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="font-semibold">{pin.title}</span>
                  <span className="block text-xs text-muted">
                    {pin.section}
                    {pin.shown === false ? ' · afpubliceret: vises ikke og fjernes, når du gemmer' : ''}
                  </span>
                </span>
                <span className="flex gap-1">
                  <button
                    type="button"
                    className={button}
                    disabled={index === 0}
                    aria-label={`Flyt »${pin.title}« op`}
                    onClick={() => change(move(pins, index, index - 1))}
                  >
                    ↑ Op
                  </button>
                  <button
                    type="button"
                    className={button}
                    disabled={index === pins.length - 1}
                    aria-label={`Flyt »${pin.title}« ned`}
                    onClick={() => change(move(pins, index, index + 1))}
                  >
                    ↓ Ned
                  </button>
                  <button
                    type="button"
                    className={button}
                    aria-label={`Fjern »${pin.title}« fra forsiden`}
                    onClick={() => change(pins.filter((other) => other.id !== pin.id))}
                  >
                    Fjern
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={primary}
            disabled={pending || !(dirty || pins.some((pin) => pin.shown === false))}
            onClick={save}
          >
            {pending ? 'Gemmer …' : 'Gem forsiden'}
          </button>
          <p
            role="status"
            aria-live="polite"
            className={`text-sm ${status?.kind === 'ok' ? '' : 'font-semibold text-brand-dark'}`}
          >
            {status?.text ?? (dirty ? 'Ændringerne er ikke gemt.' : '')}
          </p>
          {status?.kind === 'conflict' ? (
            <button type="button" className={button} onClick={() => window.location.reload()}>
              Hent den nyeste version (dine ændringer kasseres)
            </button>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="fastgoer">
        <h2 id="fastgoer" className="text-lg font-extrabold">
          Fastgør en artikel
        </h2>
        <label htmlFor="forside-soeg" className="mt-2 block text-sm font-semibold">
          Søg i udgivne nyheder
        </label>
        <input
          id="forside-soeg"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="mt-1 w-full border border-neutral-500 bg-white px-3 py-2"
        />
        {full ? (
          <p className="mt-2 text-sm">
            Der kan højst fastgøres {FRONT_PAGE_TOP} artikler. Fjern en for at fastgøre en anden.
          </p>
        ) : null}
        <ul className="mt-3 grid gap-2" aria-label="Søgeresultater">
          {candidates.map((candidate) => (
            <li key={candidate.id} className="flex items-center gap-3 border-b border-rule pb-2">
              <span className="min-w-0 flex-1">
                <span className="font-semibold">{candidate.title}</span>
                <span className="block text-xs text-muted">{candidate.section}</span>
              </span>
              <button
                type="button"
                className={button}
                disabled={full}
                aria-label={`Fastgør »${candidate.title}«`}
                onClick={() => change([...pins, candidate])}
              >
                Fastgør
              </button>
            </li>
          ))}
          {candidates.length === 0 ? <li className="text-sm">Ingen udgivne nyheder passer til søgningen.</li> : null}
        </ul>
      </section>
    </div>
  );
}
