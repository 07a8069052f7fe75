import { formatDate, isoWithOffset } from '@/domain/dates';

/** A Danish date without the time ("27. november 2026") with a machine-readable datetime. */
export function JobDate({ value }: { value: string }) {
  return <time dateTime={isoWithOffset(value)}>{formatDate(value)}</time>;
}
