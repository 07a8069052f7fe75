// Turning what a reader types into a safe FTS5 query.
//
// Nothing the reader types is passed to FTS5 as syntax: the input is reduced to words (letters and digits), each
// word is quoted, so quotes, `*`, `NEAR`, `AND`/`OR`/`NOT`, column filters and unbalanced parentheses are just
// text. Each word of three or more letters matches as a prefix ("sikker" finds "sikkerhed"; shorter ones only
// whole), all words must match, and Danish spellings
// are folded both ways: "koebenhavn" and "københavn" find the same articles.

export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;
/** Words shorter than this match only as whole words. */
const MIN_PREFIX_LENGTH = 3;
/** Each ae/oe/aa in a word doubles its variants; beyond this many only the first ones are expanded. */
const MAX_EXPANDED_PAIRS = 4;

const TO_ASCII: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe' };
const FROM_ASCII: Record<string, string> = { ae: 'æ', oe: 'ø', aa: 'å' };

/** The words of a query, lower-cased, without repeats; empty for input with no letters or digits. */
export function searchTerms(raw: string): string[] {
  const words =
    raw
      .slice(0, MAX_QUERY_LENGTH)
      // "å" typed as "a" + a combining ring (NFD) is one letter, not a word break.
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** All spellings of a word with æ/ø/å written either as letters or as ae/oe/aa. */
export function danishSpellings(word: string): string[] {
  const ascii = word.replace(/[æøåäö]/g, (char) => TO_ASCII[char] ?? char);
  const pairs = [...ascii.matchAll(/ae|oe|aa/g)].slice(0, MAX_EXPANDED_PAIRS);
  const spellings = new Set<string>([word]);
  for (let mask = 0; mask < 1 << pairs.length; mask += 1) {
    let result = '';
    let cursor = 0;
    pairs.forEach((pair, bit) => {
      const at = pair.index ?? 0;
      if (at < cursor) return; // overlapping pairs such as "aae"
      result += ascii.slice(cursor, at) + (mask & (1 << bit) ? FROM_ASCII[pair[0]]! : pair[0]);
      cursor = at + 2;
    });
    spellings.add(result + ascii.slice(cursor));
  }
  return [...spellings];
}

/** An FTS5 MATCH expression for the query, or null when there is nothing to search for. */
export function buildFtsQuery(raw: string): string | null {
  const terms = searchTerms(raw);
  if (terms.length === 0) return null;
  return (
    terms
      // Short words match whole: "a", "og" or "ai" as prefixes would find nearly every article.
      .map(
        (term) =>
          `(${danishSpellings(term)
            .map((spelling) => `"${spelling}"${term.length >= MIN_PREFIX_LENGTH ? '*' : ''}`)
            .join(' OR ')})`,
      )
      .join(' AND ')
  );
}

/** Words a prefix may stand for, at most this many per spelling (a three-letter prefix can start hundreds). */
export const MAX_PREFIX_WORDS = 500;

/**
 * The query's words as FTS5 MATCH groups in which every prefix is spelled out as the indexed words it starts
 * (`expand` lists them, e.g. from the index's vocabulary): "digi" becomes ("digital" OR "digitale" OR …). FTS5 can
 * read such a group lazily, newest first, and stop after the matches a page needs, where a prefix query
 * (`"digi"*`) first merges the lists of every word it starts, in full. All groups must match (AND). Null when
 * there is nothing to search for; a group is empty (`complete` false too) when its word starts no indexed word.
 * `complete` is false when a prefix stood for more words than MAX_PREFIX_WORDS and only the first were taken.
 * `whole` is the word itself (in both spellings), not as a prefix.
 */
export function expandedFtsGroups(
  raw: string,
  expand: (prefix: string) => string[],
): { group: string; complete: boolean; whole: string }[] | null {
  const terms = searchTerms(raw);
  if (terms.length === 0) return null;
  return terms.map((term) => {
    const words = new Set<string>();
    let complete = true;
    for (const spelling of danishSpellings(term)) {
      if (term.length < MIN_PREFIX_LENGTH) {
        words.add(spelling);
        continue;
      }
      const found = expand(spelling);
      if (found.length >= MAX_PREFIX_WORDS) complete = false;
      for (const word of found) words.add(word);
    }
    const either = (list: Iterable<string>) =>
      `(${[...list].map((word) => `"${word.replaceAll('"', '""')}"`).join(' OR ')})`;
    return {
      group: words.size ? either(words) : '',
      complete: complete && words.size > 0,
      whole: either(danishSpellings(term)),
    };
  });
}
