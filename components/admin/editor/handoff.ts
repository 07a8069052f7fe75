'use client';

import type { MediaSummary } from '@/db/queries/media';
import type { ArticleContent } from '@/domain/article/content';
import type { RelatedTarget } from '@/domain/markdown';
import type { SaveState } from './use-article-save';

// A new article is created at the first pause in typing and edited on in place under its own address. Right after
// creating it the editor refreshes the page, and Next renders the page for the new address: the article's own editor
// page, a new component. So that nothing typed meanwhile is lost and the cursor stays where it was, the new article's editor
// keeps its state here (in this tab's memory) and the article page's editor starts from it, provided the stored
// article has not moved on since.

export type Handoff = {
  version: number;
  content: ArticleContent;
  save: SaveState;
  slugTouched: boolean;
  topImage: MediaSummary | null;
  known: [number, RelatedTarget][];
  /** The focused field and its selection, kept up to date while the user types and moves the cursor. */
  focus: { id: string; start: number | null; end: number | null } | null;
};

/** How long a handoff waits for the article's page (the re-render comes right after the draft is created). */
const FRESH_MS = 60_000;

const handoffs = new Map<number, Handoff & { at: number }>();

export function offerHandoff(id: number, handoff: Omit<Handoff, 'focus'>) {
  handoffs.set(id, { ...handoff, focus: handoffs.get(id)?.focus ?? null, at: Date.now() });
}

/** Records where the cursor is in the editor of article `id`, if it is handing off. */
export function noteFocus(id: number) {
  const entry = handoffs.get(id);
  const element = document.activeElement;
  if (!entry || !(element instanceof HTMLElement) || !element.id) return;
  const field = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element : null;
  entry.focus = { id: element.id, start: field?.selectionStart ?? null, end: field?.selectionEnd ?? null };
}

/** The state the article's editor starts from: the new article's editor's, if it is for this stored version. */
export function findHandoff(id: number, version: number): Handoff | null {
  const entry = handoffs.get(id);
  if (!entry || entry.version !== version || Date.now() - entry.at > FRESH_MS) return null;
  return entry;
}

/**
 * Once the article's editor has mounted: forgets the handoff and returns its latest state, which holds anything
 * typed into the new article's editor after the article's editor first rendered (the caller takes it over), then
 * puts the cursor back where it was.
 */
export function completeHandoff(id: number, handoff: Handoff): Handoff {
  const latest = handoffs.get(id) ?? handoff;
  handoffs.delete(id);
  const focus = latest.focus;
  const element = focus ? document.getElementById(focus.id) : null;
  if (!focus || !element) return latest;
  element.focus();
  if ((element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && focus.start !== null) {
    element.setSelectionRange(focus.start, focus.end ?? focus.start);
  }
  return latest;
}
