import Link from 'next/link';
import type { ReactNode } from 'react';

import { getSponsoredTeaser } from '@/db/queries/articles';
import { getMostRead } from '@/db/queries/views';
import { getActiveJobs, getLatestPeopleNews } from '@/db/queries/widgets';
import { COPY } from './copy';

function Widget({ id, title, children, tone = 'default' }: { id: string; title: string; children: ReactNode; tone?: 'default' | 'sponsored' }) {
  return (
    <section
      aria-labelledby={id}
      className={tone === 'sponsored' ? 'border-t-4 border-sponsor bg-sponsor-bg p-4' : 'border-t-4 border-ink pt-3'}
    >
      <h2 id={id} className={tone === 'sponsored' ? 'text-xs font-bold uppercase tracking-wide text-sponsor' : 'text-lg font-extrabold'}>
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** The seed page's three widgets plus "Mest læste", shown beside articles and on the front page. */
export async function Sidebar() {
  const [sponsored, jobList, people, mostRead] = await Promise.all([
    getSponsoredTeaser(),
    getActiveJobs({ limit: 4 }),
    getLatestPeopleNews({ limit: 2 }),
    getMostRead(),
  ]);
  return (
    <aside aria-label={COPY.sidebar} className="grid content-start gap-8">
      {sponsored?.sponsor ? (
        <Widget id="widget-annonce" title={COPY.sponsoredBy(sponsored.sponsor)} tone="sponsored">
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
                <p className="text-xs font-bold uppercase tracking-wide text-muted">{job.company}</p>
                <p className="font-semibold leading-snug">
                  <a href={job.url} rel="noopener" className="hover:underline">
                    {job.title}
                  </a>
                </p>
                <p className="text-sm text-muted">{job.region}</p>
              </li>
            ))}
          </ul>
        </Widget>
      ) : null}

      {people.length > 0 ? (
        <Widget id="widget-navnenyt" title={COPY.peopleNews}>
          <ul className="grid gap-4">
            {people.map((entry) => (
              <li key={entry.id}>
                <article aria-labelledby={`navnenyt-${entry.id}`}>
                  <h3 id={`navnenyt-${entry.id}`} className="font-bold leading-snug">
                    {entry.name}
                  </h3>
                  <p className="text-sm font-semibold">
                    {entry.role}, {entry.company}
                  </p>
                  <p className="mt-1 text-sm text-neutral-800">{entry.body}</p>
                  <p className="mt-1.5">
                    <span className="inline-block bg-brand px-1.5 py-0.5 text-xs font-bold text-white">{entry.label}</span>
                  </p>
                </article>
              </li>
            ))}
          </ul>
        </Widget>
      ) : null}
    </aside>
  );
}
