import Link from 'next/link';

import type { JobBoard } from '@/db/queries/jobs';
import { DIRECTORY_COPY } from './copy-directory';

/** The job board's filters: a plain GET form, so it works without JavaScript and every result has a URL. */
export function JobFilterForm({ board }: { board: JobBoard }) {
  const filtered = board.region !== null || board.company !== null;
  return (
    <form
      action="/job"
      method="get"
      aria-label={DIRECTORY_COPY.jobFilters}
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <div className="grid gap-1">
        <label htmlFor="job-region" className="text-sm font-semibold">
          {DIRECTORY_COPY.jobRegion}
        </label>
        <select id="job-region" name="region" defaultValue={board.region ?? ''} className="border border-neutral-500 bg-white px-2 py-2.5">
          <option value="">{DIRECTORY_COPY.jobAllRegions}</option>
          {board.regions.map((region) => (
            <option key={region.name} value={region.name}>
              {DIRECTORY_COPY.withCount(region.name, region.count)}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1">
        <label htmlFor="job-virksomhed" className="text-sm font-semibold">
          {DIRECTORY_COPY.jobCompany}
        </label>
        <select
          id="job-virksomhed"
          name="virksomhed"
          defaultValue={board.company ?? ''}
          className="border border-neutral-500 bg-white px-2 py-2.5"
        >
          <option value="">{DIRECTORY_COPY.jobAllCompanies}</option>
          {board.companies.map((company) => (
            <option key={company.slug} value={company.slug}>
              {DIRECTORY_COPY.withCount(company.name, company.count)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" className="bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark">
          {DIRECTORY_COPY.jobFilterSubmit}
        </button>
        {filtered ? (
          <Link href="/job" className="text-sm underline">
            {DIRECTORY_COPY.jobFilterReset}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
