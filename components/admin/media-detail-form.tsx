'use client';

import { useActionState, useState, type MouseEvent } from 'react';

import { updateMediaAction, type MediaFormState } from '@/server/actions/media';
import { keepFieldsOnSubmit } from './keep-fields';
import { useLeaveGuard } from './leave-guard';
import { input, label } from './form-classes';

// Texts and focal point of one image. The focal point is set by clicking the image or, from the keyboard, with
// the two percentage fields; both change the same state.

type Props = {
  image: {
    id: number;
    src: string;
    width: number;
    height: number;
    alt: string;
    caption: string;
    credit: string;
    focalX: number;
    focalY: number;
  };
};

const toPercent = (value: number) => Math.round(value * 1000) / 10;

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="text-sm font-semibold text-brand-dark">
      {error}
    </p>
  );
}

type TextFieldProps = {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  maxLength: number;
  multiline?: boolean;
  hint?: string;
  error?: string;
};

function TextField({ id, name, label: text, defaultValue, maxLength, multiline = false, hint, error }: TextFieldProps) {
  const described = [hint && `${id}-hint`, `${id}-fejl`].filter(Boolean).join(' ');
  const common = { id, name, defaultValue, maxLength, 'aria-describedby': described };
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className={label}>
        {text}
      </label>
      {multiline ? <textarea {...common} className={`${input} h-24`} /> : <input {...common} className={input} />}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-fejl`} error={error} />
    </div>
  );
}

/** One coordinate of the focal point, in percent: the keyboard's way to set what a click on the image sets. */
function FocalInput({
  axis,
  label: text,
  value,
  onChange,
  error,
}: {
  axis: 'x' | 'y';
  label: string;
  value: number;
  onChange: (value: number) => void;
  error?: string;
}) {
  const id = `fokus-${axis}`;
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm">
        {text}
      </label>
      <input
        id={id}
        name={axis === 'x' ? 'focalX' : 'focalY'}
        type="number"
        min={0}
        max={100}
        step={0.1}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        className="w-32 border border-neutral-500 bg-white px-3 py-2"
        aria-describedby={`${id}-fejl`}
      />
      <FieldError id={`${id}-fejl`} error={error} />
    </div>
  );
}

const fieldError = (state: MediaFormState, field: string) =>
  state && !state.ok ? state.fieldErrors?.[field] : undefined;

export function MediaDetailForm({ image }: Props) {
  const [state, action, pending] = useActionState<MediaFormState, FormData>(
    updateMediaAction.bind(null, image.id),
    null,
  );
  const [focal, setFocal] = useState({ x: toPercent(image.focalX), y: toPercent(image.focalY) });
  // Unsaved while the last edit came after the last successful save: leaving then asks first.
  const [editedAt, setEditedAt] = useState<{ state: MediaFormState } | null>(null);
  useLeaveGuard(editedAt !== null && (editedAt.state === state || !state?.ok));
  const markEdited = () => setEditedAt({ state });

  const pick = (event: MouseEvent<HTMLImageElement>) => {
    markEdited();
    const box = event.currentTarget.getBoundingClientRect();
    setFocal({
      x: toPercent(Math.min(1, Math.max(0, (event.clientX - box.left) / box.width))),
      y: toPercent(Math.min(1, Math.max(0, (event.clientY - box.top) / box.height))),
    });
  };

  return (
    <form
      action={action}
      onSubmit={keepFieldsOnSubmit(action)}
      onInput={markEdited}
      className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
    >
      <div>
        <div className="relative inline-block max-w-full">
          {/* The original, so the whole picture is visible when choosing the focal point. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- the clickable original; the fields below are the keyboard way */}
          <img
            src={image.src}
            width={image.width}
            height={image.height}
            alt={image.alt || 'Billedet, der redigeres'}
            onClick={pick}
            className="block h-auto max-h-[32rem] w-auto max-w-full cursor-crosshair"
          />
          <span
            aria-hidden="true"
            className="pointer-events-none absolute size-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-4 border-white shadow-[0_0_0_2px_#000]"
            style={{ left: `${focal.x}%`, top: `${focal.y}%` }}
          />
        </div>
        <p className="mt-1 text-sm text-muted">
          Klik på det vigtigste sted i billedet for at sætte fokuspunktet, eller skriv det i felterne.
        </p>
        <fieldset className="mt-2 flex flex-wrap gap-4">
          <legend className={label}>Fokuspunkt</legend>
          <FocalInput
            axis="x"
            label="Vandret (procent fra venstre)"
            value={focal.x}
            onChange={(x) => setFocal({ ...focal, x })}
            error={fieldError(state, 'focalX')}
          />
          <FocalInput
            axis="y"
            label="Lodret (procent fra toppen)"
            value={focal.y}
            onChange={(y) => setFocal({ ...focal, y })}
            error={fieldError(state, 'focalY')}
          />
        </fieldset>
      </div>
      <div className="grid content-start gap-4">
        <TextField
          id="alt"
          name="alt"
          label="Alternativ tekst"
          defaultValue={image.alt}
          maxLength={300}
          multiline
          error={fieldError(state, 'alt')}
          hint="Beskriv kort, hvad billedet viser, for læsere der ikke kan se det (skærmlæsere, langsomme forbindelser). Skriv det, der er vigtigt for artiklen, fx »Eric Yuan taler foran en Zoom-skærm«, ikke »billede af« eller filnavnet. Krævet, før billedet kan bruges i en udgivet artikel."
        />
        <TextField
          id="billedtekst"
          name="caption"
          label="Billedtekst"
          defaultValue={image.caption}
          maxLength={500}
          multiline
          error={fieldError(state, 'caption')}
        />
        <TextField
          id="kreditering"
          name="credit"
          label="Kreditering"
          defaultValue={image.credit}
          maxLength={200}
          error={fieldError(state, 'credit')}
          hint="Fotografen eller kilden, fx »Foto: Anna Holm« eller »Foto: Ritzau Scanpix«. Krævet i udgivne artikler."
        />
        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={pending}
            className="bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-50"
          >
            {pending ? 'Gemmer …' : 'Gem'}
          </button>
          {state ? (
            <p
              role={state.ok ? 'status' : 'alert'}
              className={state.ok ? 'text-sm' : 'text-sm font-semibold text-brand-dark'}
            >
              {state.ok ? state.message : state.error}
            </p>
          ) : null}
        </div>
      </div>
    </form>
  );
}
