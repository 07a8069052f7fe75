import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';

import { COPY } from '@/copy/site';
import { ListingPage } from '@/components/site/listing-page';
import { NOT_FOUND_METADATA, NotFoundMessage } from '@/components/site/not-found-message';
import { getTagPage } from '@/db/queries/listings';
import { FEEDS, listingMetadata } from '@/domain/seo/metadata';
import { listingParams } from '@/domain/params';
import { breadcrumbData } from '@/domain/seo/structured-data';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ side?: string | string[] }> };

const load = cache(async (slug: string, side: string | string[] | undefined) => {
  const request = listingParams(slug, side);
  return request && getTagPage(request);
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const data = await load((await params).slug, (await searchParams).side);
  if (!data) return NOT_FOUND_METADATA;
  const { tag, articles } = data;
  return listingMetadata({
    title: COPY.tagArticles(tag.name),
    description: tag.description || COPY.tagDescription(tag.name),
    path: `/tag/${tag.slug}`,
    page: articles.page,
    feed: FEEDS.tag(tag.slug, tag.name),
  });
}

export default async function TagPage({ params, searchParams }: Props) {
  const { side } = await searchParams;
  const data = await load((await params).slug, side);
  if (!data) {
    // An unknown address (proxy.ts has set 404) or a page past the last one: the message, with the status the
    // front layer gives it (scripts/http-front.cjs; notFound() would send an empty page, vercel/next.js#62228).
    return <NotFoundMessage />;
  }
  return (
    <ListingPage
      title={data.tag.name}
      intro={
        data.tag.description || data.company ? (
          <>
            {data.tag.description ? <p>{data.tag.description}</p> : null}
            {data.company ? (
              <p className={data.tag.description ? 'mt-1' : undefined}>
                <Link href={`/virksomhed/${data.company.slug}`} className="font-semibold text-brand-dark underline">
                  {COPY.tagCompany(data.company.name)}
                </Link>
              </p>
            ) : null}
          </>
        ) : undefined
      }
      basePath={`/tag/${data.tag.slug}`}
      articles={data.articles}
      structuredData={[breadcrumbData([{ name: data.tag.name, path: `/tag/${data.tag.slug}` }])]}
    />
  );
}
