import Link from 'next/link';

import { pagerItems } from '@/domain/pager';
import { COPY } from '@/copy/site';

/**
 * Numbered pager using `?side=N`; page 1 has no `side` so it has one URL. Other query parameters (a search, its
 * filters) are kept. Long listings show the first and last page and a window around the current one (domain/pager.ts).
 */
export function Pagination({
  basePath,
  page,
  pageCount,
  query = {},
}: {
  basePath: string;
  page: number;
  pageCount: number;
  query?: Record<string, string>;
}) {
  if (pageCount <= 1) return null;
  const href = (n: number) => {
    const params = new URLSearchParams(query);
    if (n > 1) params.set('side', String(n));
    const search = params.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  return (
    <nav aria-label={COPY.pagination} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className="block border border-rule px-3 py-2 hover:border-brand">
              {COPY.previousPage}
            </Link>
          </li>
        ) : null}
        {pagerItems(page, pageCount).map((n, index) => (
          <li key={n === 'gap' ? `gap-${index}` : n} aria-hidden={n === 'gap' ? true : undefined}>
            {n === 'gap' ? (
              <span className="block px-1 py-2 text-muted">…</span>
            ) : n === page ? (
              <span aria-current="page" className="block bg-ink px-3 py-2 font-bold text-white">
                <span className="sr-only">{COPY.page(n)}</span>
                <span aria-hidden="true">{n}</span>
              </span>
            ) : (
              <Link
                href={href(n)}
                aria-label={COPY.page(n)}
                className="block border border-rule px-3 py-2 hover:border-brand"
              >
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next" className="block border border-rule px-3 py-2 hover:border-brand">
              {COPY.nextPage}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
