import type { ReactNode } from 'react';

import type { ArticleContent } from '@/domain/article/content';

// The article editor's shared look: class names and the labelled field.

export const label = 'text-sm font-semibold';
export const input = 'w-full border border-neutral-500 bg-white px-3 py-2';
export const button =
  'border border-neutral-500 bg-white px-3 py-2 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-50';
export const primary = 'bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-50';

export function Field({
  id,
  text,
  children,
  hint,
}: {
  id: string;
  text: string;
  children: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className={label}>
        {text}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Updates one field of the article's content (and marks the editor dirty). */
export type UpdateContent = <K extends keyof ArticleContent>(key: K, value: ArticleContent[K]) => void;
