import type { Metadata } from 'next';
import { cache } from 'react';

import { DIRECTORY_COPY } from '@/copy/directory';
import { JobFilterForm } from '@/components/site/job-filter-form';
import { JobList } from '@/components/site/job-list';
import { WithSidebar } from '@/components/site/with-sidebar';
import { getJobBoard } from '@/db/queries/jobs';
import { pageMetadata } from '@/domain/seo/metadata';
import { breadcrumbData } from '@/domain/seo/structured-data';

type Props = { searchParams: Promise<{ region?: string | string[]; virksomhed?: string | string[] }> };

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// Rendered per request from the cached list of active jobs, so a job leaves the board the moment its deadline
// passes. Unknown filter values are ignored (see getJobBoard).
const load = cache(async (region: string | undefined, company: string | undefined) => getJobBoard({ region, company }));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const board = await load(single(params.region), single(params.virksomhed));
  const filters = [board.region, board.companies.find((c) => c.slug === board.company)?.name].filter(Boolean);
  return pageMetadata({
    title: filters.length > 0 ? `${DIRECTORY_COPY.jobBoardTitle}: ${filters.join(', ')}` : DIRECTORY_COPY.jobBoardTitle,
    description: DIRECTORY_COPY.jobBoardDescription,
    // Filtered views are the same board narrowed down; search engines should know the board by one address.
    path: '/job',
    noindex: filters.length > 0,
  });
}

export default async function JobBoardPage({ searchParams }: Props) {
  const params = await searchParams;
  const board = await load(single(params.region), single(params.virksomhed));
  const filtered = board.region !== null || board.company !== null;
  return (
    <WithSidebar structuredData={[breadcrumbData([{ name: DIRECTORY_COPY.jobBoardTitle, path: '/job' }])]}>
      <header className="mb-6 border-b-2 border-ink pb-3">
        <h1 className="text-3xl font-extrabold sm:text-4xl">{DIRECTORY_COPY.jobBoardTitle}</h1>
        <p className="mt-2 max-w-prose text-neutral-700">{DIRECTORY_COPY.jobBoardIntro}</p>
      </header>
      <JobFilterForm board={board} />
      <p className="mt-6 mb-4 text-sm text-muted">
        {filtered
          ? DIRECTORY_COPY.jobCountFiltered(board.jobs.length, board.total)
          : DIRECTORY_COPY.jobCount(board.total)}
      </p>
      {board.jobs.length > 0 ? (
        <JobList jobs={board.jobs} />
      ) : (
        <p className="text-lg">{filtered ? DIRECTORY_COPY.jobNoneFiltered : DIRECTORY_COPY.jobNone}</p>
      )}
    </WithSidebar>
  );
}
