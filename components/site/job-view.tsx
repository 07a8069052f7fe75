import Link from 'next/link';

import type { JobDetail } from '@/db/queries/jobs';
import { formatDate } from '@/domain/dates';
import { CompanyLink } from './company-link';
import { DIRECTORY_COPY } from '@/copy/directory';
import { JobDate } from './job-date';
import { JobPostingJsonLd } from './job-posting-json-ld';

/** Plain text (job adverts, Navnenyt) as paragraphs, one per line; nothing in it is read as markup. */
export function TextParagraphs({ text }: { text: string }) {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((paragraph, index) => <p key={index}>{paragraph}</p>);
}

/** A job's page: its details, the apply link while it is open, and a clear notice once the deadline has passed. */
export function JobView({ job, active }: { job: JobDetail; active: boolean }) {
  return (
    <article>
      <header>
        <p className="text-sm font-bold uppercase tracking-wide">
          <Link href="/job" className="text-brand hover:underline">
            {DIRECTORY_COPY.jobBoardTitle}
          </Link>
        </p>
        {/* Job titles are often one long Danish compound ("Infrastrukturkonsulent") that must not overflow a phone. */}
        <h1 className="mt-2 text-3xl font-extrabold leading-tight hyphens-auto wrap-break-word sm:text-[2.6rem]">
          {job.title}
        </h1>
        {active ? null : (
          <section aria-labelledby="job-udloebet" className="mt-5 border-l-4 border-brand bg-neutral-100 p-4">
            <h2 id="job-udloebet" className="text-xl font-extrabold">
              {DIRECTORY_COPY.jobExpired}
            </h2>
            <p className="mt-1 text-neutral-800">{DIRECTORY_COPY.jobExpiredText(formatDate(job.expiresAt))}</p>
            <p className="mt-3">
              <Link
                href="/job"
                className="inline-block bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
              >
                {DIRECTORY_COPY.seeAllJobs}
              </Link>
            </p>
          </section>
        )}
        <dl className="mt-5 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 border-y border-rule py-3 text-sm">
          <dt className="font-semibold">{DIRECTORY_COPY.jobCompanyLabel}</dt>
          <dd>
            <CompanyLink name={job.company} slug={job.companySlug} className="font-semibold text-brand-dark" />
          </dd>
          <dt className="font-semibold">{DIRECTORY_COPY.jobRegionLabel}</dt>
          <dd>{job.region}</dd>
          <dt className="font-semibold">{DIRECTORY_COPY.jobPublished}</dt>
          <dd>
            <JobDate value={job.publishedAt} />
          </dd>
          <dt className="font-semibold">{DIRECTORY_COPY.deadline}</dt>
          <dd>
            <JobDate value={job.expiresAt} />
          </dd>
        </dl>
      </header>

      <section aria-labelledby="om-stillingen" className="mt-6 max-w-[42rem]">
        <h2 id="om-stillingen" className="text-xl font-extrabold">
          {DIRECTORY_COPY.jobDetails}
        </h2>
        <div className="article-body mt-3">
          <TextParagraphs text={job.description} />
        </div>
      </section>

      {active ? (
        <>
          <p className="mt-8 flex flex-wrap items-center gap-x-4 gap-y-2">
            <a
              href={job.url}
              rel="external noopener"
              className="inline-block bg-brand px-5 py-2.5 text-lg font-semibold text-white hover:bg-brand-dark"
            >
              {DIRECTORY_COPY.apply}
            </a>
            <span className="text-sm text-muted">{DIRECTORY_COPY.applyNote}</span>
          </p>
          <p className="mt-6 text-sm font-semibold">
            <Link href="/job" className="text-brand-dark underline">
              {DIRECTORY_COPY.backToBoard}
            </Link>
          </p>
          <JobPostingJsonLd job={job} />
        </>
      ) : null}
    </article>
  );
}
