// Validation of URL input before it reaches a query (and the data cache): junk never becomes a cache key.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_PARAM = 200;

export function isSlugParam(value: string): boolean {
  return value.length <= MAX_SLUG_PARAM && SLUG.test(value);
}

/** `?side=N`: 1 when absent, null when it is not a whole page number (the page answers 404). */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value) || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

/** A listing's `[slug]` and `?side=`, or null when either is junk (the page answers 404 without a query). */
export function listingParams(
  slug: string,
  side: string | string[] | undefined,
): { slug: string; page: number } | null {
  const page = parsePageParam(side);
  return isSlugParam(slug) && page !== null ? { slug, page } : null;
}

/**
 * `value` when it names one of `table`'s own keys, else undefined: a whitelist check that object built-ins
 * ("__proto__", "constructor", "toString") cannot pass, as they pass `value in table`.
 */
export function ownKey<K extends string>(table: Readonly<Record<K, unknown>>, value: unknown): K | undefined {
  return typeof value === 'string' && Object.hasOwn(table, value) ? (value as K) : undefined;
}

/** An admin route's `[id]`: a positive integer, or 0 (which matches nothing) for anything else. */
export function parseIdParam(value: string): number {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : 0;
}
