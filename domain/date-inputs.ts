import { isoWithOffset } from './dates';

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
