import Link from 'next/link';

import type { JobSummary } from '@/db/queries/jobs';
import { CompanyLink } from './company-link';
import { DIRECTORY_COPY } from '@/copy/directory';
import { JobDate } from './job-date';

/** Job rows for the job board and company pages: title (to the job's page), company, region and deadline. */
export function JobList({
  jobs,
  headingLevel = 2,
  showCompany = true,
}: {
  jobs: JobSummary[];
  headingLevel?: 2 | 3;
  showCompany?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul aria-label={DIRECTORY_COPY.jobList} className="divide-y divide-rule">
      {jobs.map((job) => (
        <li key={job.id} className="py-4 first:pt-0">
          <article aria-labelledby={`job-${job.id}`}>
            <Heading id={`job-${job.id}`} className="text-xl font-bold leading-snug hyphens-auto wrap-break-word">
              <Link href={job.path} className="text-ink hover:text-brand-dark hover:underline">
                {job.title}
              </Link>
            </Heading>
            <p className="mt-1 flex flex-wrap gap-x-3 text-sm">
              {showCompany ? <CompanyLink name={job.company} slug={job.companySlug} className="font-semibold" /> : null}
              <span>{job.region}</span>
            </p>
            <p className="mt-1 text-sm text-muted">
              {DIRECTORY_COPY.deadline} <JobDate value={job.expiresAt} />
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
