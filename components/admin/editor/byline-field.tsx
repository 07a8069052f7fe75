import { button, input, label } from '../form-classes';

function move<T>(list: T[], index: number, by: number): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(index + by, 0, item as T);
  return next;
}

function bylineName(authors: { id: number; name: string; active: boolean }[], id: number) {
  const author = authors.find((candidate) => candidate.id === id);
  if (!author) return `#${id}`;
  return author.active ? author.name : `${author.name} (inaktiv)`;
}

/** The byline: the article's authors in order, with a select to add one (active authors only). */
export function BylineField({
  authorIds,
  authors,
  onChange,
}: {
  authorIds: number[];
  authors: { id: number; name: string; active: boolean }[];
  onChange: (authorIds: number[]) => void;
}) {
  return (
    <fieldset className="grid gap-2 border border-rule p-3">
      <legend className={label}>Skribenter (i rækkefølge)</legend>
      <ol className="grid gap-1">
        {authorIds.map((id, index) => (
          <li key={id} className="flex items-center gap-2 text-sm">
            <span className="grow">{bylineName(authors, id)}</span>
            <button
              type="button"
              className={button}
              disabled={index === 0}
              onClick={() => onChange(move(authorIds, index, -1))}
            >
              Op
            </button>
            <button
              type="button"
              className={button}
              onClick={() => onChange(authorIds.filter((other) => other !== id))}
            >
              Fjern
            </button>
          </li>
        ))}
      </ol>
      <label htmlFor="ny-skribent" className="sr-only">
        Tilføj skribent
      </label>
      <select
        id="ny-skribent"
        className={input}
        value=""
        onChange={(event) => event.target.value && onChange([...authorIds, Number(event.target.value)])}
      >
        <option value="">Tilføj skribent …</option>
        {authors
          .filter((author) => author.active && !authorIds.includes(author.id))
          .map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
      </select>
    </fieldset>
  );
}
