import type { Metadata } from 'next';

import { SITE_DESCRIPTION, SITE_NAME, SITE_TITLE } from '@/domain/site';

// One shape for every public page's metadata. Next merges metadata shallowly (a page's `openGraph` replaces the
// layout's whole object), so each page gets complete OpenGraph, Twitter, robots and alternates from here rather
// than half of them from the root layout.

export type PageImage = { url: string; width: number; height: number; alt: string };
export type FeedLink = { url: string; title: string };

/** Shared picture for pages without one of their own (public/og-default.png, made by design/make-brand-images.mjs). */
export const DEFAULT_SHARE_IMAGE: PageImage = {
  url: '/og-default.png',
  width: 1200,
  height: 630,
  alt: SITE_TITLE,
};

export const SITE_FEED: FeedLink = { url: '/rss.xml', title: `${SITE_NAME} – seneste nyt` };

/** The RSS feeds of sections, tags and authors (served by the rss.xml route handlers beside their pages). */
export const FEEDS = {
  section: (slug: string, name: string): FeedLink => ({ url: `/${slug}/rss.xml`, title: `${SITE_NAME} – ${name}` }),
  tag: (slug: string, name: string): FeedLink => ({
    url: `/tag/${slug}/rss.xml`,
    title: `${SITE_NAME} – emne: ${name}`,
  }),
  author: (slug: string, name: string): FeedLink => ({
    url: `/skribent/${slug}/rss.xml`,
    title: `${SITE_NAME} – ${name}`,
  }),
};

/** Indexable, with large image previews and full snippets (Google Discover needs `max-image-preview:large`). */
export const INDEX_ROBOTS = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
} as const satisfies Metadata['robots'];

/** Pages a search engine may follow links from but should not list: search results, deep pages, filters, errors. */
export const NOINDEX_ROBOTS = { index: false, follow: true } as const satisfies Metadata['robots'];

type PageMetadataInput = {
  /** The page's own title; the layout's template adds " | Spalte". */
  title: string;
  description: string;
  /** The canonical path (with any query that makes the page distinct). */
  path: string;
  image?: PageImage | null;
  noindex?: boolean;
  /** The page's own feed, offered beside the site feed. */
  feed?: FeedLink;
  /** Article-specific OpenGraph fields (type "article", times, section, tags, authors). */
  openGraph?: NonNullable<Metadata['openGraph']>;
};

/**
 * A paged listing's metadata: page 1 is the listing in search results; deeper pages ("– side N", `?side=N`) are for
 * following links to older articles and are not indexed.
 */
export function listingMetadata({ page, ...input }: PageMetadataInput & { page: number }): Metadata {
  if (page <= 1) return pageMetadata(input);
  return pageMetadata({
    ...input,
    title: `${input.title} – side ${page}`,
    path: `${input.path}?side=${page}`,
    noindex: true,
  });
}

export function pageMetadata({
  title,
  description,
  path,
  image,
  noindex = false,
  feed,
  openGraph,
}: PageMetadataInput): Metadata {
  const images = [image ?? DEFAULT_SHARE_IMAGE];
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: { 'application/rss+xml': feed ? [feed, SITE_FEED] : [SITE_FEED] },
    },
    robots: noindex ? NOINDEX_ROBOTS : INDEX_ROBOTS,
    openGraph: {
      type: 'website',
      siteName: SITE_NAME,
      locale: 'da_DK',
      title,
      description,
      url: path,
      images,
      ...openGraph,
    } as Metadata['openGraph'],
    twitter: { card: 'summary_large_image', title, description, images },
  };
}

/** The root layout's defaults, for pages that set nothing themselves (the 404 page and Next's own). */
export function siteDefaults(): Metadata {
  const title = SITE_TITLE;
  return {
    title: { default: title, template: `%s | ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    applicationName: SITE_NAME,
    alternates: { types: { 'application/rss+xml': [SITE_FEED] } },
    robots: INDEX_ROBOTS,
    openGraph: {
      type: 'website',
      siteName: SITE_NAME,
      locale: 'da_DK',
      title,
      description: SITE_DESCRIPTION,
      images: [DEFAULT_SHARE_IMAGE],
    },
    twitter: { card: 'summary_large_image', title, description: SITE_DESCRIPTION, images: [DEFAULT_SHARE_IMAGE] },
  };
}
