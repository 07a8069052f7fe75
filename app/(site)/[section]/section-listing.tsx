import type { Metadata } from 'next';
import { cache } from 'react';

import { ListingPage } from '@/components/site/listing-page';
import { NOT_FOUND_METADATA, NotFoundMessage } from '@/components/site/not-found-message';
import { getSectionPage } from '@/db/queries/listings';
import { FEEDS, listingMetadata } from '@/domain/seo/metadata';
import { listingParams } from '@/domain/params';
import { breadcrumbData } from '@/domain/seo/structured-data';

// A section's listing, for both routes that show it: its first page from the route cache
// (app/(site)/sektionsforside/[section], reached from `/<section>` through a rewrite in next.config.ts) and any page
// by `?side=` rendered per request (app/(site)/[section]).

const load = cache(async (slug: string, side: string | string[] | undefined) => {
  const request = listingParams(slug, side);
  return request && getSectionPage(request);
});

export async function sectionMetadata(slug: string, side: string | string[] | undefined): Promise<Metadata> {
  const data = await load(slug, side);
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

export async function SectionListing({ slug, side }: { slug: string; side: string | string[] | undefined }) {
  const data = await load(slug, side);
  // An unknown address (proxy.ts has set 404) or a page past the last one: the message, with the status the front
  // layer gives it (scripts/http-front.cjs; notFound() would send an empty page, vercel/next.js#62228).
  if (!data) return <NotFoundMessage />;
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
