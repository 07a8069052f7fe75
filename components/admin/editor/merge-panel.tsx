'use client';

import { diffWordsWithSpace } from 'diff';
import { useState } from 'react';

import { ARTICLE_FIELD_LABELS, MERGE_COPY as COPY } from '@/copy/admin';
import type { ArticleContent } from '@/domain/article/content';
import { bodyChunks, mergeArticle, type ContentField, type MergeSide, type TextChunk } from '@/domain/article/merge';
import type { RelatedTarget } from '@/domain/markdown';
import { button, primary } from '../form-classes';
import type { EditorChoices } from './types';
import type { PendingMerge } from './use-article-save';

// A save that ran into a colleague's changes to the same fields: the conflicting fields side by side, mine against
// theirs with the differing words marked, and a choice per field. The list follows the form as the user types on
// (a field typed back to their value stops conflicting). Fields only one side changed are merged whatever is chosen.

type Props = {
  message: string;
  merge: PendingMerge;
  /** The form as it is now: my side. */
  mine: ArticleContent;
  choices: EditorChoices;
  related: ReadonlyMap<number, RelatedTarget>;
  pending: boolean;
  onResolve: (choices: Partial<Record<ContentField, MergeSide>>) => void;
};

export function MergePanel({ message, merge, mine, choices, related, pending, onResolve }: Props) {
  const [picked, setPicked] = useState<Partial<Record<ContentField, MergeSide>>>({});
  const { conflicts, fromTheirs } = mergeArticle(merge.base, merge.theirs, mine);
  const who = merge.by ?? COPY.colleague;
  const incoming = fromTheirs.filter((field) => !conflicts.includes(field));
  const complete = conflicts.every((field) => picked[field]);
  const show = (field: ContentField, content: ArticleContent) => display(field, content, choices, related);

  return (
    <section aria-labelledby="konflikt" className="grid gap-4 border-2 border-brand bg-red-50 p-4">
      <div>
        <h2 id="konflikt" className="font-extrabold text-brand-dark">
          {message}
        </h2>
        <p className="mt-1 text-sm">{COPY.intro}</p>
        {incoming.length ? (
          <p className="mt-1 text-sm">
            {COPY.theirsIncoming(who, incoming.map((field) => ARTICLE_FIELD_LABELS[field]).join(', '))}
          </p>
        ) : null}
      </div>
      <h3 className="sr-only">{COPY.heading}</h3>
      {conflicts.map((field) => (
        <fieldset key={field} className="grid gap-2 border border-rule bg-white p-3">
          <legend className="px-1 font-bold">{ARTICLE_FIELD_LABELS[field]}</legend>
          {field === 'body' ? (
            <BodyConflict chunks={bodyChunks(merge.base, merge.theirs, mine)} who={who} />
          ) : (
            <SideBySide mine={show(field, mine)} theirs={show(field, merge.theirs)} who={who} />
          )}
          <div className="flex flex-wrap gap-4 text-sm">
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side} className="flex items-center gap-2 font-semibold">
                <input
                  type="radio"
                  name={`flet-${field}`}
                  checked={picked[field] === side}
                  onChange={() => setPicked((previous) => ({ ...previous, [field]: side }))}
                />
                {side === 'mine' ? COPY.keepMine : COPY.useTheirs}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={primary} disabled={pending || !complete} onClick={() => onResolve(picked)}>
          {COPY.save}
        </button>
        {!complete ? <p className="text-sm">{COPY.chooseAll}</p> : null}
        <button type="button" className={button} onClick={() => window.location.reload()}>
          {COPY.discard}
        </button>
      </div>
    </section>
  );
}

/** Two versions of a value side by side, the words that differ marked in each. */
function SideBySide({ mine, theirs, who }: { mine: string; theirs: string; who: string }) {
  const parts = diffWordsWithSpace(theirs, mine);
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <Version title={COPY.mine}>
        {mine
          ? parts
              .filter((part) => !part.removed)
              .map((part, index) => <Run key={index} text={part.value} marked={part.added} />)
          : COPY.empty}
      </Version>
      <Version title={COPY.theirs(who)}>
        {theirs
          ? parts
              .filter((part) => !part.added)
              .map((part, index) => <Run key={index} text={part.value} marked={part.removed} />)
          : COPY.empty}
      </Version>
    </div>
  );
}

function Version({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="grid content-start gap-1">
      <p className="text-xs font-semibold uppercase text-muted">{title}</p>
      <div className="max-h-64 overflow-auto border border-neutral-300 bg-neutral-50 p-2 text-sm whitespace-pre-wrap">
        {children}
      </div>
    </div>
  );
}

const Run = ({ text, marked }: { text: string; marked: boolean }) =>
  marked ? <mark className="bg-yellow-200">{text}</mark> : <>{text}</>;

/** The body's conflicting passages only: everything else merges. */
function BodyConflict({ chunks, who }: { chunks: TextChunk[]; who: string }) {
  const passages = chunks.flatMap((chunk) => (chunk.kind === 'conflict' ? [chunk] : []));
  return (
    <div className="grid gap-3">
      <p className="text-sm">{COPY.bodyPassages(passages.length)}</p>
      {passages.map((passage, index) => (
        <div key={index} className="grid gap-1">
          {passages.length > 1 ? <p className="text-sm font-semibold">{COPY.passage(index + 1)}</p> : null}
          <SideBySide mine={passage.mine.join('\n')} theirs={passage.theirs.join('\n')} who={who} />
        </div>
      ))}
    </div>
  );
}

/** A field's value as the editor shows it: names for ids, lists joined. */
function display(
  field: ContentField,
  content: ArticleContent,
  choices: EditorChoices,
  related: ReadonlyMap<number, RelatedTarget>,
): string {
  switch (field) {
    case 'kind':
      return COPY.kinds[content.kind];
    case 'sectionId':
      return choices.sections.find((section) => section.id === content.sectionId)?.name ?? '';
    case 'topImageId':
      return content.topImageId === null ? COPY.noImage : COPY.image(content.topImageId);
    case 'authorIds':
      return content.authorIds
        .map((id) => choices.authors.find((author) => author.id === id)?.name ?? String(id))
        .join(', ');
    case 'relatedIds':
      return content.relatedIds.map((id) => related.get(id)?.title ?? COPY.unknownArticle(id)).join('\n');
    case 'tags':
      return content.tags.join(', ');
    default:
      return content[field] ?? '';
  }
}
