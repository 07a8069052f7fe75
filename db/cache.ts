import 'server-only';

import { revalidateTag, unstable_cache } from 'next/cache';
import { connection } from 'next/server';

// The one place public data is cached and invalidated.
//
// Reads: `cached()` wraps a query function in Next's data cache under the given tags, so a cache hit never touches
// SQLite. Pages that read through it are either generated on their first request and kept whole in the route
// cache (article and front pages: their routes have parameters and no prebuilt ones), or rendered per request
// from the data cache (listings, which read `?side=`). Either way the route cache entry carries the tags of
// every query it used, so expiring a tag also expires the pages built from it.
//
// A build must never run a query (it would bake database content into HTML, and an empty checkout has no
// database): during `next build`, `cached()` calls `connection()`, which turns any route that would read data
// at build time into a request-time route instead.
//
// Writes: `invalidate()` expires tags immediately (not stale-while-revalidate), so the next request after a
// change sees it.
//
// Outside a Next server (unit tests, CLI scripts) there is no data cache: the query runs directly.
const insideNext = () => Boolean(process.env.NEXT_RUNTIME);

export function cached<Args extends unknown[], Result>(
  query: (...args: Args) => Promise<Result> | Result,
  keyParts: string[],
  tags: string[] | ((...args: Args) => string[]),
  options: { revalidate?: number } = {},
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    if (!insideNext()) return query(...args);
    if (process.env.NEXT_PHASE === 'phase-production-build') await connection();
    const tagList = typeof tags === 'function' ? tags(...args) : tags;
    return unstable_cache(async (...inner: Args) => query(...inner), keyParts, {
      tags: tagList,
      revalidate: options.revalidate ?? false,
    })(...args);
  };
}

export function invalidate(...tags: string[]): void {
  if (!insideNext()) return;
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
