// Every date a reader sees is Danish and in Copenhagen time, whatever the server's TZ is.
export const TIME_ZONE = 'Europe/Copenhagen';

const dateTimeFormat = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: TIME_ZONE,
});
const dateFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('da-DK', { timeStyle: 'short', timeZone: TIME_ZONE });
const dayKeyFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIME_ZONE,
});

type DateInput = Date | string | number;
const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

/** "27. november 2026 kl. 22.19" */
export function formatDateTime(value: DateInput): string {
  return dateTimeFormat.format(toDate(value));
}

/** "14.03": the newsroom's "saved at" and conflict messages. */
export function formatTime(value: DateInput): string {
  return timeFormat.format(toDate(value));
}

/** "27. november 2026" */
export function formatDate(value: DateInput): string {
  return dateFormat.format(toDate(value));
}

/** A calendar date ("2026-02-02") shown as "2. februar 2026", without shifting it through a time zone. */
export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}

/** The Copenhagen calendar day of an instant, "2026-11-27": the key page views are counted under. */
export function copenhagenDay(value: DateInput = new Date()): string {
  return dayKeyFormat.format(toDate(value));
}

/** ISO-8601 with the Copenhagen offset ("2026-11-27T22:19:00+01:00"), for `<time datetime>` and structured data. */
export function isoWithOffset(value: DateInput): string {
  const date = toDate(value);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
