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
  const words = raw.slice(0, MAX_QUERY_LENGTH).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
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
  return terms
    // Short words match whole: "a", "og" or "ai" as prefixes would find nearly every article.
    .map((term) => `(${danishSpellings(term).map((spelling) => `"${spelling}"${term.length >= MIN_PREFIX_LENGTH ? '*' : ''}`).join(' OR ')})`)
    .join(' AND ');
}
