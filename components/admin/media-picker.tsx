'use client';

import { useEffect, useId, useState, useTransition, type KeyboardEvent } from 'react';

import { searchMediaAction, updateMediaAction } from '@/server/actions/media';
import type { MediaSummary } from '@/db/queries/media';
import { missingImageTexts } from '@/domain/article/publish-check';
import { MediaUploader } from './media-uploader';
import { button, input } from './form-classes';

// Choosing an image from the media library: the chosen image with its texts, a search of the library and an upload
// in place. Used for the article editor's top image (an image without alt text or credit can be chosen for a
// draft, but the article cannot be published with it: the server refuses) and for Navnenyt photos and sponsor
// logos. The texts can be filled in here without leaving the form.

function Thumbnail({ image }: { image: MediaSummary }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a fixed-size admin thumbnail of the square crop
    <img src={image.thumbnail} alt="" width={96} height={96} className="size-24 shrink-0 bg-neutral-200 object-cover" />
  );
}

/**
 * What the picker calls its image (the fieldset's legend, the noun in "Alternativ tekst til …") and whether
 * publishing needs its alt text and credit (a top image's rule) or only asks for them.
 */
export type MediaPickerNames = { legend: string; noun: string; textsRequired: boolean };

const TOP_IMAGE: MediaPickerNames = { legend: 'Topbillede', noun: 'topbilledet', textsRequired: true };

const missingNote = (names: MediaPickerNames, missing: string[]) =>
  `Billedet mangler ${missing.join(' og ')}. ${names.textsRequired ? 'Artiklen kan ikke udgives, før begge er udfyldt' : 'Udfyld dem gerne'}: ` +
  'den alternative tekst læses op for læsere, der ikke kan se billedet, og fotografen eller kilden skal krediteres.';

export function MediaPicker({
  value,
  onChange,
  names = TOP_IMAGE,
  error,
}: {
  value: MediaSummary | null;
  onChange: (image: MediaSummary | null) => void;
  names?: MediaPickerNames;
  /** A refusal of the chosen image by the server, shown in the fieldset. */
  error?: string;
}) {
  const searchId = useId();
  const errorId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<MediaSummary[]>([]);
  const [searching, startSearch] = useTransition();
  // The library is searched only once the user opens the chooser, not on every editor load.
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const timer = window.setTimeout(() => startSearch(async () => setResults(await searchMediaAction(query))), 250);
    return () => window.clearTimeout(timer);
  }, [open, query]);

  return (
    <fieldset className="grid gap-3 border border-rule p-3" aria-describedby={error ? errorId : undefined}>
      <legend className="px-1 text-sm font-semibold">{names.legend}</legend>
      {error ? (
        <p id={errorId} className="text-sm font-semibold text-brand-dark">
          {error}
        </p>
      ) : null}
      {value ? (
        <ChosenImage key={value.id} image={value} names={names} onChange={onChange} />
      ) : (
        <p className="text-sm">Intet billede valgt.</p>
      )}
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer text-sm font-semibold">
          {value ? 'Vælg et andet billede' : 'Vælg eller upload et billede'}
        </summary>
        <div className="mt-2 grid gap-3">
          <div className="grid gap-1">
            <label htmlFor={searchId} className="text-sm font-semibold">
              Søg i mediebiblioteket
            </label>
            <input
              id={searchId}
              type="search"
              className={input}
              placeholder="Alternativ tekst, billedtekst eller kreditering"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              // The search is live; Enter must not submit the form the picker sits in.
              onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
            />
            {searching ? <p className="text-xs text-muted">Søger …</p> : null}
          </div>
          {results.length > 0 ? (
            <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label="Billeder i mediebiblioteket">
              {results.map((image) => (
                <li key={image.id}>
                  <button
                    type="button"
                    className="grid w-full gap-1 border border-rule bg-white p-1 text-left text-xs hover:border-brand"
                    aria-pressed={value?.id === image.id}
                    onClick={() => onChange(image)}
                  >
                    <Thumbnail image={image} />
                    <span>Vælg: {image.alt || image.originalName || `billede ${image.id}`}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">Ingen billeder matcher.</p>
          )}
          <MediaUploader label="Upload et nyt billede" linkToDetails={false} onUploaded={onChange} />
        </div>
      </details>
    </fieldset>
  );
}

/** The chosen image, with its alt text and credit editable in place (a top image needs both before publishing). */
function ChosenImage({
  image,
  names,
  onChange,
}: {
  image: MediaSummary;
  names: MediaPickerNames;
  onChange: (image: MediaSummary | null) => void;
}) {
  const [alt, setAlt] = useState(image.alt);
  const [credit, setCredit] = useState(image.credit);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, startSaving] = useTransition();
  const missing = missingImageTexts(image);
  const idPrefix = useId();
  const ids = { alt: `${idPrefix}-alt`, credit: `${idPrefix}-kredit` };

  const saveTexts = () =>
    startSaving(async () => {
      const form = new FormData();
      Object.entries({
        alt,
        credit,
        caption: image.caption,
        focalX: image.focalX * 100,
        focalY: image.focalY * 100,
      }).forEach(([key, field]) => form.append(key, String(field)));
      const result = await updateMediaAction(image.id, null, form);
      setMessage({ ok: result.ok, text: result.ok ? (result.message ?? '') : result.error });
      if (result?.ok) onChange({ ...image, alt: alt.trim(), credit: credit.trim() });
    });

  const changed = alt !== image.alt || credit !== image.credit;
  // Enter in the image's texts saves them, not the form the picker sits in.
  const saveOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (changed && !saving) saveTexts();
  };

  return (
    <div className="grid gap-2">
      <div className="flex gap-3">
        <Thumbnail image={image} />
        <div className="grid content-start gap-1 text-sm">
          <p className="font-semibold">{image.alt || image.originalName || `Billede ${image.id}`}</p>
          {image.credit ? <p className="text-muted">{image.credit}</p> : null}
          <p className="flex gap-2">
            <a href={`/admin/medier/${image.id}`} target="_blank" rel="noopener" className="underline">
              Fokuspunkt og billedtekst (åbner i nyt vindue)
            </a>
            <button type="button" className="underline" onClick={() => onChange(null)}>
              Fjern billede
            </button>
          </p>
        </div>
      </div>
      {missing.length > 0 ? (
        <p className="border-l-4 border-brand bg-white p-2 text-sm">{missingNote(names, missing)}</p>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-2">
        <div className="grid gap-1">
          <label htmlFor={ids.alt} className="text-sm font-semibold">
            Alternativ tekst til {names.noun}
          </label>
          <input
            id={ids.alt}
            className={input}
            value={alt}
            maxLength={300}
            onChange={(event) => setAlt(event.target.value)}
            onKeyDown={saveOnEnter}
          />
        </div>
        <div className="grid gap-1">
          <label htmlFor={ids.credit} className="text-sm font-semibold">
            Kreditering af {names.noun}
          </label>
          <input
            id={ids.credit}
            className={input}
            value={credit}
            maxLength={200}
            onChange={(event) => setCredit(event.target.value)}
            onKeyDown={saveOnEnter}
          />
        </div>
      </div>
      <div className="flex items-center gap-3">
        <button
          type="button"
          className={`${button} justify-self-start`}
          disabled={saving || !changed}
          onClick={saveTexts}
        >
          Gem billedets tekster
        </button>
        {message ? (
          <p
            role={message.ok ? 'status' : 'alert'}
            className={message.ok ? 'text-sm' : 'text-sm font-semibold text-brand-dark'}
          >
            {message.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}
