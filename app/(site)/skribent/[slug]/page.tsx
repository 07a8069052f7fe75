import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { ListingPage } from '@/components/site/listing-page';
import { getAuthorPage } from '@/db/queries/articles';
import { isSlugParam, parsePageParam } from '@/lib/params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ side?: string | string[] }> };

const load = cache(async (slug: string, side: string | string[] | undefined) => {
  const page = parsePageParam(side);
  if (!isSlugParam(slug) || page === null) return null;
  return getAuthorPage({ slug, page });
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const data = await load((await params).slug, (await searchParams).side);
  if (!data) return {};
  return {
    title: `${data.author.name}, ${data.author.title}`,
    description: data.author.bio,
    alternates: { canonical: `/skribent/${data.author.slug}` },
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const data = await load((await params).slug, (await searchParams).side);
  if (!data) notFound();
  const { author, articles } = data;
  return (
    <ListingPage
      title={author.name}
      intro={
        <>
          {author.photo ? (
            <Image
              src={author.photo.src}
              width={author.photo.width}
              height={author.photo.height}
              alt={author.photo.alt}
              sizes="96px"
              className="mb-3 size-24 rounded-full object-cover"
            />
          ) : null}
          <p className="font-semibold">{author.title}</p>
          {author.bio ? <p className="mt-1">{author.bio}</p> : null}
        </>
      }
      basePath={`/skribent/${author.slug}`}
      articles={articles}
    />
  );
}
