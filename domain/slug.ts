// Danish-aware slugs: æ→ae, ø→oe, å→aa (the Danish convention), other accents folded, everything else dropped.
const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export const MAX_SLUG_LENGTH = 80;

/** Path segments that can never be an article, section or author slug because the site uses them itself. */
export const RESERVED_SLUGS = new Set([
  'admin',
  'api',
  'soeg',
  'tag',
  'skribent',
  'job',
  'navnenyt',
  'virksomhed',
  'annonceindlaeg',
  'medier',
  'forside',
  'sitemaps',
  'rss.xml',
  'sitemap.xml',
  'news-sitemap.xml',
  'robots.txt',
  '_next',
  'favicon.ico',
]);

export function slugify(input: string): string {
  const slug = input
    .toLowerCase()
    .replace(/[æøåäöüß]/g, (char) => DANISH[char] ?? char)
    // Programming languages and products keep apart: C, C++ and C# are three tags, not one ("c", "c-plus-plus",
    // "c-sharp"); "Disney+" is "disney-plus". A leading "#" (a hashtag) is dropped like other punctuation.
    .replace(/\+/g, ' plus ')
    .replace(/([a-z0-9])#/g, '$1 sharp ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary so a long headline doesn't end in half a word.
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.has(slug);
}

/** `base`, or `base-2`, `base-3` … : the first that `isTaken` does not claim (companies, Navnenyt entries). */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  const root = base || 'x';
  let slug = root;
  for (let n = 2; isTaken(slug) || isReservedSlug(slug); n += 1)
    slug = `${root.slice(0, MAX_SLUG_LENGTH - String(n).length - 1)}-${n}`;
  return slug;
}
