import type { Metadata } from 'next';

import { SectionListing, sectionMetadata } from '../../[section]/section-listing';

// Readers reach this page as `/<section>` without `?side=` (a rewrite in next.config.ts; `/sektionsforside/…` itself
// redirects there). Like the front page, it has a parameter with no prebuilt values, so each section's first page is
// rendered on its first request and then served from the route cache until a tag it used expires: the page a
// section's readers open most costs no rendering, where `?side=` pages render per request.
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata((await params).section, undefined);
}

export default async function SectionFrontPage({ params }: Props) {
  return <SectionListing slug={(await params).section} side={undefined} />;
}
