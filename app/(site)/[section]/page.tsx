import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { ListingPage } from '@/components/site/listing-page';
import { getSectionPage } from '@/db/queries/articles';
import { isSlugParam, parsePageParam } from '@/lib/params';

type Props = { params: Promise<{ section: string }>; searchParams: Promise<{ side?: string | string[] }> };

const load = cache(async (slug: string, side: string | string[] | undefined) => {
  const page = parsePageParam(side);
  if (!isSlugParam(slug) || page === null) return null;
  return getSectionPage({ slug, page });
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const data = await load((await params).section, (await searchParams).side);
  if (!data) return {};
  const { section, articles } = data;
  const path = articles.page > 1 ? `/${section.slug}?side=${articles.page}` : `/${section.slug}`;
  return {
    title: articles.page > 1 ? `${section.name} – side ${articles.page}` : section.name,
    description: section.description,
    alternates: { canonical: path },
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const data = await load((await params).section, (await searchParams).side);
  if (!data) notFound();
  return (
    <ListingPage
      title={data.section.name}
      intro={data.section.description}
      basePath={`/${data.section.slug}`}
      articles={data.articles}
      showSection={false}
    />
  );
}
