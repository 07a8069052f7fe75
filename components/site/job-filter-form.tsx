import Link from 'next/link';

import { SelectField } from '@/components/ui/select-field';
import type { JobBoard } from '@/db/queries/jobs';
import { DIRECTORY_COPY } from '@/copy/directory';

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
      <SelectField
        id="job-region"
        name="region"
        label={DIRECTORY_COPY.jobRegion}
        allLabel={DIRECTORY_COPY.jobAllRegions}
        value={board.region}
        options={board.regions.map((region) => ({
          value: region.name,
          label: DIRECTORY_COPY.withCount(region.name, region.count),
        }))}
      />
      <SelectField
        id="job-virksomhed"
        name="virksomhed"
        label={DIRECTORY_COPY.jobCompany}
        allLabel={DIRECTORY_COPY.jobAllCompanies}
        value={board.company}
        options={board.companies.map((company) => ({
          value: company.slug,
          label: DIRECTORY_COPY.withCount(company.name, company.count),
        }))}
      />
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
