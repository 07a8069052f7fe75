import type { Metadata } from 'next';
import { cache } from 'react';

import { CompanyView } from '@/components/site/company-view';
import { DIRECTORY_COPY } from '@/copy/directory';
import { excerpt } from '@/components/site/people-news-list';
import { NOT_FOUND_METADATA, NotFoundMessage } from '@/components/site/not-found-message';
import { WithSidebar } from '@/components/site/with-sidebar';
import { getCompanyPage } from '@/db/queries/companies';
import { pageMetadata } from '@/domain/seo/metadata';
import { isSlugParam } from '@/domain/params';
import { breadcrumbData } from '@/domain/seo/structured-data';

// No generateStaticParams: rendered per request from the data cache, so a job leaves the page the moment its
// deadline passes.

type Props = { params: Promise<{ slug: string }> };

const loadCompany = cache(async (slug: string) => (isSlugParam(slug) ? getCompanyPage({ slug }) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadCompany((await params).slug);
  if (!page) return NOT_FOUND_METADATA;
  const { company } = page;
  return pageMetadata({
    title: company.name,
    description: company.description
      ? excerpt(company.description, 160)
      : DIRECTORY_COPY.companyDescriptionFallback(company.shortName),
    path: `/virksomhed/${company.slug}`,
    // Nothing to show yet (the sitemap leaves it out too): not a page for search results.
    noindex: page.jobs.length + page.peopleNews.length + page.articles.length === 0,
  });
}

export default async function CompanyPage({ params }: Props) {
  const page = await loadCompany((await params).slug);
  if (!page) {
    // An unknown address (proxy.ts has set 404) or a page past the last one: the message, with the status the
    // front layer gives it (scripts/http-front.cjs; notFound() would send an empty page, vercel/next.js#62228).
    return <NotFoundMessage />;
  }
  return (
    <WithSidebar
      structuredData={[breadcrumbData([{ name: page.company.name, path: `/virksomhed/${page.company.slug}` }])]}
    >
      <CompanyView page={page} />
    </WithSidebar>
  );
}
