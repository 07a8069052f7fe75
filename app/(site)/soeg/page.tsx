import type { Metadata } from 'next';
import Link from 'next/link';

import { COPY } from '@/copy/site';
import { MarkedText } from '@/components/site/marked-text';
import { NotFoundMessage } from '@/components/site/not-found-message';
import { Pagination } from '@/components/site/pagination';
import { PublishedTime } from '@/components/site/published-time';
import { WithSidebar } from '@/components/site/with-sidebar';
import { SelectField } from '@/components/ui/select-field';
import { getSections } from '@/db/queries/listings';
import { SEARCH_PERIODS, searchArticles, type SearchPeriod } from '@/db/queries/search';
import { pageMetadata } from '@/domain/seo/metadata';
import { parsePageParam } from '@/domain/params';
import { MAX_QUERY_LENGTH, searchTerms } from '@/domain/search/query';

type SearchParams = {
  q?: string | string[];
  sektion?: string | string[];
  periode?: string | string[];
  side?: string | string[];
};

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

// Result pages are never indexed: they are an endless set of thin pages made of other pages' text.
export const metadata: Metadata = pageMetadata({
  title: COPY.searchTitle,
  description: COPY.searchDescription,
  path: '/soeg',
  noindex: true,
});

/** The query as the page repeats it: a long paste is shortened (the search box still holds all of it). */
const echo = (q: string) => (q.length > 80 ? `${q.slice(0, 80)}…` : q);

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const q = single(params.q).slice(0, MAX_QUERY_LENGTH).trim();
  const sections = await getSections();
  // Unknown filter values are ignored rather than refused: they come from old links as often as from tampering.
  const section = sections.find((s) => s.slug === single(params.sektion))?.slug;
  const periodParam = single(params.periode);
  const period = periodParam in SEARCH_PERIODS ? (periodParam as SearchPeriod) : undefined;
  const page = parsePageParam(params.side);
  // A malformed ?side= was answered 404 by proxy.ts, so the page says so itself (notFound() sends an empty page).
  if (page === null) return <NotFoundMessage />;

  const hasWords = searchTerms(q).length > 0;
  const results = hasWords ? await searchArticles({ q, section, period, page }) : null;
  // A page past the last one: the message, with the status the front layer gives it (scripts/http-front.cjs).
  if (hasWords && !results) return <NotFoundMessage />;

  const query: Record<string, string> = { q };
  if (section) query.sektion = section;
  if (period) query.periode = period;

  return (
    <WithSidebar>
      <h1 className="text-3xl font-extrabold sm:text-4xl">{COPY.searchTitle}</h1>
      <form
        action="/soeg"
        method="get"
        role="search"
        className="mt-4 grid gap-3 border-b-2 border-ink pb-6 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
      >
        <div className="grid gap-1">
          <label htmlFor="soeg-q" className="text-sm font-semibold">
            {COPY.searchLabel}
          </label>
          <input
            id="soeg-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={MAX_QUERY_LENGTH}
            className="w-full border border-neutral-500 px-3 py-2 text-lg"
          />
        </div>
        <SelectField
          id="soeg-sektion"
          name="sektion"
          label={COPY.searchSection}
          allLabel={COPY.searchAllSections}
          value={section}
          options={sections.map((s) => ({ value: s.slug, label: s.name }))}
        />
        <SelectField
          id="soeg-periode"
          name="periode"
          label={COPY.searchPeriod}
          allLabel={COPY.searchAnyTime}
          value={period}
          options={Object.entries(SEARCH_PERIODS).map(([value, { label }]) => ({ value, label }))}
        />
        <button type="submit" className="bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark">
          {COPY.searchSubmit}
        </button>
      </form>

      <div className="mt-6">
        {results?.rebuilding ? (
          <p role="status" className="mb-4 border-l-4 border-brand bg-neutral-100 px-4 py-3 text-sm">
            {COPY.searchRebuilding}
          </p>
        ) : null}
        {!q ? (
          <p className="text-muted">{COPY.searchEmpty}</p>
        ) : !results ? (
          <p className="text-muted">{COPY.searchNoWords}</p>
        ) : results.total === 0 ? (
          <div>
            <p className="text-lg font-semibold">{COPY.searchNoHits(echo(q))}</p>
            <p className="mt-1 text-muted">{COPY.searchNoHitsHelp}</p>
          </div>
        ) : (
          <>
            <p className="text-sm text-muted" aria-live="polite">
              {results.capped
                ? COPY.searchResultsCapped(results.total, echo(q))
                : COPY.searchResults(results.total, echo(q))}
            </p>
            <ol className="mt-4 divide-y divide-rule">
              {results.hits.map((hit) => (
                <li key={hit.id} className="py-4">
                  <article>
                    <p className="text-xs font-bold uppercase tracking-wide text-brand">
                      {hit.kind === 'sponsored' && hit.sponsor ? COPY.sponsoredBy(hit.sponsor) : hit.section.name}
                    </p>
                    <h2 className="text-xl font-bold leading-snug">
                      <Link href={hit.path} className="hover:underline">
                        <MarkedText text={hit.titleMarked} />
                      </Link>
                    </h2>
                    <p className="mt-1 text-neutral-800">
                      <MarkedText text={hit.snippet} />
                    </p>
                    <p className="mt-1 text-xs text-muted">
                      <PublishedTime value={hit.publishedAt} />
                    </p>
                  </article>
                </li>
              ))}
            </ol>
            <Pagination basePath="/soeg" page={results.page} pageCount={results.pageCount} query={query} />
          </>
        )}
      </div>
    </WithSidebar>
  );
}
