import { diffWordsWithSpace } from 'diff';
import { ARTICLE_FIELD_LABELS } from '@/copy/admin';
import type { ArticleContent } from '@/domain/article/content';

// Differences between two revisions, field by field, as word-level changes (the `diff` package).

export type FieldDiff = { field: string; label: string; parts: { value: string; added: boolean; removed: boolean }[] };

const FIELDS = Object.entries(ARTICLE_FIELD_LABELS) as [keyof ArticleContent, string][];

const text = (value: unknown) =>
  Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value);

/** Only the fields that changed; each as a list of unchanged, added and removed runs of words. */
export function diffRevisions(older: ArticleContent, newer: ArticleContent): FieldDiff[] {
  return FIELDS.flatMap(([field, label]) => {
    const before = text(older[field]);
    const after = text(newer[field]);
    if (before === after) return [];
    return [
      {
        field,
        label,
        parts: diffWordsWithSpace(before, after).map((part) => ({
          value: part.value,
          added: Boolean(part.added),
          removed: Boolean(part.removed),
        })),
      },
    ];
  });
}
