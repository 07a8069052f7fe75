import type { Metadata } from 'next';
import { cache } from 'react';

import { ListingPage } from '@/components/site/listing-page';
import { NOT_FOUND_METADATA, NotFoundMessage } from '@/components/site/not-found-message';
import { getSectionPage } from '@/db/queries/listings';
import { FEEDS, listingMetadata } from '@/domain/seo/metadata';
import { listingParams } from '@/domain/params';
import { breadcrumbData } from '@/domain/seo/structured-data';

type Props = { params: Promise<{ section: string }>; searchParams: Promise<{ side?: string | string[] }> };

const load = cache(async (slug: string, side: string | string[] | undefined) => {
  const request = listingParams(slug, side);
  return request && getSectionPage(request);
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const slug = (await params).section;
  const data = await load(slug, (await searchParams).side);
  if (!data) return NOT_FOUND_METADATA;
  const { section, articles } = data;
  return listingMetadata({
    title: section.name,
    description: section.description,
    path: `/${section.slug}`,
    page: articles.page,
    feed: FEEDS.section(section.slug, section.name),
    // A hidden section stays readable for its articles' breadcrumbs and old links, but is no page to find.
    noindex: section.hidden,
  });
}

export default async function SectionPage({ params, searchParams }: Props) {
  const slug = (await params).section;
  const { side } = await searchParams;
  const data = await load(slug, side);
  if (!data) {
    // An unknown address (proxy.ts has set 404) or a page past the last one: the message, with the status the
    // front layer gives it (scripts/http-front.cjs; notFound() would send an empty page, vercel/next.js#62228).
    return <NotFoundMessage />;
  }
  return (
    <ListingPage
      title={data.section.name}
      intro={data.section.description}
      basePath={`/${data.section.slug}`}
      articles={data.articles}
      showSection={false}
      structuredData={[breadcrumbData([{ name: data.section.name, path: `/${data.section.slug}` }])]}
    />
  );
}
