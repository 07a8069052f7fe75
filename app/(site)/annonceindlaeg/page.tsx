import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { COPY } from '@/copy/site';
import { ListingPage } from '@/components/site/listing-page';
import { NotFoundMessage } from '@/components/site/not-found-message';
import { getSponsoredPage } from '@/db/queries/listings';
import { isMissingPath } from '@/db/queries/routing';
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
  if (!articles) {
    // A malformed ?side= was answered 404 by proxy.ts; only a page past the last one reaches notFound().
    if (isMissingPath('/annonceindlaeg', side)) return <NotFoundMessage />;
    notFound();
  }
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
