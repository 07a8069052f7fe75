import { Feed, type Extension, type Item } from 'feed';

import { COPY } from '@/copy/site';
import type { FeedArticle, FeedContent, FeedSubject } from '@/db/queries/feeds';
import { FEEDS, SITE_FEED, type FeedLink } from '@/domain/seo/metadata';
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from '@/domain/site';

// RSS 2.0 feeds, written by the `feed` package (escaping, RFC 822 dates, atom:link self); this module only decides
// what goes in them. The route handlers (app/rss.xml, app/(site)/…/rss.xml) read a FeedContent through
// db/queries/feeds.ts and answer with feedResponse().
//
// Two things the package does not do for RSS 2.0 are added as item extensions, each declaring its own namespace
// (the package only declares namespaces for its own elements on <rss>):
// - bylines as <dc:creator>: RSS's <author> must be an e-mail address, and bylines are names;
// - the top image as <media:content> (Media RSS) beside the <enclosure>, which readers use for thumbnails.

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';

const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';
const MEDIA_NAMESPACE = 'http://search.yahoo.com/mrss/';
/** public/logo.png, made by design/make-brand-images.mjs. */
const CHANNEL_IMAGE = '/logo.png';

/** The feeds' own reader-facing text (item labels and page descriptions come from copy/site.ts). */
export const FEED_COPY = {
  sectionDescription: (name: string) => `De seneste artikler fra ${name} på ${SITE_NAME}.`,
  authorDescription: (name: string) => `${COPY.authorArticles(name)} på ${SITE_NAME}.`,
  copyright: (year: number) => `© ${year} ${SITE_NAME}`,
  notFound: 'Der er intet RSS-feed på denne adresse.',
};

/** The feed's URL (site-relative) and title, as pages link to it. */
export function feedLink(subject: FeedSubject): FeedLink {
  return subject.kind === 'site' ? SITE_FEED : FEEDS[subject.kind](subject.slug, subject.name);
}

/** The HTML page a feed belongs to: the channel's <link>. */
function pagePath(subject: FeedSubject): string {
  switch (subject.kind) {
    case 'site':
      return '/';
    case 'section':
      return `/${subject.slug}`;
    case 'tag':
      return `/tag/${subject.slug}`;
    case 'author':
      return `/skribent/${subject.slug}`;
  }
}

/** Mirrors the HTML pages' meta descriptions. */
function channelDescription(subject: FeedSubject): string {
  switch (subject.kind) {
    case 'site':
      return SITE_DESCRIPTION;
    case 'section':
      return subject.description || FEED_COPY.sectionDescription(subject.name);
    case 'tag':
      return COPY.tagDescription(subject.name);
    case 'author':
      return (
        subject.bio ||
        (subject.title
          ? COPY.authorDescription(subject.name, subject.title)
          : FEED_COPY.authorDescription(subject.name))
      );
  }
}

/** Sponsored content is labelled with its sponsor in the title, as everywhere else on the site. */
function itemTitle(article: FeedArticle): string {
  if (article.kind !== 'sponsored') return article.title;
  return `${article.sponsor ? COPY.sponsoredBy(article.sponsor) : COPY.sponsoredTitle}: ${article.title}`;
}

/** Text XML 1.0 may carry: forbidden characters (control characters pasted from word processors, lone surrogates) go. */
function xmlSafe(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** The package writes item titles and descriptions as CDATA and splits only the first "]]>"; break every one. */
function cdataSafe(text: string): string {
  return xmlSafe(text).replaceAll(']]>', ']]\u200B>');
}

/** Readers render <description> as HTML; a lead is plain text, so its own "<" and "&" must stay text. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Repeated elements: the package writes an extension's objects as given, and an array repeats the element. */
const repeated = (elements: Record<string, unknown>[]) => elements as unknown as Record<string, unknown>;

function itemExtensions(article: FeedArticle): Extension[] {
  const extensions: Extension[] = [];
  if (article.authors.length > 0) {
    extensions.push({
      name: 'dc:creator',
      objects: repeated(
        article.authors.map((author) => ({ _attributes: { 'xmlns:dc': DC_NAMESPACE }, _text: xmlSafe(author.name) })),
      ),
    });
  }
  if (article.image) {
    extensions.push({
      name: 'media:content',
      objects: {
        _attributes: {
          'xmlns:media': MEDIA_NAMESPACE,
          url: absoluteUrl(article.image.src),
          type: article.image.type,
          medium: 'image',
          fileSize: article.image.length,
          ...(article.image.width > 0 && article.image.height > 0
            ? { width: article.image.width, height: article.image.height }
            : {}),
        },
      },
    });
  }
  return extensions;
}

function item(article: FeedArticle): Item {
  const categories = [...new Set([article.section.name, ...article.tags.map((tag) => tag.name)])];
  const link = absoluteUrl(article.path);
  return {
    title: cdataSafe(itemTitle(article)),
    // No separate guid: the package then writes the link as a permalink guid (isPermaLink="true").
    link,
    description: cdataSafe(escapeHtml(article.lead)),
    date: new Date(article.publishedAt),
    category: categories.map((name) => ({ name: xmlSafe(name) })),
    ...(article.image
      ? { enclosure: { url: absoluteUrl(article.image.src), type: article.image.type, length: article.image.length } }
      : {}),
    extensions: itemExtensions(article),
  };
}

/**
 * The RSS 2.0 document for a feed; lastBuildDate is the newest item's publication or update as readers see it
 * (now when there are none): a silent typo fix does not change it.
 */
export function rssXml({ subject, articles }: FeedContent): string {
  const newest = articles.reduce<string | null>((acc, article) => {
    const changed = article.modifiedAt ?? article.publishedAt;
    return !acc || changed > acc ? changed : acc;
  }, null);
  const updated = newest ? new Date(newest) : new Date();
  const feed = new Feed({
    title: xmlSafe(feedLink(subject).title),
    link: absoluteUrl(pagePath(subject)),
    description: xmlSafe(channelDescription(subject)),
    language: 'da',
    copyright: FEED_COPY.copyright(updated.getUTCFullYear()),
    image: absoluteUrl(CHANNEL_IMAGE),
    updated,
    feedLinks: { rss: absoluteUrl(feedLink(subject).url) },
    generator: false,
  });
  for (const article of articles) feed.addItem(item(article));
  return feed.rss2();
}

/** The route handlers' answer: the feed, or a short Danish 404 when the section, tag or author does not exist. */
export function feedResponse(content: FeedContent | null): Response {
  if (!content) {
    return new Response(FEED_COPY.notFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return new Response(rssXml(content), { headers: { 'Content-Type': RSS_CONTENT_TYPE } });
}
