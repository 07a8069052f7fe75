import type { Metadata } from 'next';
import { cache } from 'react';

import { DIRECTORY_COPY } from '@/copy/directory';
import { excerpt } from '@/components/site/people-news-list';
import { PeopleNewsView } from '@/components/site/people-news-view';
import { NOT_FOUND_METADATA, NotFoundMessage } from '@/components/site/not-found-message';
import { WithSidebar } from '@/components/site/with-sidebar';
import { getPeopleNewsBySlug } from '@/db/queries/people-news';
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
  if (!entry) return NOT_FOUND_METADATA;
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
    // An unknown address (proxy.ts has set 404) or a page past the last one: the message, with the status the
    // front layer gives it (scripts/http-front.cjs; notFound() would send an empty page, vercel/next.js#62228).
    return <NotFoundMessage />;
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
