import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { cache } from 'react';

import { DIRECTORY_COPY } from '@/copy/directory';
import { JobView } from '@/components/site/job-view';
import { excerpt } from '@/components/site/people-news-list';
import { NOT_FOUND_METADATA, NotFoundMessage } from '@/components/site/not-found-message';
import { WithSidebar } from '@/components/site/with-sidebar';
import { getJob } from '@/db/queries/jobs';
import { pageMetadata } from '@/domain/seo/metadata';
import { isSlugParam } from '@/domain/params';
import { breadcrumbData } from '@/domain/seo/structured-data';

// No generateStaticParams: the page is rendered per request (from the data cache), because whether the job is
// still open depends on the moment of the request, not on when the page was first rendered.
//
// An expired job is rendered here with status 410 (proxy.ts decides that before rendering): the page shows the
// notice, a link to the board and `noindex`.

type Props = { params: Promise<{ jobPath: string }> };

/** "<id>-<slug>"; the slug part is optional and only checked for shape here. */
const JOB_PATH = /^([1-9]\d{0,11})(?:-(.*))?$/;

const loadJob = cache(async (jobPath: string) => {
  const match = JOB_PATH.exec(jobPath);
  const slug = match?.[2] ?? '';
  if (!match || (slug !== '' && !isSlugParam(slug))) return null;
  const found = await getJob({ id: Number(match[1]) });
  return found && { ...found, canonical: slug === found.job.slug };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await loadJob((await params).jobPath);
  if (!data) return NOT_FOUND_METADATA;
  const { job, active } = data;
  return pageMetadata({
    title: DIRECTORY_COPY.jobTitle(job.title, job.company),
    description: excerpt(job.description, 160),
    path: job.path,
    noindex: !active,
  });
}

export default async function JobPage({ params }: Props) {
  const data = await loadJob((await params).jobPath);
  if (!data) {
    // An unknown address (proxy.ts has set 404) or a page past the last one: the message, with the status the
    // front layer gives it (scripts/http-front.cjs; notFound() would send an empty page, vercel/next.js#62228).
    return <NotFoundMessage />;
  }
  if (!data.canonical) permanentRedirect(data.job.path);
  return (
    <WithSidebar
      structuredData={[
        breadcrumbData([
          { name: DIRECTORY_COPY.jobBoardTitle, path: '/job' },
          { name: data.job.title, path: data.job.path },
        ]),
      ]}
    >
      <JobView job={data.job} active={data.active} />
    </WithSidebar>
  );
}
