import { TIME_ZONE } from './dates';

// The newsroom's forms speak Copenhagen wall-clock time (`<input type="date">`, `<input type="datetime-local">`);
// the database stores instants as UTC ISO-8601. These convert between the two, across summer time.

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Copenhagen's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(utcMs: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(utcMs)).map((part) => [part.type, Number(part.value)]));
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** Whether a form value is a real calendar date ("2026-02-30" is not), optionally with a time. */
export function isLocalDateTime(value: string): boolean {
  const match = LOCAL.exec(value);
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour, minute));
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day && hour! < 24 && minute! < 60;
}

/** "2026-03-29T02:30" (Copenhagen) → UTC ISO. A time skipped by summer time resolves to the hour after. */
export function copenhagenToUtc(local: string): string {
  const match = LOCAL.exec(local);
  if (!match) throw new RangeError(`Not a local date-time: ${local}`);
  const [year, month, day, hour = 0, minute = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const naive = Date.UTC(year!, month! - 1, day!, hour, minute);
  // Guess with the offset at the naive instant, then correct once with the offset at the guess.
  const guess = naive - offsetAt(naive);
  return new Date(naive - offsetAt(guess)).toISOString();
}

/** UTC ISO → "2026-11-28T14:05" in Copenhagen time, for a `datetime-local` input. */
export function utcToCopenhagenInput(iso: string): string {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The last millisecond of a Copenhagen calendar day ("2026-02-02"), as UTC ISO: a job deadline's expiry. */
export function endOfCopenhagenDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const nextMidnight = copenhagenToUtc(new Date(Date.UTC(year!, month! - 1, date! + 1)).toISOString().slice(0, 10));
  return new Date(Date.parse(nextMidnight) - 1).toISOString();
}
