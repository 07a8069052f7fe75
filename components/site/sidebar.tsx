import Image from 'next/image';
import Link from 'next/link';
import type { ReactNode } from 'react';

import { getSponsorCampaign } from '@/db/queries/sponsor-campaigns';
import { getMostRead } from '@/db/queries/views';
import { getActiveJobs, getLatestPeopleNews } from '@/db/queries/widgets';
import { CompanyLink } from './company-link';
import { COPY } from '@/copy/site';
import { DIRECTORY_COPY } from '@/copy/directory';
import { PeopleNewsLabel } from './people-news-label';

function Widget({
  id,
  title,
  children,
  tone = 'default',
}: {
  id: string;
  title: string;
  children: ReactNode;
  tone?: 'default' | 'sponsored';
}) {
  return (
    <section
      aria-labelledby={id}
      className={tone === 'sponsored' ? 'border-t-4 border-sponsor bg-sponsor-bg p-4' : 'border-t-4 border-ink pt-3'}
    >
      <h2
        id={id}
        className={
          tone === 'sponsored' ? 'text-xs font-bold uppercase tracking-wide text-sponsor' : 'text-lg font-extrabold'
        }
      >
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** The link to a widget's full page (all jobs, all Navnenyt). */
function WidgetMoreLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mt-3 text-sm font-semibold">
      <Link href={href} className="text-brand-dark underline">
        {children}
      </Link>
    </p>
  );
}

/** The seed page's three widgets plus "Mest læste", shown beside articles and on the front page. */
export async function Sidebar() {
  const [sponsored, jobList, people, mostRead] = await Promise.all([
    getSponsorCampaign(),
    getActiveJobs({ limit: 4 }),
    getLatestPeopleNews({ limit: 2 }),
    getMostRead(),
  ]);
  return (
    <aside aria-label={COPY.sidebar} className="grid content-start gap-8">
      {/* A running sponsor campaign, if any (several take turns; see db/queries/sponsor-campaigns.ts). */}
      {sponsored ? (
        <Widget id="widget-annonce" title={COPY.sponsoredBy(sponsored.sponsor)} tone="sponsored">
          {sponsored.logo ? (
            <Image
              src={sponsored.logo.src}
              width={sponsored.logo.width}
              height={sponsored.logo.height}
              alt={sponsored.logo.alt}
              sizes="160px"
              className="mb-3 h-auto max-h-16 w-auto max-w-40"
            />
          ) : null}
          <h3 className="text-lg font-bold leading-snug">
            <Link href={sponsored.path} rel="sponsored" className="hover:underline">
              {sponsored.title}
            </Link>
          </h3>
          <p className="mt-1 text-sm text-neutral-800">{sponsored.lead}</p>
        </Widget>
      ) : null}

      <Widget id="widget-mest-laeste" title={COPY.mostRead}>
        {mostRead.length === 0 ? (
          <p className="text-sm text-muted">{COPY.mostReadEmpty}</p>
        ) : (
          <ol className="grid gap-3">
            {mostRead.map((article, index) => (
              <li key={article.id} className="flex gap-3">
                <span aria-hidden="true" className="text-2xl font-black leading-none text-brand">
                  {index + 1}
                </span>
                <Link href={article.path} className="font-semibold leading-snug hover:underline">
                  {article.title}
                </Link>
              </li>
            ))}
          </ol>
        )}
      </Widget>

      {jobList.length > 0 ? (
        <Widget id="widget-job" title={COPY.jobs}>
          <ul aria-label={COPY.jobsLabel} className="divide-y divide-rule">
            {jobList.map((job) => (
              <li key={job.id} className="py-2.5 first:pt-0">
                {/* Inline-block links on 24px lines: the company and title links sit close together, and WCAG 2.2
                    wants each target at least 24px high (target-size). */}
                <p className="text-xs font-bold uppercase leading-6 tracking-wide text-muted">
                  <CompanyLink name={job.company} slug={job.companySlug} className="inline-block" />
                </p>
                <p className="font-semibold leading-6">
                  <Link href={job.path} className="inline-block hover:underline">
                    {job.title}
                  </Link>
                </p>
                <p className="text-sm text-muted">{job.region}</p>
              </li>
            ))}
          </ul>
          <WidgetMoreLink href="/job">{DIRECTORY_COPY.allJobs}</WidgetMoreLink>
        </Widget>
      ) : null}

      {people.length > 0 ? (
        <Widget id="widget-navnenyt" title={COPY.peopleNews}>
          <ul className="grid gap-4">
            {people.map((entry) => (
              <li key={entry.id}>
                <article aria-labelledby={`navnenyt-${entry.id}`}>
                  <h3 id={`navnenyt-${entry.id}`} className="font-bold leading-snug">
                    <Link href={entry.path} className="hover:underline">
                      {entry.name}
                    </Link>
                  </h3>
                  <p className="text-sm font-semibold">
                    {entry.role}, <CompanyLink name={entry.company} slug={entry.companySlug} />
                  </p>
                  <p className="mt-1 text-sm text-neutral-800">{entry.body}</p>
                  <p className="mt-1.5">
                    <PeopleNewsLabel label={entry.label} />
                  </p>
                </article>
              </li>
            ))}
          </ul>
          <WidgetMoreLink href="/navnenyt">{DIRECTORY_COPY.morePeopleNews}</WidgetMoreLink>
        </Widget>
      ) : null}
    </aside>
  );
}
