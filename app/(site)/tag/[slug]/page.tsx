import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { COPY } from '@/components/site/copy';
import { ListingPage } from '@/components/site/listing-page';
import { getTagPage } from '@/db/queries/articles';
import { isSlugParam, parsePageParam } from '@/lib/params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ side?: string | string[] }> };

const load = cache(async (slug: string, side: string | string[] | undefined) => {
  const page = parsePageParam(side);
  if (!isSlugParam(slug) || page === null) return null;
  return getTagPage({ slug, page });
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const data = await load((await params).slug, (await searchParams).side);
  if (!data) return {};
  return {
    title: COPY.tagArticles(data.tag.name),
    description: `Nyheder og artikler om ${data.tag.name} på Spalte.`,
    alternates: { canonical: `/tag/${data.tag.slug}` },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const data = await load((await params).slug, (await searchParams).side);
  if (!data) notFound();
  return (
    <ListingPage
      title={data.tag.name}
      intro={
        data.company ? (
          <Link href={`/virksomhed/${data.company.slug}`} className="font-semibold text-brand-dark underline">
            {COPY.tagCompany(data.company.name)}
          </Link>
        ) : undefined
      }
      basePath={`/tag/${data.tag.slug}`}
      articles={data.articles}
    />
  );
}
