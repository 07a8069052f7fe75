import 'server-only';

import { asc, eq, inArray } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { getDb } from '@/db/client';
import { articleAuthors, articles, articleTags, authors, media, sections, tags } from '@/db/schema';
import { LISTINGS, newestOf } from '@/db/queries/listings';
import { readerModifiedTimes, teaserColumns, toTeaser, type TeaserRow } from '@/db/queries/teasers';
import { cached } from '@/db/cache';

// What the RSS feeds list: the newest published articles of the whole site, a section, a tag or an author, with
// everything an item shows (section, tag and author names, the top image's type and size for the enclosure).
// News and sponsored content alike, as on the tag and author pages; server/seo/feeds.ts labels sponsored items.

/** Whose articles a feed lists. Pages link feeds through domain/seo/metadata.ts (FEEDS); channels use the rest. */
export type FeedSubject =
  | { kind: 'site' }
  | { kind: 'section'; slug: string; name: string; description?: string }
  | { kind: 'tag'; slug: string; name: string }
  | { kind: 'author'; slug: string; name: string; title?: string; bio?: string };

export type FeedArticle = {
  /** The article's path on the site, "/nyheder/…". */
  path: string;
  title: string;
  lead: string;
  kind: 'news' | 'sponsored';
  sponsor: string | null;
  /** ISO-8601 UTC. */
  publishedAt: string;
  /** When readers were told it was updated (a marked update or a correction), else null. */
  modifiedAt: string | null;
  section: { slug: string; name: string };
  tags: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  /** The top image: its path on the site, MIME type and size in bytes (the enclosure needs both). */
  image: { src: string; type: string; length: number; width: number; height: number } | null;
};

export type FeedContent = { subject: FeedSubject; articles: FeedArticle[] };

/** Items per feed. */
export const FEED_SIZE = 50;

export type FeedRequest = { kind: 'site' } | { kind: 'section' | 'tag' | 'author'; slug: string };

/** A teaser's columns (see toTeaser in ./teasers) plus the top image's MIME type and size in bytes. */
const feedColumns = {
  ...teaserColumns,
  imageMime: media.mime,
  imageBytes: media.byteSize,
};

type FeedRow = TeaserRow & { imageMime: string | null; imageBytes: number | null };

/** The given articles in the given order (newest first, from a listing), with their bylines and tags. */
function feedArticles(ids: number[]): FeedArticle[] {
  if (ids.length === 0) return [];
  const db = getDb();
  const byId = new Map(
    db
      .select(feedColumns)
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(media, eq(media.id, articles.topImageId))
      .where(inArray(articles.id, ids))
      .all()
      .map((row): [number, FeedRow] => [row.id, row]),
  );
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const bylines = db
    .select({ articleId: articleAuthors.articleId, slug: authors.slug, name: authors.name })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(inArray(articleAuthors.articleId, ids))
    .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position))
    .all();
  const tagNames = db
    .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, ids))
    .orderBy(asc(articleTags.articleId), asc(tags.name))
    .all();
  const modified = readerModifiedTimes(ids);
  const of = (list: { articleId: number; slug: string; name: string }[], id: number) =>
    list.filter((entry) => entry.articleId === id).map(({ slug, name }) => ({ slug, name }));
  return rows.map((row) => {
    const teaser = toTeaser(row);
    return {
      path: teaser.path,
      title: teaser.title,
      lead: teaser.lead,
      kind: teaser.kind,
      sponsor: teaser.sponsor,
      publishedAt: teaser.publishedAt,
      modifiedAt: modified.get(row.id) ?? null,
      section: teaser.section,
      tags: of(tagNames, row.id),
      authors: of(bylines, row.id),
      image:
        teaser.image && row.imageMime && row.imageBytes !== null
          ? {
              src: teaser.image.src,
              type: row.imageMime,
              length: row.imageBytes,
              width: teaser.image.width,
              height: teaser.image.height,
            }
          : null,
    };
  });
}

/** The subject of a feed and its articles; null when the section, tag or author does not exist (the route 404s). */
function loadFeed(request: FeedRequest): FeedContent | null {
  const db = getDb();
  switch (request.kind) {
    case 'site':
      return { subject: { kind: 'site' }, articles: feedArticles(newestOf([LISTINGS.all()], FEED_SIZE)) };
    case 'section': {
      const section = db.select().from(sections).where(eq(sections.slug, request.slug)).get();
      if (!section) return null;
      return {
        subject: { kind: 'section', slug: section.slug, name: section.name, description: section.description },
        articles: feedArticles(
          newestOf([LISTINGS.section(section.id, 'news'), LISTINGS.section(section.id, 'sponsored')], FEED_SIZE),
        ),
      };
    }
    case 'tag': {
      const tag = db.select().from(tags).where(eq(tags.slug, request.slug)).get();
      if (!tag) return null;
      return {
        subject: { kind: 'tag', slug: tag.slug, name: tag.name },
        articles: feedArticles(newestOf([LISTINGS.tag(tag.id)], FEED_SIZE)),
      };
    }
    case 'author': {
      const author = db.select().from(authors).where(eq(authors.slug, request.slug)).get();
      if (!author) return null;
      return {
        subject: { kind: 'author', slug: author.slug, name: author.name, title: author.title, bio: author.bio },
        articles: feedArticles(newestOf([LISTINGS.author(author.id)], FEED_SIZE)),
      };
    }
  }
}

/**
 * A feed through the data cache. Like the listing pages it expires with `article-lists` (any publish, edit or
 * unpublish); every item also names its section, tags and authors, so a renamed section, tag or author expires
 * every feed, not only that subject's own.
 */
export const getFeed = cached(loadFeed, ['rss-feed'], [TAGS.articleLists, TAGS.sections, TAGS.tags, TAGS.authors]);
