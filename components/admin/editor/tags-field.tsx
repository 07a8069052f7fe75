'use client';

import { useState } from 'react';

import { button, input, label } from '../form-classes';

/** The article's tags: remove one, or type one (known tags are suggested) and add it with Enter or the button. */
export function TagsField({
  tags,
  knownTags,
  onChange,
}: {
  tags: string[];
  knownTags: string[];
  onChange: (tags: string[]) => void;
}) {
  const [draft, setDraft] = useState('');

  function add() {
    const tag = draft.trim();
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setDraft('');
  }

  return (
    <fieldset className="grid gap-2 border border-rule p-3">
      <legend className={label}>Emner</legend>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <button
              type="button"
              className={button}
              aria-label={`Fjern emnet ${tag}`}
              onClick={() => onChange(tags.filter((other) => other !== tag))}
            >
              {tag} ×
            </button>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <label htmlFor="nyt-emne" className="sr-only">
          Tilføj emne
        </label>
        <input
          id="nyt-emne"
          list="kendte-emner"
          className={input}
          placeholder="Skriv et emne og tryk Tilføj"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            // Enter adds the tag; it must not submit (and save) the whole article.
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
        />
        <datalist id="kendte-emner">
          {knownTags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <button type="button" className={button} onClick={add}>
          Tilføj
        </button>
      </div>
    </fieldset>
  );
}
