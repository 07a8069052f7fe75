import { danishSpellings, searchTerms } from './query';

// Marking a search's words in a hit's title and cutting a snippet around them, for the 15 hits a result page
// shows. FTS5's highlight() and snippet() do this too, but they evaluate the whole MATCH expression again for every
// hit, and a common prefix stands for dozens of words (db/queries/search.ts): at 300,000 articles that cost 15–30
// ms a page. Here the words are matched the way the index matches them — the same cut into words as FTS5's
// unicode61 tokenizer, case-folded, a word of three letters or more as a prefix, both Danish spellings — against the
// indexed text itself.

/** Where a marked word starts and ends; the result page turns these into <mark>. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

const WORD = /[\p{L}\p{N}\p{Co}]+/gu;
/** Words of this length or more match as prefixes (as in domain/search/query.ts). */
const MIN_PREFIX_LENGTH = 3;

export type WordMatcher = (word: string) => boolean;

/** For each word of the query, whether a word of a text (any case) is one it matches. */
export function termMatchers(query: string): WordMatcher[] {
  return searchTerms(query).map((term) => {
    const spellings = danishSpellings(term);
    if (term.length < MIN_PREFIX_LENGTH) return (word) => spellings.includes(word.toLowerCase());
    return (word) => {
      const folded = word.toLowerCase();
      return spellings.some((prefix) => folded.startsWith(prefix));
    };
  });
}

/** Whether a word of a text (any case) is one the query matches. */
export function queryMatcher(query: string): WordMatcher {
  const matchers = termMatchers(query);
  return (word) => matchers.some((matches) => matches(word));
}

type Token = { start: number; end: number; match: boolean };

function tokens(text: string, matches: WordMatcher): Token[] {
  return [...text.matchAll(WORD)].map((found) => ({
    start: found.index,
    end: found.index + found[0].length,
    match: matches(found[0]),
  }));
}

function marked(text: string, list: Token[], from: number, to: number): string {
  let out = '';
  let cursor = from;
  for (const token of list) {
    if (!token.match || token.start < from || token.end > to) continue;
    out += `${text.slice(cursor, token.start)}${MARK_START}${text.slice(token.start, token.end)}${MARK_END}`;
    cursor = token.end;
  }
  return out + text.slice(cursor, to);
}

/** The whole text with every matched word marked. */
export function highlight(text: string, matches: WordMatcher): string {
  return marked(text, tokens(text, matches), 0, text.length);
}

/**
 * About `size` words of the text around its densest run of matched words (the first such run), with those marked
 * and '…' where text was left out. The text from its start when nothing matches.
 */
export function snippet(text: string, matches: WordMatcher, size = 24): string {
  const list = tokens(text, matches);
  if (list.length === 0) return text;
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i]!.match) count++;
    if (i >= size && list[i - size]!.match) count--;
    const start = Math.max(0, i - size + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Start a few words before the first match in the window, so it is read in context.
  const firstMatch = list.findIndex((token, index) => index >= best && token.match);
  const start = firstMatch === -1 ? 0 : Math.max(0, Math.min(best, firstMatch - 3));
  const end = Math.min(list.length, start + size);
  const from = start === 0 ? 0 : list[start]!.start;
  const to = end === list.length ? text.length : list[end - 1]!.end;
  return `${from > 0 ? '…' : ''}${marked(text, list, from, to)}${to < text.length ? '…' : ''}`;
}
