import Link from 'next/link';
import type { ReactNode } from 'react';

import type { CompanyPage } from '@/db/queries/companies';
import { ArticleList } from './article-list';
import { DIRECTORY_COPY } from '@/copy/directory';
import { JobList } from './job-list';
import { TextParagraphs } from './job-view';
import { PeopleNewsList } from './people-news-list';

/** Only web addresses become links: a website field is typed by hand and must never run script. */
const isWebAddress = (value: string | null): value is string => Boolean(value && /^https?:\/\/[^\s]+$/i.test(value));

function CompanySection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="border-b-2 border-ink pb-1 text-2xl font-extrabold">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** A company's page: who they are, their open jobs, their Navnenyt and Spalte's articles about them. */
export function CompanyView({ page }: { page: CompanyPage }) {
  const { company, jobs, peopleNews, peopleNewsTotal, tag, articles, articleTotal } = page;
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        <h1 className="text-3xl font-extrabold sm:text-4xl">{company.name}</h1>
        {company.description ? (
          <div className="mt-3 grid max-w-prose gap-2 text-lg text-neutral-800">
            <TextParagraphs text={company.description} />
          </div>
        ) : null}
        {isWebAddress(company.website) ? (
          <p className="mt-3">
            <a href={company.website} rel="external noopener" className="font-semibold text-brand-dark underline">
              {DIRECTORY_COPY.companyWebsite(company.shortName)}
            </a>
          </p>
        ) : null}
      </header>

      <CompanySection id="virksomhed-job" title={DIRECTORY_COPY.companyJobs}>
        {jobs.length > 0 ? (
          <JobList jobs={jobs} headingLevel={3} showCompany={false} />
        ) : (
          <p className="text-muted">{DIRECTORY_COPY.companyJobsNone(company.shortName)}</p>
        )}
      </CompanySection>

      <CompanySection id="virksomhed-navnenyt" title={DIRECTORY_COPY.companyPeopleNews}>
        {peopleNews.length > 0 ? (
          <>
            <PeopleNewsList entries={peopleNews} headingLevel={3} showCompany={false} />
            {peopleNewsTotal > peopleNews.length ? (
              <p className="mt-4 text-sm">
                {DIRECTORY_COPY.companyPeopleNewsMore(company.shortName, peopleNews.length, peopleNewsTotal)}{' '}
                <Link href="/navnenyt" className="font-semibold text-brand-dark underline">
                  {DIRECTORY_COPY.companyPeopleNewsAll}
                </Link>
              </p>
            ) : null}
          </>
        ) : (
          <p className="text-muted">{DIRECTORY_COPY.companyPeopleNewsNone(company.shortName)}</p>
        )}
      </CompanySection>

      <CompanySection id="virksomhed-artikler" title={DIRECTORY_COPY.companyArticles(company.shortName)}>
        {articles.length > 0 ? (
          <>
            <ArticleList articles={articles} headingLevel={3} />
            {tag && articleTotal > articles.length ? (
              <p className="mt-4 text-sm font-semibold">
                <Link href={`/tag/${tag.slug}`} className="text-brand-dark underline">
                  {DIRECTORY_COPY.companyArticlesMore(company.shortName, articleTotal)}
                </Link>
              </p>
            ) : null}
          </>
        ) : (
          <p className="text-muted">{DIRECTORY_COPY.companyArticlesNone(company.shortName)}</p>
        )}
      </CompanySection>
    </>
  );
}
