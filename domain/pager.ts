// Which page links a pager shows. A listing of 20,000 pages must not link every one of them (the page would weigh
// megabytes and take as long to render as to query): the first and last page, the current one and a few on each
// side, with a gap marker where pages are left out.

export type PagerItem = number | 'gap';

/** Pages around the current one that get a link of their own, on each side. */
export const PAGER_REACH = 2;

export function pagerItems(page: number, pageCount: number, reach = PAGER_REACH): PagerItem[] {
  if (pageCount <= 1) return [];
  const from = Math.max(1, page - reach);
  const to = Math.min(pageCount, page + reach);
  const items: PagerItem[] = [];
  if (from > 1) items.push(1);
  // A gap of a single page is shown as that page: "1 2 3" rather than "1 … 3".
  if (from === 3) items.push(2);
  else if (from > 3) items.push('gap');
  for (let n = from; n <= to; n++) items.push(n);
  if (to === pageCount - 2) items.push(pageCount - 1);
  else if (to < pageCount - 2) items.push('gap');
  if (to < pageCount) items.push(pageCount);
  return items;
}
