import { copenhagenDay, isoWithOffset } from './dates';

// The newsroom's forms speak Copenhagen wall-clock time (`<input type="date">`, `<input type="datetime-local">`);
// the database stores instants as UTC ISO-8601. These convert between the two, across summer time.

/** Copenhagen's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(utcMs: number): number {
  const [, sign, hours, minutes] = /([+-])(\d{2}):(\d{2})$/.exec(isoWithOffset(utcMs))!;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** "2026-02-02T14:05" (or a bare date, midnight) as wall-clock parts read as if UTC; null when not a real time. */
function parseLocal(value: string): number | null {
  const match = LOCAL.exec(value);
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0] = match.slice(1).map((part) => Number(part ?? 0));
  const naive = new Date(Date.UTC(year!, month! - 1, day!, hour, minute));
  const real = naive.getUTCMonth() === month! - 1 && naive.getUTCDate() === day && hour < 24 && minute < 60;
  return real ? naive.getTime() : null;
}

/** Whether a form value is a real calendar date ("2026-02-30" is not), optionally with a time. */
export function isLocalDateTime(value: string): boolean {
  return parseLocal(value) !== null;
}

/** Whether a form value is a real calendar date without a time ("2026-02-02"), as `<input type="date">` sends. */
export function isLocalDate(value: string): boolean {
  return value.length === 10 && isLocalDateTime(value);
}

/** "2026-03-29T02:30" (Copenhagen) → UTC ISO. A time skipped by summer time resolves to the hour after. */
export function copenhagenToUtc(local: string): string {
  const naive = parseLocal(local);
  if (naive === null) throw new RangeError(`Not a local date-time: ${local}`);
  // Guess with the offset at the naive instant, then correct once with the offset at the guess.
  const guess = naive - offsetAt(naive);
  return new Date(naive - offsetAt(guess)).toISOString();
}

/** UTC ISO → "2026-11-28T14:05" in Copenhagen time, for a `datetime-local` input. */
export function utcToCopenhagenInput(iso: string): string {
  return isoWithOffset(iso).slice(0, 16);
}

/** The last millisecond of a Copenhagen calendar day ("2026-02-02"), as UTC ISO: a job deadline's expiry. */
export function endOfCopenhagenDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const nextMidnight = copenhagenToUtc(new Date(Date.UTC(year!, month! - 1, date! + 1)).toISOString().slice(0, 10));
  return new Date(Date.parse(nextMidnight) - 1).toISOString();
}

// ---------------------------------------------------------------------------------------------------------------
// Dates and times as Danish editors type and read them (components/ui/date-field.tsx, time fields). The forms still
// send ISO ("2026-12-31", "14:05"); these read what was typed and show what was stored.

const DANISH_DATE = /^(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{2}|\d{4}))?\.?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A typed date as ISO "2026-12-31", or null when it is no real date. Takes "31.12.2026", "31/12/2026",
 * "31-12-2026", "1.2.26" (two-digit years are this century), "1/2" or "1.2." (this year in Copenhagen, as
 * `today` says) and ISO itself.
 */
export function parseDanishDate(typed: string, today: string = copenhagenDay()): string | null {
  const value = typed.trim();
  if (ISO_DATE.test(value)) return isLocalDate(value) ? value : null;
  const match = DANISH_DATE.exec(value);
  if (!match) return null;
  const [, day, month, year] = match;
  const fullYear =
    year === undefined ? Number(today.slice(0, 4)) : year.length === 2 ? 2000 + Number(year) : Number(year);
  const iso = `${String(fullYear).padStart(4, '0')}-${pad(Number(month))}-${pad(Number(day))}`;
  return isLocalDate(iso) ? iso : null;
}

/** ISO "2026-12-31" as a Danish editor writes it: "31.12.2026". */
export function formatDanishDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

const TYPED_TIME = /^(\d{1,2})(?:\s*[.:]\s*(\d{2})|(\d{2}))?$/;

/** A typed 24-hour time as "14:05", or null: takes "14.05", "14:05", "1405", "9.30" and a bare hour ("9"). */
export function parseDanishTime(typed: string): string | null {
  const match = TYPED_TIME.exec(typed.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? 0);
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : null;
}

/** "14:05" as Danish clocks show it: "14.05". */
export const formatDanishTime = (time: string) => time.replace(':', '.');

/**
 * A period of Copenhagen calendar days as UTC instants: from the first day's midnight (inclusive) to the midnight
 * after the last day (exclusive). Either end may be missing.
 */
export function copenhagenDayRange(from?: string, to?: string): { since?: string; until?: string } {
  const nextDay = (day: string) => {
    const [year, month, date] = day.split('-').map(Number);
    return new Date(Date.UTC(year!, month! - 1, date! + 1)).toISOString().slice(0, 10);
  };
  return {
    since: from ? copenhagenToUtc(from) : undefined,
    until: to ? copenhagenToUtc(nextDay(to)) : undefined,
  };
}
