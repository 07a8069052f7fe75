import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { DIRECTORY_COPY } from '@/copy/directory';
import { excerpt } from '@/components/site/people-news-list';
import { PeopleNewsView } from '@/components/site/people-news-view';
import { NOT_FOUND_METADATA, NotFoundMessage } from '@/components/site/not-found-message';
import { WithSidebar } from '@/components/site/with-sidebar';
import { getPeopleNewsBySlug } from '@/db/queries/people-news';
import { isMissingPath } from '@/db/queries/routing';
import { pageMetadata } from '@/domain/seo/metadata';
import { isSlugParam } from '@/domain/params';
import { breadcrumbData } from '@/domain/seo/structured-data';

// Rendered on first request, then served whole from the route cache until one of its tags expires (like articles).
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const loadEntry = cache(async (slug: string) => (isSlugParam(slug) ? getPeopleNewsBySlug({ slug }) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await loadEntry((await params).slug);
  if (!entry) return isMissingPath(`/navnenyt/${(await params).slug}`) ? NOT_FOUND_METADATA : {};
  const { photo } = entry;
  return pageMetadata({
    title: DIRECTORY_COPY.peopleNewsEntryTitle(entry.name, entry.role, entry.company),
    description: excerpt(entry.body, 160),
    path: entry.path,
    image: photo && { url: photo.src, width: photo.width, height: photo.height, alt: photo.alt },
    openGraph: { type: 'article', publishedTime: entry.publishedAt },
  });
}

export default async function PeopleNewsEntryPage({ params }: Props) {
  const entry = await loadEntry((await params).slug);
  if (!entry) {
    // proxy.ts has set the status 404 for an unknown address; notFound() would send an empty page (see there).
    if (isMissingPath(`/navnenyt/${(await params).slug}`)) return <NotFoundMessage />;
    notFound();
  }
  return (
    <WithSidebar
      structuredData={[
        breadcrumbData([
          { name: DIRECTORY_COPY.peopleNewsTitle, path: '/navnenyt' },
          { name: entry.name, path: entry.path },
        ]),
      ]}
    >
      <PeopleNewsView entry={entry} />
    </WithSidebar>
  );
}
