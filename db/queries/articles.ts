import 'server-only';

import { and, asc, count, desc, eq, gt, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

import { TAGS } from '@/domain/cache-tags';
import { FRONT_PAGE_TOP } from '@/domain/site';
import { cropFiles, type CropName, type CropRef } from '@/domain/media/crops';
import { markdownToPlainText, relatedIdsInBody } from '@/domain/markdown';
import { getDb } from '@/db/client';
import {
  articleAuthors,
  articleCorrections,
  articleRelated,
  articles,
  articleTags,
  authors,
  companies,
  frontPageSlots,
  media,
  sections,
  tags,
} from '@/db/schema';
import { cached } from '@/db/cache';

export const PAGE_SIZE = 15;

export type ImageRef = {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  /** The 1:1, 4:3 and 16:9 crops around the focal point (see domain/media/crops.ts). */
  crops: Record<CropName, CropRef>;
};

export type ArticleTeaser = {
  id: number;
  slug: string;
  path: string;
  title: string;
  lead: string;
  kind: 'news' | 'sponsored';
  sponsor: string | null;
  section: { slug: string; name: string };
  publishedAt: string;
  updatedAt: string;
  image: ImageRef | null;
};

export type ArticleDetail = ArticleTeaser & {
  body: string;
  seoTitle: string | null;
  seoDescription: string | null;
  authors: { slug: string; name: string; title: string }[];
  tags: { slug: string; name: string }[];
  corrections: { body: string; createdAt: string }[];
  /** Ids of the ordered related-articles list. */
  relatedIds: number[];
  /** Estimated reading time of the body in whole minutes (at least 1). */
  readingMinutes: number;
  /** Ids referenced by related-article blocks in the body. */
  bodyRelatedIds: number[];
};

/** Danish news prose reads at roughly 200 words a minute. */
const WORDS_PER_MINUTE = 200;

function readingMinutes(body: string): number {
  const words = markdownToPlainText(body).split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export type TeaserPage = { items: ArticleTeaser[]; total: number; page: number; pageCount: number };

export const articlePath = (sectionSlug: string, slug: string) => `/${sectionSlug}/${slug}`;
export const mediaSrc = (fileName: string) => `/medier/${fileName}`;

/** The columns of a media row an image reference needs. */
export type MediaRow = {
  fileName: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  focalX: number;
  focalY: number;
};

export function toImageRef(row: MediaRow): ImageRef {
  const crops = Object.fromEntries(
    cropFiles(row).map((crop) => [crop.crop, { src: mediaSrc(crop.fileName), width: crop.width, height: crop.height }]),
  ) as Record<CropName, CropRef>;
  return {
    src: mediaSrc(row.fileName),
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    crops,
  };
}

/** A left-joined image (all columns null when there is none) as an image reference. */
export function joinedImage(row: { [K in keyof MediaRow]: MediaRow[K] | null }): ImageRef | null {
  if (row.fileName === null) return null;
  return toImageRef({
    fileName: row.fileName,
    width: row.width ?? 0,
    height: row.height ?? 0,
    alt: row.alt ?? '',
    caption: row.caption ?? '',
    credit: row.credit ?? '',
    focalX: row.focalX ?? 0.5,
    focalY: row.focalY ?? 0.5,
  });
}

/** The media columns for a left join, under the names joinedImage() reads. */
export const joinedMediaColumns = {
  fileName: media.fileName,
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  focalX: media.focalX,
  focalY: media.focalY,
};

const teaserColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  lead: articles.lead,
  kind: articles.kind,
  sponsor: articles.sponsor,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  imageFile: media.fileName,
  imageWidth: media.width,
  imageHeight: media.height,
  imageAlt: media.alt,
  imageCaption: media.caption,
  imageCredit: media.credit,
  imageFocalX: media.focalX,
  imageFocalY: media.focalY,
};

/** The columns of a teaser as selected (also by the raw search query in search.ts). */
export type TeaserRow = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  kind: 'news' | 'sponsored';
  sponsor: string | null;
  publishedAt: string | null;
  updatedAt: string;
  sectionSlug: string;
  sectionName: string;
  imageFile: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageAlt: string | null;
  imageCaption: string | null;
  imageCredit: string | null;
  imageFocalX: number | null;
  imageFocalY: number | null;
};

export function toTeaser(row: TeaserRow): ArticleTeaser {
  return {
    id: row.id,
    slug: row.slug,
    path: articlePath(row.sectionSlug, row.slug),
    title: row.title,
    lead: row.lead,
    kind: row.kind,
    sponsor: row.sponsor,
    section: { slug: row.sectionSlug, name: row.sectionName },
    publishedAt: row.publishedAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
    image: joinedImage({
      fileName: row.imageFile,
      width: row.imageWidth,
      height: row.imageHeight,
      alt: row.imageAlt,
      caption: row.imageCaption,
      credit: row.imageCredit,
      focalX: row.imageFocalX,
      focalY: row.imageFocalY,
    }),
  };
}

const isPublished = eq(articles.status, 'published');
const isNews = and(isPublished, eq(articles.kind, 'news'));

export function teaserQuery() {
  return getDb()
    .select(teaserColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.topImageId))
    .$dynamic();
}

function newestNews({ sectionId, limit }: { sectionId?: number; limit: number }) {
  return teaserQuery()
    .where(sectionId === undefined ? isNews : and(isNews, eq(articles.sectionId, sectionId)))
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

export const getSections = cached(
  () =>
    getDb()
      .select({ slug: sections.slug, name: sections.name, description: sections.description })
      .from(sections)
      .orderBy(asc(sections.position))
      .all(),
  ['sections'],
  [TAGS.sections],
);

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

/** Teasers of the given articles in the given order (the ids come from a listing, so they are published). */
function teasersInOrder(ids: number[]): ArticleTeaser[] {
  if (ids.length === 0) return [];
  const byId = new Map(
    teaserQuery()
      .where(inArray(articles.id, ids))
      .all()
      .map((row) => [row.id, toTeaser(row)]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
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
  section: { slug: string; name: string; description: string };
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
    return { section: { slug: section.slug, name: section.name, description: section.description }, articles: list };
  },
  ['section-page'],
  [TAGS.articleLists, TAGS.sections],
);

export type AuthorPage = {
  author: { slug: string; name: string; title: string; bio: string; photo: ImageRef | null };
  articles: TeaserPage;
};

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
      },
      articles: list,
    };
  },
  ['author-page'],
  [TAGS.articleLists, TAGS.authors],
);

export type TagPage = {
  tag: { slug: string; name: string };
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
    return { tag: { slug: tag.slug, name: tag.name }, company, articles: list };
  },
  ['tag-page'],
  [TAGS.articleLists, TAGS.tags],
);

/** Everything an article page shows about the article itself, for the first article matching `where`. */
function articleDetail(where: SQL | undefined): ArticleDetail | null {
  const db = getDb();
  const row = teaserQuery().where(where).get();
  if (!row) return null;
  const extra = db
    .select({ body: articles.body, seoTitle: articles.seoTitle, seoDescription: articles.seoDescription })
    .from(articles)
    .where(eq(articles.id, row.id))
    .get()!;
  const byline = db
    .select({ slug: authors.slug, name: authors.name, title: authors.title })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, row.id))
    .orderBy(asc(articleAuthors.position))
    .all();
  const tagList = db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(asc(tags.name))
    .all();
  const corrections = db
    .select({ body: articleCorrections.body, createdAt: articleCorrections.createdAt })
    .from(articleCorrections)
    .where(eq(articleCorrections.articleId, row.id))
    .orderBy(asc(articleCorrections.createdAt))
    .all();
  const relatedIds = db
    .select({ id: articleRelated.relatedId })
    .from(articleRelated)
    .where(eq(articleRelated.articleId, row.id))
    .orderBy(asc(articleRelated.position))
    .all()
    .map((r) => r.id);
  return {
    ...toTeaser(row),
    ...extra,
    authors: byline,
    tags: tagList,
    corrections,
    relatedIds,
    bodyRelatedIds: relatedIdsInBody(extra.body),
    readingMinutes: readingMinutes(extra.body),
  };
}

/** A published article by its (globally unique) slug, with everything its page shows about itself. */
export const getPublishedArticleBySlug = cached(
  ({ slug }: { slug: string }): ArticleDetail | null => articleDetail(and(isPublished, eq(articles.slug, slug))),
  ['article-by-slug'],
  ({ slug }) => [TAGS.articleSlug(slug)],
);

/**
 * Any article by id, whatever its status, as its public page would show it: the newsroom's preview. Not cached
 * (staff must see what they just saved) and never used by public pages.
 */
export function getArticleForPreview({ id }: { id: number }): ArticleDetail | null {
  return articleDetail(eq(articles.id, id));
}

/**
 * Current teasers of the given articles, in the given order, skipping any that are not published. Tagged per
 * article, so a page showing a related article's title is refreshed when that article changes.
 */
export const getArticleTeasers = cached(
  ({ ids }: { ids: number[] }): ArticleTeaser[] => {
    if (ids.length === 0) return [];
    const rows = teaserQuery()
      .where(and(isPublished, inArray(articles.id, ids)))
      .all()
      .map(toTeaser);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  },
  ['article-teasers'],
  ({ ids }) => [...new Set(ids)].map(TAGS.article),
);

/**
 * The ids of the news articles published just before and just after the given one in its section. Tagged with
 * the section, so publishing or unpublishing an article there refreshes its neighbours' links.
 */
export const getSectionNeighbours = cached(
  ({ id }: { id: number; sectionSlug: string }): { previousId: number | null; nextId: number | null } => {
    const db = getDb();
    const current = db
      .select({ sectionId: articles.sectionId, publishedAt: articles.publishedAt })
      .from(articles)
      .where(eq(articles.id, id))
      .get();
    if (!current?.publishedAt) return { previousId: null, nextId: null };
    const inSection = and(isNews, eq(articles.sectionId, current.sectionId));
    const at = current.publishedAt;
    const previous = db
      .select({ id: articles.id })
      .from(articles)
      .where(and(inSection, or(lt(articles.publishedAt, at), and(eq(articles.publishedAt, at), lt(articles.id, id)))))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(1)
      .get();
    const next = db
      .select({ id: articles.id })
      .from(articles)
      .where(and(inSection, or(gt(articles.publishedAt, at), and(eq(articles.publishedAt, at), gt(articles.id, id)))))
      .orderBy(asc(articles.publishedAt), asc(articles.id))
      .limit(1)
      .get();
    return { previousId: previous?.id ?? null, nextId: next?.id ?? null };
  },
  ['section-neighbours'],
  ({ sectionSlug }) => [TAGS.section(sectionSlug)],
);

/** Published sponsored articles, newest first, for /annonceindlaeg. */
export const getSponsoredPage = cached(
  ({ page }: { page: number }): TeaserPage | null => teaserPage(LISTINGS.ofKind('sponsored'), page),
  ['sponsored-page'],
  [TAGS.sponsored, TAGS.articleLists],
);

/** Published news by id, used by "Mest læste" once the ranking is known. */
export function teasersByIds(ids: number[]): ArticleTeaser[] {
  if (ids.length === 0) return [];
  const rows = teaserQuery()
    .where(and(isNews, inArray(articles.id, ids)))
    .all()
    .map(toTeaser);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
