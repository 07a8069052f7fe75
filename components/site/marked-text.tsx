import { MARK_END, MARK_START } from '@/domain/search/marks';

/** Text with search matches between MARK_START and MARK_END, shown with <mark>; everything else stays text. */
export function MarkedText({ text }: { text: string }) {
  return text.split(MARK_START).map((part, index) => {
    if (index === 0) return part;
    const [marked, rest = ''] = part.split(MARK_END);
    return (
      <span key={index}>
        <mark className="bg-yellow-200 text-ink">{marked}</mark>
        {rest}
      </span>
    );
  });
}
