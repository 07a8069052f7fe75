import type { Metadata } from 'next';
import Image from 'next/image';
import Link from 'next/link';
import { cache } from 'react';

import { DIRECTORY_COPY } from '@/copy/directory';
import { AUTHOR_LINK_LABELS, COPY } from '@/copy/site';
import { formatDate } from '@/domain/dates';
import { ListingPage } from '@/components/site/listing-page';
import { NOT_FOUND_METADATA, NotFoundMessage } from '@/components/site/not-found-message';
import { getAuthorPage } from '@/db/queries/listings';
import { FEEDS, listingMetadata } from '@/domain/seo/metadata';
import { listingParams } from '@/domain/params';
import { breadcrumbData, profilePageData } from '@/domain/seo/structured-data';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ side?: string | string[] }> };

const load = cache(async (slug: string, side: string | string[] | undefined) => {
  const request = listingParams(slug, side);
  return request && getAuthorPage(request);
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const data = await load((await params).slug, (await searchParams).side);
  if (!data) return NOT_FOUND_METADATA;
  const { author, articles } = data;
  const { photo } = author;
  return listingMetadata({
    title: author.title ? `${author.name}, ${author.title}` : author.name,
    description: author.bio || COPY.authorDescription(author.name, author.title),
    path: `/skribent/${author.slug}`,
    page: articles.page,
    image: photo && { url: photo.src, width: photo.width, height: photo.height, alt: photo.alt },
    feed: FEEDS.author(author.slug, author.name),
    openGraph: { type: 'profile' },
  });
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const { side } = await searchParams;
  const data = await load((await params).slug, side);
  if (!data) {
    // An unknown address (proxy.ts has set 404) or a page past the last one: the message, with the status the
    // front layer gives it (scripts/http-front.cjs; notFound() would send an empty page, vercel/next.js#62228).
    return <NotFoundMessage />;
  }
  const { author, articles } = data;
  return (
    <ListingPage
      title={author.name}
      intro={
        <>
          {author.photo ? (
            // The square crop keeps the face the focal point marks, where a centred cut of the original might not.
            <Image
              src={author.photo.crops.square.src}
              width={author.photo.crops.square.width}
              height={author.photo.crops.square.height}
              alt={author.photo.alt}
              sizes="96px"
              className="mb-3 size-24 rounded-full object-cover"
            />
          ) : null}
          {author.title ? <p className="font-semibold">{author.title}</p> : null}
          {author.bio ? <p className="mt-1">{author.bio}</p> : null}
          {author.email || author.links.length > 0 ? (
            <ul aria-label={COPY.authorElsewhere(author.name)} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {author.email ? (
                <li>
                  {COPY.authorEmail}:{' '}
                  <a href={`mailto:${author.email}`} className="text-brand-dark underline">
                    {author.email}
                  </a>
                </li>
              ) : null}
              {author.links.map((link) => (
                <li key={link.key}>
                  <a href={link.url} rel="me noopener" className="text-brand-dark underline">
                    {AUTHOR_LINK_LABELS[link.key]}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {data.peopleNews.length > 0 ? (
            <section aria-labelledby="navnenyt-om" className="mt-3 text-sm">
              <h2 id="navnenyt-om" className="font-semibold">
                {DIRECTORY_COPY.peopleNewsAbout(author.name)}
              </h2>
              <ul className="mt-1 grid gap-1">
                {data.peopleNews.map((entry) => (
                  <li key={entry.path}>
                    <Link href={entry.path} className="text-brand-dark underline">
                      {entry.title}
                    </Link>{' '}
                    <span className="text-muted">({formatDate(entry.publishedAt)})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      }
      basePath={`/skribent/${author.slug}`}
      articles={articles}
      structuredData={[
        profilePageData({ ...author, sameAs: author.links.map((link) => link.url) }),
        breadcrumbData([{ name: author.name, path: `/skribent/${author.slug}` }]),
      ]}
    />
  );
}
