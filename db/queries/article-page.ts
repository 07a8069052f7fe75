import 'server-only';

import { and, asc, desc, eq, gt, inArray, lt, or, type SQL } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { markdownToPlainText, relatedIdsInBody } from '@/domain/markdown';
import { getDb } from '@/db/client';
import { articleAuthors, articleCorrections, articleRelated, articles, articleTags, authors, tags } from '@/db/schema';
import { cached } from '@/db/cache';

import { isPublished, isPublishedNews } from './visibility';
import { readerModifiedTimes, teaserQuery, toTeaser, type ArticleTeaser } from './teasers';

// One article as its page shows it: the article, its related articles and its section neighbours.

export type ArticleDetail = ArticleTeaser & {
  body: string;
  seoTitle: string | null;
  seoDescription: string | null;
  authors: { slug: string; name: string; title: string }[];
  tags: { slug: string; name: string }[];
  corrections: { body: string; createdAt: string }[];
  /** When readers are told it was updated (a marked update or a correction), else null: see readerModifiedTimes. */
  modifiedAt: string | null;
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
  const teaser = toTeaser(row);
  const modifiedAt = readerModifiedTimes([row.id]).get(row.id) ?? null;
  return {
    ...teaser,
    ...extra,
    modifiedAt: modifiedAt && modifiedAt > teaser.publishedAt ? modifiedAt : null,
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
  // A section's rename or move changes every article's path and section label in it; sections change rarely and
  // expire every page through the menu anyway, so the article data goes with them.
  ({ slug }) => [TAGS.articleSlug(slug), TAGS.sections],
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
  ({ ids }) => [...[...new Set(ids)].map(TAGS.article), TAGS.sections],
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
    const inSection = and(isPublishedNews, eq(articles.sectionId, current.sectionId));
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
