import 'server-only';

import { revalidateTag, unstable_cache } from 'next/cache';
import { connection } from 'next/server';

// The one place public data is cached and invalidated.
//
// Reads: `cached()` wraps a query function in Next's data cache under the given tags, so a cache hit never touches
// SQLite. It first calls `connection()`, which marks whatever calls it as request-time: a build therefore never
// runs a query and never bakes database content into a page, and an empty checkout builds without a database.
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
    await connection();
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
