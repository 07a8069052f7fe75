import type { ReactNode } from 'react';

import type { ArticleContent } from '@/domain/article/content';
import { label } from '../form-classes';

// The article editor's labelled field.

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
