import { diffArrays } from 'diff';

import { ARTICLE_LIST_LIMITS, type ArticleContent } from '@/domain/article/content';
import { slugify } from '@/domain/slug';

// Three-way merge of an article's content, for a save based on a version someone else has saved over since
// (docs/decisions/0017-merging-stale-saves.md). `base` is the version the save started from, `theirs` the version
// now stored, `mine` the save. Field by field: a field only one side changed takes that side's value, a field both
// changed to the same value is fine, and a field both changed differently is a conflict, unless it can be merged
// more finely: the body line by line (non-overlapping paragraph edits by both sides are both kept), the topics as a
// set, the byline and the related articles as lists neither side reordered.

export type ContentField = keyof ArticleContent;
export type MergeSide = 'mine' | 'theirs';

/**
 * A text after a line merge, as runs of lines: runs both sides agree on (merged), and passages both changed
 * differently. Lines, not strings, so a side that deleted a passage leaves no stray line break when chosen.
 */
export type TextChunk =
  { kind: 'same'; lines: string[] } | { kind: 'conflict'; base: string[]; mine: string[]; theirs: string[] };

export type ArticleMerge = {
  /** The merged content; a conflicting field holds my value (my side of each conflicting passage) until resolved. */
  content: ArticleContent;
  /** Fields both sides changed differently and that could not be merged, in the form's order. */
  conflicts: ContentField[];
  /** Fields whose merged value brings in the other side's change (it differs from mine). */
  fromTheirs: ContentField[];
};

/** Every content field, in the editor form's order. */
export const CONTENT_FIELDS: readonly ContentField[] = [
  'title',
  'slug',
  'lead',
  'body',
  'kind',
  'sponsor',
  'sectionId',
  'topImageId',
  'seoTitle',
  'seoDescription',
  'authorIds',
  'tags',
  'relatedIds',
];

// ---------------------------------------------------------------------------------------------------------------
// Text, line by line (diff3)

/** A change one side made to the base: base lines [start, end) replaced by `lines`. */
type Hunk = { side: MergeSide; start: number; end: number; lines: string[] };

/** The changes from `base` to `other` as hunks over the base's lines (jsdiff's array diff finds them). */
function hunks(side: MergeSide, base: string[], other: string[]): Hunk[] {
  const found: Hunk[] = [];
  let at = 0;
  let open: Hunk | null = null;
  for (const part of diffArrays(base, other)) {
    if (!part.added && !part.removed) {
      if (open) found.push(open);
      open = null;
      at += part.value.length;
      continue;
    }
    open ??= { side, start: at, end: at, lines: [] };
    if (part.removed) {
      at += part.value.length;
      open.end = at;
    } else {
      open.lines.push(...part.value);
    }
  }
  if (open) found.push(open);
  return found;
}

/**
 * Whether `next` (sorted after the group's hunks) collides with the group: it starts inside the group's range, or
 * both insert at the same point (which one would come first is anybody's guess). Edits that merely touch, an
 * insertion right before or after a changed line, are not a collision: their order is clear.
 */
function collides(group: Hunk[], end: number, next: Hunk): boolean {
  if (next.start < end) return true;
  return next.start === next.end && group.some((hunk) => hunk.start === hunk.end && hunk.start === next.start);
}

/** One side's lines for the base range [start, end), with that side's hunks in the range applied. */
function sideLines(base: string[], group: Hunk[], side: MergeSide, start: number, end: number): string[] {
  const out: string[] = [];
  let at = start;
  for (const hunk of group) {
    if (hunk.side !== side) continue;
    out.push(...base.slice(at, hunk.start), ...hunk.lines);
    at = hunk.end;
  }
  out.push(...base.slice(at, end));
  return out;
}

/**
 * Merges two edits of a text line by line (a paragraph of Markdown is a line). Passages only one side changed, or
 * both changed alike, are merged; passages both changed differently (overlapping line ranges) become conflicts.
 */
export function mergeText(base: string, mine: string, theirs: string): TextChunk[] {
  const baseLines = base.split('\n');
  const all = [...hunks('mine', baseLines, mine.split('\n')), ...hunks('theirs', baseLines, theirs.split('\n'))].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );

  const chunks: TextChunk[] = [];
  let lines: string[] = [];
  let at = 0;
  for (let next = all.shift(); next;) {
    const group = [next];
    const start = next.start;
    let end = next.end;
    for (next = all.shift(); next && collides(group, end, next); next = all.shift()) {
      group.push(next);
      end = Math.max(end, next.end);
    }
    lines.push(...baseLines.slice(at, start));
    at = end;
    const mineLines = sideLines(baseLines, group, 'mine', start, end);
    const theirLines = sideLines(baseLines, group, 'theirs', start, end);
    const bothSides = group.some((hunk) => hunk.side === 'mine') && group.some((hunk) => hunk.side === 'theirs');
    if (!bothSides || mineLines.join('\n') === theirLines.join('\n')) {
      lines.push(...(bothSides || group[0]?.side === 'mine' ? mineLines : theirLines));
      continue;
    }
    if (lines.length) chunks.push({ kind: 'same', lines });
    lines = [];
    chunks.push({ kind: 'conflict', base: baseLines.slice(start, end), mine: mineLines, theirs: theirLines });
  }
  lines.push(...baseLines.slice(at));
  if (lines.length) chunks.push({ kind: 'same', lines });
  return chunks;
}

export const hasConflicts = (chunks: TextChunk[]) => chunks.some((chunk) => chunk.kind === 'conflict');

/** The merged text with every conflicting passage taken from `side`. */
export function resolveText(chunks: TextChunk[], side: MergeSide): string {
  return chunks.flatMap((chunk) => (chunk.kind === 'same' ? chunk.lines : chunk[side])).join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Lists

/** Topics are a set (the site lists them by name), the same topic whatever its spelling (its slug). */
function mergeTags(base: string[], theirs: string[], mine: string[]): string[] | null {
  const baseKeys = new Set(base.map(slugify));
  const theirKeys = new Set(theirs.map(slugify));
  const merged = mine.filter((tag) => !(baseKeys.has(slugify(tag)) && !theirKeys.has(slugify(tag))));
  for (const tag of theirs) {
    const key = slugify(tag);
    if (!baseKeys.has(key) && !merged.some((kept) => slugify(kept) === key)) merged.push(tag);
  }
  return merged.length <= ARTICLE_LIST_LIMITS.tags ? merged : null;
}

/** Whether `side` changed the order of the items it kept from `base`. */
function reordered(base: number[], side: number[]): boolean {
  const kept = side.filter((item) => base.includes(item));
  return base.filter((item) => side.includes(item)).some((item, index) => kept[index] !== item);
}

/**
 * The byline and the related articles are ordered. Additions and removals by both sides merge (theirs added after
 * mine); a reordering by either side is a deliberate order the other's list cannot be fitted into, so a conflict.
 */
function mergeOrdered(base: number[], theirs: number[], mine: number[], limit: number): number[] | null {
  if (reordered(base, mine) || reordered(base, theirs)) return null;
  const merged = mine.filter((item) => !(base.includes(item) && !theirs.includes(item)));
  for (const item of theirs) if (!base.includes(item) && !merged.includes(item)) merged.push(item);
  return merged.length <= limit ? merged : null;
}

// ---------------------------------------------------------------------------------------------------------------
// The article

const plain = (value: string | null) => (value ?? '').normalize('NFC').trim();

/**
 * A field's value as compared: what the save would store. Short texts are trimmed and an empty one is no value
 * (the save does the same), a sponsor only counts on sponsored content, topics by their slugs in any order.
 */
function comparable(field: ContentField, content: ArticleContent): string {
  switch (field) {
    case 'body':
      return content.body.normalize('NFC');
    case 'sponsor':
      return content.kind === 'sponsored' ? plain(content.sponsor) : '';
    case 'tags':
      return JSON.stringify([...new Set(content.tags.map(slugify).filter(Boolean))].sort());
    case 'authorIds':
    case 'relatedIds':
      return JSON.stringify(content[field]);
    case 'kind':
    case 'sectionId':
    case 'topImageId':
      return String(content[field]);
    default:
      return plain(content[field]);
  }
}

const same = (field: ContentField, a: ArticleContent, b: ArticleContent) =>
  comparable(field, a) === comparable(field, b);

/** A field both sides changed differently, merged finely where the field allows; null when it cannot be. */
function mergeBoth<K extends ContentField>(
  field: K,
  base: ArticleContent,
  theirs: ArticleContent,
  mine: ArticleContent,
): ArticleContent[K] | null {
  switch (field) {
    case 'body': {
      const chunks = mergeText(base.body.normalize('NFC'), mine.body.normalize('NFC'), theirs.body.normalize('NFC'));
      return (hasConflicts(chunks) ? null : resolveText(chunks, 'mine')) as ArticleContent[K] | null;
    }
    case 'tags':
      return mergeTags(base.tags, theirs.tags, mine.tags) as ArticleContent[K] | null;
    case 'authorIds':
    case 'relatedIds': {
      const list = field as 'authorIds' | 'relatedIds';
      return mergeOrdered(base[list], theirs[list], mine[list], ARTICLE_LIST_LIMITS[list]) as ArticleContent[K] | null;
    }
    default:
      return null;
  }
}

/**
 * Merges my save into the version now stored. Without a base (its revision could not be read) nothing can be told
 * about who changed what, so every field the two versions disagree on is a conflict.
 */
export function mergeArticle(base: ArticleContent | null, theirs: ArticleContent, mine: ArticleContent): ArticleMerge {
  const content: ArticleContent = { ...mine };
  const conflicts: ContentField[] = [];
  const fromTheirs: ContentField[] = [];
  const take = <K extends ContentField>(field: K, value: ArticleContent[K]) => {
    content[field] = value;
    if (comparable(field, content) !== comparable(field, mine)) fromTheirs.push(field);
  };
  for (const field of CONTENT_FIELDS) {
    if (same(field, mine, theirs)) continue;
    if (base && same(field, mine, base)) {
      take(field, theirs[field]);
      continue;
    }
    if (base && same(field, theirs, base)) continue;
    const merged = base ? mergeBoth(field, base, theirs, mine) : null;
    if (merged === null) conflicts.push(field);
    else take(field, merged);
  }
  // Their switch to sponsored content brings their sponsor along, unless I set one myself.
  if (content.kind === 'sponsored' && !plain(content.sponsor) && plain(theirs.sponsor)) take('sponsor', theirs.sponsor);
  return { content, conflicts, fromTheirs };
}

/** The body's line merge, for showing a body conflict passage by passage. */
export function bodyChunks(base: ArticleContent | null, theirs: ArticleContent, mine: ArticleContent): TextChunk[] {
  if (!base) return [{ kind: 'conflict', base: [], mine: mine.body.split('\n'), theirs: theirs.body.split('\n') }];
  return mergeText(base.body.normalize('NFC'), mine.body.normalize('NFC'), theirs.body.normalize('NFC'));
}

/**
 * The merge with every conflict settled by `choices`: a field takes the chosen side's value; the body takes the
 * chosen side's text in each conflicting passage and keeps both sides' changes elsewhere. A conflict without a
 * choice keeps mine.
 */
export function resolveMerge(
  base: ArticleContent | null,
  theirs: ArticleContent,
  mine: ArticleContent,
  choices: Partial<Record<ContentField, MergeSide>>,
): ArticleContent {
  const { content, conflicts } = mergeArticle(base, theirs, mine);
  const resolved: ArticleContent = { ...content };
  for (const field of conflicts) {
    const side = choices[field] ?? 'mine';
    if (field === 'body') resolved.body = resolveText(bodyChunks(base, theirs, mine), side);
    else Object.assign(resolved, { [field]: (side === 'mine' ? mine : theirs)[field] });
  }
  return resolved;
}
