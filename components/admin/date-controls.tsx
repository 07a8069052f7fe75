'use client';

import 'react-day-picker/style.css';

import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { DayPicker } from 'react-day-picker';
import { da } from 'react-day-picker/locale';

import { DATE_CONTROLS_COPY } from '@/copy/admin';
import { copenhagenDay } from '@/domain/dates';
import { formatDanishDate, formatDanishTime, parseDanishDate, parseDanishTime } from '@/domain/date-inputs';
import { input as inputClass } from './form-classes';

// The newsroom's date and time fields, in Danish whatever the browser's language: the browser's own date inputs
// show "mm/dd/yyyy" and "PM" in an English browser. A text field takes a date as Danes type it ("31.12.2026",
// "1/2"), a calendar (react-day-picker with its Danish locale: Danish month and day names, Monday first) picks one,
// and the form still sends what the browser's input sent: ISO "2026-12-31", or "2026-12-31T14:05" in Copenhagen
// time. See docs/decisions/0018-danish-date-and-file-controls.md.
//
// Before the page is interactive (and without JavaScript) the text field itself carries the form name, so a GET form
// still submits what was typed (the audit log reads typed Danish dates). Once hydrated, a hidden field carries the ISO
// value instead.

const subscribeNothing = () => () => {};
/** False on the server and during hydration, true once the page runs in the browser. */
const useHydrated = () =>
  useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

// A message shown when a field is left must not move what the pointer is pressing: a click on "Gem" or "Vis" right
// after typing a wrong date leaves the field first, and a message appearing above the button between the press and
// the release would take the click away from it. So while a pointer is down, the message waits for its release.
let pointerDown = false;
let pointerWatched = false;
function watchPointer() {
  if (pointerWatched) return;
  pointerWatched = true;
  document.addEventListener('pointerdown', () => (pointerDown = true), true);
  document.addEventListener('pointerup', () => (pointerDown = false), true);
  document.addEventListener('pointercancel', () => (pointerDown = false), true);
}
function afterPointerRelease(show: () => void) {
  if (!pointerDown) return show();
  // After the release's click has been handled.
  document.addEventListener('pointerup', () => setTimeout(show, 0), { once: true });
}

/** ISO "2026-12-31" as a Date at local noon, which every time zone shows as that day. */
const dayToDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year!, month! - 1, day!, 12);
};
const dateToDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** What a typed date stands for: ISO when it is a date, '' when empty, else the text as typed (refused by the server). */
const dateValue = (typed: string) => (typed.trim() ? (parseDanishDate(typed) ?? typed.trim()) : '');

const CalendarIcon = () => (
  <svg
    aria-hidden="true"
    viewBox="0 0 20 20"
    width="20"
    height="20"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.6"
  >
    <rect x="3" y="4.5" width="14" height="12" rx="1" />
    <path d="M3 8.5h14M7 2.5v4M13 2.5v4" />
  </svg>
);

type AriaProps = { 'aria-invalid'?: true; 'aria-describedby'?: string };

/**
 * A date: a text field for typing it and a button that opens a calendar. `value`/`onChange` (ISO, '' or the text as
 * typed when it is no date) make it controlled; otherwise `name` sends the ISO date with the form.
 */
export function DateInput({
  id,
  name,
  label,
  defaultValue = '',
  value,
  onChange,
  required,
  className = '',
  ...aria
}: {
  id: string;
  name?: string;
  /** The field's label, to name the calendar. */
  label: string;
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
  required?: boolean;
  className?: string;
} & AriaProps) {
  const hydrated = useHydrated();
  const shown = (iso: string) => (parseDanishDate(iso) ? formatDanishDate(iso) : iso);
  const [text, setText] = useState(() => shown(value ?? defaultValue));
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState(false);
  /** How many days have been picked in the calendar. */
  const [picked, setPicked] = useState(0);
  const textRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const dialogId = useId();
  const problemId = `${id}-datoformat`;

  // A controlled value changed from outside (a reset, a reload): show it, unless it is what the field already says.
  const [lastValue, setLastValue] = useState(value);
  if (value !== undefined && value !== lastValue) {
    setLastValue(value);
    if (dateValue(text) !== value) setText(shown(value));
  }

  const iso = dateValue(text);
  const selected = parseDanishDate(text);

  const change = (next: string) => {
    setText(next);
    setProblem(false);
    onChange?.(dateValue(next));
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  useEffect(watchPointer, []);

  // Clicking anywhere else closes the calendar, as a popover does.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!popoverRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const pick = (date: Date) => {
    const next = formatDanishDate(dateToDay(date));
    change(next);
    close(true);
    setPicked((count) => count + 1);
  };

  // The widget forms mark themselves unsaved on input events; a picked day is an input too. Sent once the field shows
  // the day, so nothing reads the old text.
  useEffect(() => {
    if (picked) textRef.current?.dispatchEvent(new Event('input', { bubbles: true }));
  }, [picked]);

  const onTextKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Alt+Down opens the calendar from the text field, as it opens a native date or select control.
    if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
    }
  };

  const onPopoverKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    }
  };

  const describedBy = [aria['aria-describedby'], problem ? problemId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`relative ${className}`}>
      <div className="flex items-stretch">
        <input
          ref={textRef}
          id={id}
          type="text"
          name={hydrated ? undefined : name}
          value={text}
          required={required}
          autoComplete="off"
          spellCheck={false}
          placeholder={DATE_CONTROLS_COPY.datePlaceholder}
          aria-invalid={aria['aria-invalid'] ?? (problem ? true : undefined)}
          aria-describedby={describedBy}
          onChange={(event) => change(event.target.value)}
          onKeyDown={onTextKey}
          onBlur={() => {
            const typed = text.trim();
            if (!typed) return;
            const day = parseDanishDate(typed);
            // Shown the Danish way once typed ("1/2" becomes "01.02.2026"), or marked as no date.
            if (day) setText(formatDanishDate(day));
            else afterPointerRelease(() => setProblem(true));
          }}
          className={`${inputClass} w-36 aria-invalid:border-brand-dark`}
        />
        {hydrated ? (
          <button
            ref={buttonRef}
            type="button"
            aria-label={DATE_CONTROLS_COPY.openCalendar(label)}
            aria-haspopup="dialog"
            aria-expanded={open}
            aria-controls={open ? dialogId : undefined}
            onClick={() => setOpen((was) => !was)}
            className="-ml-px border border-neutral-500 bg-white px-2 hover:bg-neutral-100"
          >
            <CalendarIcon />
          </button>
        ) : null}
      </div>
      {hydrated && name ? <input type="hidden" name={name} value={iso} /> : null}
      {problem ? (
        <p id={problemId} className="mt-1 text-sm font-semibold text-brand-dark">
          {DATE_CONTROLS_COPY.notADate}
        </p>
      ) : null}
      {open ? (
        <div
          ref={popoverRef}
          id={dialogId}
          role="dialog"
          aria-label={DATE_CONTROLS_COPY.calendarTitle(label)}
          onKeyDown={onPopoverKey}
          onBlur={(event) => {
            // Tabbing out of the calendar closes it.
            const next = event.relatedTarget as Node | null;
            if (next && !popoverRef.current?.contains(next) && next !== buttonRef.current) setOpen(false);
          }}
          className="absolute top-full left-0 z-30 mt-1 border border-neutral-500 bg-white p-2 shadow-lg"
        >
          <DayPicker
            mode="single"
            // Picking the day already chosen picks it again (and closes), rather than clearing the field.
            required
            locale={da}
            selected={selected ? dayToDate(selected) : undefined}
            defaultMonth={dayToDate(selected ?? copenhagenDay())}
            onSelect={pick}
            autoFocus
            showOutsideDays
            classNames={{ root: 'rdp-root spalte-calendar' }}
          />
        </div>
      ) : null}
    </div>
  );
}

/**
 * A 24-hour time as Danes write it ("14.05"); `onChange` gets "14:05", '' when empty, or the text as typed when it
 * is no time.
 */
export function TimeInput({
  id,
  value,
  onChange,
  required,
  ...aria
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
} & AriaProps) {
  const [text, setText] = useState(() => (parseDanishTime(value) ? formatDanishTime(value) : value));
  const [problem, setProblem] = useState(false);
  useEffect(watchPointer, []);
  const problemId = `${id}-tidsformat`;
  const [lastValue, setLastValue] = useState(value);
  const timeValue = (typed: string) => (typed.trim() ? (parseDanishTime(typed) ?? typed.trim()) : '');
  if (value !== lastValue) {
    setLastValue(value);
    if (timeValue(text) !== value) setText(parseDanishTime(value) ? formatDanishTime(value) : value);
  }
  const describedBy = [aria['aria-describedby'], problem ? problemId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        required={required}
        autoComplete="off"
        spellCheck={false}
        placeholder={DATE_CONTROLS_COPY.timePlaceholder}
        aria-invalid={aria['aria-invalid'] ?? (problem ? true : undefined)}
        aria-describedby={describedBy}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(false);
          onChange(timeValue(event.target.value));
        }}
        onBlur={() => {
          if (!text.trim()) return;
          const time = parseDanishTime(text);
          if (time) setText(formatDanishTime(time));
          else afterPointerRelease(() => setProblem(true));
        }}
        className={`${inputClass} w-24 aria-invalid:border-brand-dark`}
      />
      {problem ? (
        <p id={problemId} className="mt-1 text-sm font-semibold text-brand-dark">
          {DATE_CONTROLS_COPY.notATime}
        </p>
      ) : null}
    </div>
  );
}

/** "2026-12-31T14:05" → its date and time parts ('' for a missing one). */
function splitLocal(value: string): { date: string; time: string } {
  const [date = '', time = ''] = value.split('T');
  return { date, time: time.slice(0, 5) };
}

/** The parts joined as a datetime-local input sends them; whatever is missing or wrong stays visible to the server. */
const joinLocal = (date: string, time: string) => (date || time ? `${date}T${time}` : '');

/**
 * A date and a time in Copenhagen, as `<input type="datetime-local">` sent it ("2026-12-31T14:05"): a fieldset with
 * a date field and a time field. Controlled with `value`/`onChange`, or sent with the form as `name`.
 */
export function DateTimeFields({
  id,
  name,
  legend,
  defaultValue = '',
  value,
  onChange,
  required,
  hint,
  error,
}: {
  id: string;
  name?: string;
  legend: string;
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
  required?: boolean;
  hint?: string;
  error?: string;
}) {
  const [own, setOwn] = useState(defaultValue);
  const current = value ?? own;
  const parts = splitLocal(current);
  const set = (next: string) => {
    setOwn(next);
    onChange?.(next);
  };
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-fejl` : null].filter(Boolean).join(' ') || undefined;
  const aria: AriaProps = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
  return (
    <fieldset className="grid gap-1">
      <legend className="text-sm font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap items-start gap-3">
        <div className="grid gap-1">
          <label htmlFor={`${id}-dato`} className="text-xs font-semibold">
            {DATE_CONTROLS_COPY.date}
          </label>
          <DateInput
            id={`${id}-dato`}
            label={`${legend}, ${DATE_CONTROLS_COPY.date.toLowerCase()}`}
            value={parts.date}
            onChange={(date) => set(joinLocal(date, parts.time))}
            required={required}
            {...aria}
          />
        </div>
        <div className="grid gap-1">
          <label htmlFor={`${id}-tid`} className="text-xs font-semibold">
            {DATE_CONTROLS_COPY.time}
          </label>
          <TimeInput
            id={`${id}-tid`}
            value={parts.time}
            onChange={(time) => set(joinLocal(parts.date, time))}
            required={required}
            {...aria}
          />
        </div>
      </div>
      {name ? <input type="hidden" name={name} value={current} /> : null}
      {error ? (
        <p id={`${id}-fejl`} className="text-sm font-semibold text-brand-dark">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
