import type { RelatedTarget } from '@/domain/markdown';
import { button, label } from '../form-classes';
import { RelatedPicker, type Pick } from './related-picker';

/** The related articles listed under the article: their current titles, remove one, or search and add one. */
export function RelatedField({
  relatedIds,
  known,
  excludeId,
  onChange,
  onPicked,
}: {
  relatedIds: number[];
  known: ReadonlyMap<number, RelatedTarget>;
  excludeId?: number;
  onChange: (relatedIds: number[]) => void;
  onPicked: (pick: Pick) => void;
}) {
  return (
    <fieldset className="grid gap-2 border border-rule p-3">
      <legend className={label}>Relaterede artikler</legend>
      <ol className="grid gap-1">
        {relatedIds.map((id) => (
          <li key={id} className="flex items-center gap-2 text-sm">
            <span className="grow">{known.get(id)?.title ?? `Artikel #${id}`}</span>
            <button
              type="button"
              className={button}
              onClick={() => onChange(relatedIds.filter((other) => other !== id))}
            >
              Fjern
            </button>
          </li>
        ))}
      </ol>
      <RelatedPicker
        label="Tilføj relateret artikel"
        excludeId={excludeId}
        onPick={(pick) => {
          onPicked(pick);
          if (!relatedIds.includes(pick.id)) onChange([...relatedIds, pick.id]);
        }}
      />
    </fieldset>
  );
}
