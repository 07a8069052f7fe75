import type { Metadata } from 'next';

import { COPY } from '@/copy/site';
import { ListingPage } from '@/components/site/listing-page';
import { NotFoundMessage } from '@/components/site/not-found-message';
import { getSponsoredPage } from '@/db/queries/listings';
import { pageMetadata } from '@/domain/seo/metadata';
import { parsePageParam } from '@/domain/params';
import { breadcrumbData } from '@/domain/seo/structured-data';

type Props = { searchParams: Promise<{ side?: string | string[] }> };

export const metadata: Metadata = pageMetadata({
  title: COPY.sponsoredTitle,
  description: COPY.sponsoredIntro,
  path: '/annonceindlaeg',
});

export default async function SponsoredListingPage({ searchParams }: Props) {
  const { side } = await searchParams;
  const page = parsePageParam(side);
  const articles = page === null ? null : await getSponsoredPage({ page });
  // A malformed ?side= (proxy.ts has set 404) or a page past the last one: the message, with the status the front
  // layer gives it (scripts/http-front.cjs; notFound() would send an empty page, vercel/next.js#62228).
  if (!articles) return <NotFoundMessage />;
  return (
    <ListingPage
      title={COPY.sponsoredTitle}
      intro={COPY.sponsoredIntro}
      basePath="/annonceindlaeg"
      articles={articles}
      structuredData={[breadcrumbData([{ name: COPY.sponsoredTitle, path: '/annonceindlaeg' }])]}
    />
  );
}
