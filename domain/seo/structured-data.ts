import { isoWithOffset } from '@/domain/dates';
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from '@/domain/site';

// schema.org data for search engines, as plain objects (components/site/json-ld.tsx writes them into the page).
// Every URL is absolute and every time carries its offset from UTC, as Google's structured-data guidelines ask.

type Thing = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** The publisher: one node with a stable @id, so article data can point at it. */
export function publisherData(): Thing {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': absoluteUrl('/#organisation'),
    name: SITE_NAME,
    url: absoluteUrl('/'),
    description: SITE_DESCRIPTION,
    // public/logo.png, made by design/make-brand-images.mjs.
    logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png'), width: 600, height: 160 },
  };
}

/** Front page: the site and its search, so a search engine can offer a search box that lands on /soeg. */
export function websiteData(): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': absoluteUrl('/#website'),
    name: SITE_NAME,
    url: absoluteUrl('/'),
    inLanguage: 'da-DK',
    publisher: publisherData(),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/soeg')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export type Crumb = { name: string; path: string };

/** The trail from the front page to the current page; the last crumb is the page itself. */
export function breadcrumbData(crumbs: Crumb[]): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: 'Forside', path: '/' }, ...crumbs].map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

export type ArticleForData = {
  path: string;
  title: string;
  lead: string;
  seoDescription: string | null;
  kind: 'news' | 'sponsored';
  sponsor: string | null;
  publishedAt: string;
  /** When readers were told it was updated; null when never (dateModified is then the publication time). */
  modifiedAt: string | null;
  section: { name: string };
  tags: { name: string }[];
  authors: { slug: string; name: string }[];
  /** Image URLs (site paths), best first: the 16:9, 4:3 and 1:1 crops where they exist. */
  images: string[];
};

/**
 * NewsArticle for journalism; a sponsored article is an `Article` with its `sponsor`, never presented to search
 * engines as news.
 */
export function articleData(article: ArticleForData): Thing {
  const url = absoluteUrl(article.path);
  const sponsored = article.kind === 'sponsored';
  return {
    '@context': CONTEXT,
    '@type': sponsored ? 'Article' : 'NewsArticle',
    '@id': `${url}#artikel`,
    headline: article.title,
    description: article.seoDescription ?? article.lead,
    ...(article.images.length > 0 ? { image: article.images.map((path) => absoluteUrl(path)) } : {}),
    datePublished: isoWithOffset(article.publishedAt),
    dateModified: isoWithOffset(article.modifiedAt ?? article.publishedAt),
    // Without a byline the author is the sponsor (sponsored content) or the newsroom itself, never an empty list.
    author:
      article.authors.length > 0
        ? article.authors.map((author) => ({
            '@type': 'Person',
            name: author.name,
            url: absoluteUrl(`/skribent/${author.slug}`),
          }))
        : [
            sponsored && article.sponsor
              ? { '@type': 'Organization', name: article.sponsor }
              : { '@type': 'NewsMediaOrganization', name: SITE_NAME, url: absoluteUrl('/') },
          ],
    publisher: publisherData(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    articleSection: article.section.name,
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    inLanguage: 'da-DK',
    isAccessibleForFree: true,
    ...(sponsored && article.sponsor ? { sponsor: { '@type': 'Organization', name: article.sponsor } } : {}),
  };
}

export type AuthorForData = {
  slug: string;
  name: string;
  title: string;
  bio: string;
  photo: { src: string } | null;
  /** Only when the author page shows it. */
  email?: string | null;
  /** The author's profiles elsewhere (LinkedIn, X, Mastodon): the same person, for search engines. */
  sameAs?: string[];
};

/** An author page: a ProfilePage whose main entity is the journalist. */
export function profilePageData(author: AuthorForData): Thing {
  const url = absoluteUrl(`/skribent/${author.slug}`);
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    url,
    inLanguage: 'da-DK',
    mainEntity: {
      '@type': 'Person',
      '@id': `${url}#person`,
      name: author.name,
      jobTitle: author.title,
      ...(author.bio ? { description: author.bio } : {}),
      ...(author.photo ? { image: absoluteUrl(author.photo.src) } : {}),
      ...(author.email ? { email: author.email } : {}),
      ...(author.sameAs?.length ? { sameAs: author.sameAs } : {}),
      url,
      worksFor: { '@type': 'NewsMediaOrganization', name: SITE_NAME, url: absoluteUrl('/') },
    },
  };
}
