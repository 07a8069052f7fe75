import type { Metadata } from 'next';

import { SectionListing, sectionMetadata } from './section-listing';

// `/<section>?side=N`: any page of a section's listing, rendered per request from the data cache. The first page
// without `?side=` comes from the route cache instead (app/(site)/sektionsforside/[section]).

type Props = { params: Promise<{ section: string }>; searchParams: Promise<{ side?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return sectionMetadata((await params).section, (await searchParams).side);
}

export default async function SectionPage({ params, searchParams }: Props) {
  return <SectionListing slug={(await params).section} side={(await searchParams).side} />;
}
