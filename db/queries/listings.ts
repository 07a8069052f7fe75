import 'server-only';

import { and, asc, count, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

import { TAGS } from '@/domain/cache-tags';
import { authorLinks, type AuthorLinkKey } from '@/domain/people/links';
import { FRONT_PAGE_TOP } from '@/domain/site';
import { getDb } from '@/db/client';
import {
  articleAuthors,
  articles,
  articleTags,
  authors,
  companies,
  frontPageSlots,
  media,
  peopleNews,
  sections,
  tags,
} from '@/db/schema';
import { cached } from '@/db/cache';

import { isPublished, isPublishedNews } from './visibility';
import {
  toImageRef,
  teaserQuery,
  teasersByIds,
  teasersInOrder,
  toTeaser,
  type ArticleTeaser,
  type ImageRef,
  type TeaserPage,
} from './teasers';

// Listings: the front page, sections, tags, authors and sponsored content, newest first, paged from one index
// range each (no OFFSET through whole sections, no counting of rows).

export const PAGE_SIZE = 15;
function newestNews({ sectionId, limit }: { sectionId?: number; limit: number }) {
  return teaserQuery()
    .where(sectionId === undefined ? isPublishedNews : and(isPublishedNews, eq(articles.sectionId, sectionId)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all()
    .map(toTeaser);
}

export type FrontPage = {
  lead: ArticleTeaser | null;
  /** The top stories under the lead: the editors' pins in order, then the newest news. */
  top: ArticleTeaser[];
  /** The newest news not already shown above. */
  latest: ArticleTeaser[];
  sectionBlocks: { section: { slug: string; name: string }; articles: ArticleTeaser[] }[];
};

/** Ids of the pinned articles (db/queries/front-page.ts), in their order; teasersByIds drops those no longer news. */
function pinnedArticleIds(): number[] {
  return getDb()
    .select({ id: frontPageSlots.articleId })
    .from(frontPageSlots)
    .orderBy(asc(frontPageSlots.position))
    .all()
    .map((row) => row.id);
}

const FRONT_PAGE_LATEST = 6;

export const getFrontPage = cached(
  (): FrontPage => {
    // Pinned articles that are still published news come first (pinnedArticleIds skips the rest), then the
    // newest news fills the places nobody pinned.
    const pinned = teasersByIds(pinnedArticleIds());
    const pinnedIds = new Set(pinned.map((article) => article.id));
    const newest = newestNews({ limit: FRONT_PAGE_TOP + FRONT_PAGE_LATEST + pinned.length }).filter(
      (article) => !pinnedIds.has(article.id),
    );
    const [lead, ...top] = [...pinned, ...newest].slice(0, FRONT_PAGE_TOP);
    const shown = new Set([lead?.id, ...top.map((a) => a.id)]);
    const latest = newest.filter((article) => !shown.has(article.id)).slice(0, FRONT_PAGE_LATEST);
    const sectionBlocks = getDb()
      .select({ id: sections.id, slug: sections.slug, name: sections.name })
      .from(sections)
      // The blocks follow the menu: a hidden section has none.
      .where(eq(sections.hidden, false))
      .orderBy(asc(sections.position))
      .all()
      .map((section) => ({
        section: { slug: section.slug, name: section.name },
        articles: newestNews({ sectionId: section.id, limit: 8 })
          .filter((article) => !shown.has(article.id))
          .slice(0, 4),
      }))
      .filter((block) => block.articles.length > 0);
    return { lead: lead ?? null, top, latest, sectionBlocks };
  },
  ['front-page'],
  [TAGS.articleLists, TAGS.sections, TAGS.frontPage],
);

/** Every section in menu order; the menu and the footer leave out the hidden ones, the search filter does not. */
export const getSections = cached(
  () =>
    getDb()
      .select({ slug: sections.slug, name: sections.name, description: sections.description, hidden: sections.hidden })
      .from(sections)
      .orderBy(asc(sections.position))
      .all(),
  ['sections'],
  [TAGS.sections],
);

/** The tags editors feature in the "Fokus" row under the menu, by name (a handful: the row is one line). */
export const getFeaturedTags = cached(
  () =>
    getDb()
      .select({ slug: tags.slug, name: tags.name })
      .from(tags)
      .where(eq(tags.featured, true))
      .orderBy(asc(tags.name))
      .limit(FEATURED_TAGS_MAX)
      .all(),
  ['featured-tags'],
  [TAGS.featuredTags],
);

export const FEATURED_TAGS_MAX = 8;

/**
 * A list of published articles, newest first, as listings and feeds read it: its size and a page of its entries,
 * each answered from one index range without visiting the articles it skips (see the indexes in db/schema.ts).
 */
export type Listing = {
  count: () => number;
  entries: (limit: number, offset?: number) => { id: number; publishedAt: string | null }[];
};

/**
 * The published rows of `table` matching `where`, newest first: `where` pins the leading columns of an index that
 * ends in (publishedAt, id), so both the count and a page are read from that index alone.
 */
function listing(
  table: typeof articles | typeof articleTags | typeof articleAuthors,
  { id, publishedAt }: { id: SQLiteColumn; publishedAt: SQLiteColumn },
  where: SQL | undefined,
): Listing {
  const db = getDb();
  return {
    count: () => db.select({ n: count() }).from(table).where(where).get()?.n ?? 0,
    entries: (limit, offset = 0) =>
      db
        .select({ id: sql<number>`${id}`, publishedAt: sql<string | null>`${publishedAt}` })
        .from(table)
        .where(where)
        .orderBy(desc(publishedAt), desc(id))
        .limit(limit)
        .offset(offset)
        .all(),
  };
}

/** Published articles matching `where`. */
const articleListing = (where: SQL | undefined) =>
  listing(articles, { id: articles.id, publishedAt: articles.publishedAt }, and(where, isPublished));

/** Published articles by way of a link table, which carries the publication time while published (migration 0007). */
const linkedListing = (link: typeof articleTags | typeof articleAuthors, where: SQL) =>
  listing(link, { id: link.articleId, publishedAt: link.publishedAt }, and(where, isNotNull(link.publishedAt)));

/** The listings readers see, by what they list. */
export const LISTINGS = {
  /** Every published article, news and sponsored (the site feed). */
  all: () => articleListing(undefined),
  /** News or sponsored content only. */
  ofKind: (kind: 'news' | 'sponsored') => articleListing(eq(articles.kind, kind)),
  /** One section's news or sponsored content. */
  section: (sectionId: number, kind: 'news' | 'sponsored') =>
    articleListing(and(eq(articles.sectionId, sectionId), eq(articles.kind, kind))),
  tag: (tagId: number) => linkedListing(articleTags, eq(articleTags.tagId, tagId)),
  author: (authorId: number) => linkedListing(articleAuthors, eq(articleAuthors.authorId, authorId)),
};

/** The newest `limit` ids of several listings together (each read only as far as needed), newest first. */
export function newestOf(listings: Listing[], limit: number): number[] {
  return listings
    .flatMap((listing) => listing.entries(limit))
    .sort((a, b) =>
      a.publishedAt === b.publishedAt ? b.id - a.id : (b.publishedAt ?? '') > (a.publishedAt ?? '') ? 1 : -1,
    )
    .slice(0, limit)
    .map((entry) => entry.id);
}

/** One page of a listing; null past the last page. */
function teaserPage(listing: Listing, page: number): TeaserPage | null {
  const total = listing.count();
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  const ids = listing.entries(PAGE_SIZE, (page - 1) * PAGE_SIZE).map((entry) => entry.id);
  return { items: teasersInOrder(ids), total, page, pageCount };
}

export type SectionPage = {
  /** `hidden`: out of the menu; its page stays readable but is kept out of search engines. */
  section: { slug: string; name: string; description: string; hidden: boolean };
  articles: TeaserPage;
};

/** A section's news, newest first; null when the section or the page does not exist. */
export const getSectionPage = cached(
  ({ slug, page }: { slug: string; page: number }): SectionPage | null => {
    const db = getDb();
    const section = db.select().from(sections).where(eq(sections.slug, slug)).get();
    if (!section) return null;
    const list = teaserPage(LISTINGS.section(section.id, 'news'), page);
    if (!list) return null;
    const { slug: current, name, description, hidden } = section;
    return { section: { slug: current, name, description, hidden }, articles: list };
  },
  ['section-page'],
  [TAGS.articleLists, TAGS.sections],
);

export type AuthorPage = {
  author: {
    slug: string;
    name: string;
    title: string;
    bio: string;
    photo: ImageRef | null;
    /** Only when the author has chosen to show it. */
    email: string | null;
    links: { key: AuthorLinkKey; url: string }[];
  };
  /** The newest Navnenyt entries about the author (a new job at Spalte, an award): one person, one page. */
  peopleNews: { path: string; title: string; publishedAt: string }[];
  articles: TeaserPage;
};

const AUTHOR_PEOPLE_NEWS = 5;

export const getAuthorPage = cached(
  ({ slug, page }: { slug: string; page: number }): AuthorPage | null => {
    const db = getDb();
    const author = db.select().from(authors).where(eq(authors.slug, slug)).get();
    if (!author) return null;
    const list = teaserPage(LISTINGS.author(author.id), page);
    if (!list) return null;
    const photo = author.photoId ? db.select().from(media).where(eq(media.id, author.photoId)).get() : undefined;
    return {
      author: {
        slug: author.slug,
        name: author.name,
        title: author.title,
        bio: author.bio,
        photo: photo ? toImageRef({ ...photo, alt: photo.alt || author.name }) : null,
        email: author.showEmail ? author.email : null,
        links: authorLinks(author),
      },
      // people_news_author_idx: the author's entries, newest first.
      peopleNews: db
        .select({
          slug: peopleNews.slug,
          role: peopleNews.role,
          company: peopleNews.company,
          at: peopleNews.publishedAt,
        })
        .from(peopleNews)
        .where(eq(peopleNews.authorId, author.id))
        .orderBy(desc(peopleNews.publishedAt))
        .limit(AUTHOR_PEOPLE_NEWS)
        .all()
        .map((entry) => ({
          path: `/navnenyt/${entry.slug}`,
          title: `${entry.role}, ${entry.company}`,
          publishedAt: entry.at,
        })),
      articles: list,
    };
  },
  ['author-page'],
  [TAGS.articleLists, TAGS.authors, TAGS.peopleNews],
);

export type TagPage = {
  tag: { slug: string; name: string; description: string };
  /** The company this tag stands for, if any: its page gathers jobs and Navnenyt too. */
  company: { slug: string; name: string } | null;
  articles: TeaserPage;
};

export const getTagPage = cached(
  ({ slug, page }: { slug: string; page: number }): TagPage | null => {
    const db = getDb();
    const tag = db.select().from(tags).where(eq(tags.slug, slug)).get();
    if (!tag) return null;
    const list = teaserPage(LISTINGS.tag(tag.id), page);
    if (!list) return null;
    const company =
      db
        .select({ slug: companies.slug, name: companies.name })
        .from(companies)
        .where(eq(companies.tagId, tag.id))
        .get() ?? null;
    return { tag: { slug: tag.slug, name: tag.name, description: tag.description }, company, articles: list };
  },
  ['tag-page'],
  [TAGS.articleLists, TAGS.tags],
);

/** Published sponsored articles, newest first, for /annonceindlaeg. */
export const getSponsoredPage = cached(
  ({ page }: { page: number }): TeaserPage | null => teaserPage(LISTINGS.ofKind('sponsored'), page),
  ['sponsored-page'],
  [TAGS.sponsored, TAGS.articleLists],
);
