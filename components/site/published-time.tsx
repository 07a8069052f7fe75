import { formatDateTime, isoWithOffset } from '@/domain/dates';

/** A Danish date and time ("27. november 2026 kl. 22.19") with a machine-readable datetime. */
export function PublishedTime({ value, className }: { value: string; className?: string }) {
  return (
    <time dateTime={isoWithOffset(value)} className={className}>
      {formatDateTime(value)}
    </time>
  );
}
