'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';

import type { MediaSummary } from '@/db/queries/media';
import type { ActionResult } from '@/server/action';
import { useLeaveGuard } from './leave-guard';
import { MediaPicker, type MediaPickerNames } from './media-picker';
import { button } from './form-classes';
import { DateInput } from './date-controls';
import { settled } from './action-failure';
import { slugify } from '@/domain/slug';

// Building blocks of the widget admin forms (jobs, Navnenyt, sponsor campaigns). Forms submit through a handler
// rather than a form action, so a validation error never resets what the editor typed.

export const INPUT_CLASS = 'border border-neutral-500 bg-white px-3 py-2 aria-invalid:border-brand-dark';

type Submit = (values: Record<string, string>) => Promise<ActionResult>;

/** Runs a widget action with the form's values; keeps the result for the form and refreshes the page's data. */
export function useWidgetAction() {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  // Typed but not saved: leaving the page asks first.
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty);
  const run = (action: () => Promise<ActionResult>) =>
    start(async () => {
      const outcome = await settled(action());
      setResult(outcome);
      if (outcome.ok) {
        setDirty(false);
        router.refresh();
      }
    });
  /** The form's handlers: submit through `submit`, and any input marks the form unsaved. */
  const formProps = (submit: Submit) => ({
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const values = Object.fromEntries(
        [...new FormData(event.currentTarget)].map(([key, value]) => [key, String(value)]),
      );
      run(() => submit(values));
    },
    onInput: () => setDirty(true),
  });
  return {
    result,
    pending,
    run,
    formProps,
    fieldError: (name: string) => (result && !result.ok ? result.fieldErrors?.[name] : undefined),
  };
}

/** A labelled field with its error message right below it. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-fejl` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? (
        <p id={`${id}-fejl`} className="text-sm font-semibold text-brand-dark">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A text input in a Field. */
export function TextField({
  label,
  error,
  hint,
  ...input
}: { id: string; label: string; error?: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={input.id} label={label} error={error} hint={hint}>
      {(props) => <input {...input} {...props} className={INPUT_CLASS} />}
    </Field>
  );
}

/**
 * A name and the address made from it (authors, sections, tags). A new object's address follows the name until it is
 * typed in itself; an existing one's stays as it is unless edited (the old address then redirects).
 */
export function NameAndAddressFields({
  idPrefix,
  name,
  address,
  nameMaxLength,
  addressHint,
  fieldError,
}: {
  idPrefix: string;
  name?: string;
  /** The current address; none for a new object. */
  address?: string;
  nameMaxLength: number;
  addressHint: string;
  fieldError: (field: string) => string | undefined;
}) {
  const [slug, setSlug] = useState(address ?? '');
  const [slugTouched, setSlugTouched] = useState(address !== undefined);
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        label="Navn"
        defaultValue={name}
        required
        maxLength={nameMaxLength}
        autoComplete="off"
        onChange={(event) => !slugTouched && setSlug(slugify(event.target.value))}
        error={fieldError('name')}
      />
      <TextField
        id={`${idPrefix}-slug`}
        name="slug"
        label="Adresse"
        value={slug}
        onChange={(event) => {
          setSlugTouched(true);
          setSlug(event.target.value);
        }}
        required
        maxLength={80}
        hint={addressHint}
        error={fieldError('slug')}
      />
    </>
  );
}

/** A page's description: shown at the top of its page and as its meta description. */
export function DescriptionField({
  id,
  hint,
  defaultValue,
  error,
}: {
  id: string;
  hint: string;
  defaultValue?: string;
  error?: string;
}) {
  return (
    <Field id={id} label="Beskrivelse" hint={hint} error={error}>
      {(props) => (
        <textarea
          {...props}
          name="description"
          rows={3}
          maxLength={300}
          defaultValue={defaultValue}
          className={INPUT_CLASS}
        />
      )}
    </Field>
  );
}

/** A date in a Field: typed Danish or picked in the calendar, sent as ISO "2026-12-31" under `name`. */
export function DateField({
  id,
  name,
  label,
  defaultValue,
  required,
  hint,
  error,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  required?: boolean;
  hint?: string;
  error?: string;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(props) => <DateInput {...props} name={name} label={label} defaultValue={defaultValue} required={required} />}
    </Field>
  );
}

/** The company of a job or Navnenyt entry: picked from the list or typed as a new name (which creates it). */
export function CompanyField({
  id,
  companies,
  defaultValue,
  error,
}: {
  id: string;
  companies: string[];
  defaultValue?: string;
  error?: string;
}) {
  return (
    <>
      <TextField
        id={id}
        name="company"
        label="Virksomhed"
        list={`${id}-liste`}
        defaultValue={defaultValue}
        required
        hint="Vælg fra listen, eller skriv navnet på en ny virksomhed."
        error={error}
      />
      <datalist id={`${id}-liste`}>
        {companies.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}

/** The outcome of the last action, announced politely (not role=alert, which Next's route announcer also has). */
export function ActionResultMessage({ result }: { result: ActionResult | null }) {
  if (!result) return null;
  return (
    <p
      role="status"
      className={result.ok ? 'text-sm font-semibold text-green-800' : 'text-sm font-semibold text-brand-dark'}
    >
      {result.ok ? result.message : result.error}
    </p>
  );
}

export function SubmitButton({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="justify-self-start bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

/** A secondary action (expire, delete); `confirm` asks first. */
export function ActionButton({
  label,
  confirm,
  pending,
  onClick,
}: {
  label: string;
  confirm?: string;
  pending: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      disabled={pending}
      className={button}
      onClick={() => {
        if (!confirm || window.confirm(confirm)) onClick();
      }}
    >
      {label}
    </button>
  );
}

/** An image from the media library (searched, or uploaded in place), sent with the form as `name`. */
export function MediaField({
  name,
  names,
  initial,
  error,
}: {
  name: string;
  names: MediaPickerNames;
  initial: MediaSummary | null;
  error?: string;
}) {
  const [image, setImage] = useState(initial);
  return (
    <>
      <MediaPicker value={image} onChange={setImage} names={names} error={error} />
      <input type="hidden" name={name} value={image?.id ?? ''} />
    </>
  );
}
