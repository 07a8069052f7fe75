'use client';

import { useEffect, useState, useTransition } from 'react';

import { pickerSearchAction } from '@/server/actions/articles';
import { input } from '../form-classes';

export type Pick = { id: number; title: string; path: string };

/** Searches published articles by title and hands the chosen one back. */
export function RelatedPicker({
  label: text,
  excludeId,
  onPick,
}: {
  label: string;
  excludeId?: number;
  onPick: (pick: Pick) => void;
}) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Pick[]>([]);
  const [searching, startSearch] = useTransition();
  const id = `soeg-${text.replace(/\W+/g, '-').toLowerCase()}`;

  useEffect(() => {
    if (query.trim().length < 2) return;
    const timer = window.setTimeout(() => {
      startSearch(async () => setResults(await pickerSearchAction(query, excludeId)));
    }, 250);
    return () => window.clearTimeout(timer);
  }, [excludeId, query]);

  const shown = query.trim().length < 2 ? [] : results;

  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {text}
      </label>
      <input
        id={id}
        type="search"
        className={input}
        placeholder="Søg efter titel"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        // The search is live; Enter must not submit (and save) the article.
        onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
      />
      {searching ? <p className="text-xs text-muted">Søger …</p> : null}
      {shown.length > 0 ? (
        <ul className="grid gap-1 border border-rule bg-white p-2 text-sm">
          {shown.map((result) => (
            <li key={result.id}>
              <button
                type="button"
                className="text-left underline hover:text-brand"
                onClick={() => {
                  onPick(result);
                  setQuery('');
                  setResults([]);
                }}
              >
                {result.title}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
