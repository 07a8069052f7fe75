import { HANDOVER_COPY } from '@/copy/admin';
import type { Handover } from '@/db/queries/handover';
import { formatDateTime } from '@/domain/dates';

/** The last handover of an article, above its editor: who handed it over, when, and what they wrote. */
export function HandoverNotice({ handover }: { handover: Handover }) {
  return (
    <aside aria-label="Seneste overdragelse" className="mb-4 border-l-4 border-brand bg-white p-3 text-sm">
      <p>
        <span className="font-semibold">{handover.by ?? HANDOVER_COPY.someone}</span>{' '}
        {HANDOVER_COPY.done[handover.kind]} {formatDateTime(handover.at)}
        {handover.note ? ':' : '.'}
      </p>
      {handover.note ? <blockquote className="mt-1 whitespace-pre-line italic">{handover.note}</blockquote> : null}
    </aside>
  );
}
