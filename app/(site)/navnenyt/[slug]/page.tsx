import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { DIRECTORY_COPY } from '@/components/site/copy-directory';
import { excerpt } from '@/components/site/people-news-list';
import { PeopleNewsView } from '@/components/site/people-news-view';
import { WithSidebar } from '@/components/site/with-sidebar';
import { getPeopleNewsBySlug } from '@/db/queries/people-news';
import { isSlugParam } from '@/lib/params';

// Rendered on first request, then served whole from the route cache until one of its tags expires (like articles).
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const loadEntry = cache(async (slug: string) => (isSlugParam(slug) ? getPeopleNewsBySlug({ slug }) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await loadEntry((await params).slug);
  if (!entry) return {};
  return {
    title: DIRECTORY_COPY.peopleNewsEntryTitle(entry.name, entry.role, entry.company),
    description: excerpt(entry.body, 160),
    alternates: { canonical: entry.path },
    openGraph: {
      type: 'article',
      title: entry.name,
      url: entry.path,
      publishedTime: entry.publishedAt,
      images: entry.photo ? [{ url: entry.photo.src, width: entry.photo.width, height: entry.photo.height, alt: entry.photo.alt }] : [],
    },
  };
}

export default async function PeopleNewsEntryPage({ params }: Props) {
  const entry = await loadEntry((await params).slug);
  if (!entry) notFound();
  return (
    <WithSidebar>
      <PeopleNewsView entry={entry} />
    </WithSidebar>
  );
}
