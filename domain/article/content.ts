import type { ArticleKind } from './workflow';

/** The editable content of an article: what a revision stores and a restore brings back. */
export type ArticleContent = {
  title: string;
  slug: string;
  lead: string;
  body: string;
  kind: ArticleKind;
  sponsor: string | null;
  sectionId: number;
  topImageId: number | null;
  seoTitle: string | null;
  seoDescription: string | null;
  authorIds: number[];
  tags: string[];
  relatedIds: number[];
};

/** The most bylines, topics and related articles an article may have (the save checks them; a merge keeps them). */
export const ARTICLE_LIST_LIMITS = { authorIds: 10, tags: 20, relatedIds: 10 } as const;

/** A new article's content before anything is typed: a news draft in `sectionId` without a byline. */
export function emptyArticleContent(sectionId: number): ArticleContent {
  return {
    title: '',
    slug: '',
    lead: '',
    body: '',
    kind: 'news',
    sponsor: null,
    sectionId,
    topImageId: null,
    seoTitle: null,
    seoDescription: null,
    authorIds: [],
    tags: [],
    relatedIds: [],
  };
}

/** The content fields of anything that carries them (an article as edited, a revision), and nothing else. */
export function contentOf(article: ArticleContent): ArticleContent {
  return {
    title: article.title,
    slug: article.slug,
    lead: article.lead,
    body: article.body,
    kind: article.kind,
    sponsor: article.sponsor,
    sectionId: article.sectionId,
    topImageId: article.topImageId,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    authorIds: article.authorIds,
    tags: article.tags,
    relatedIds: article.relatedIds,
  };
}

/** The article row's columns that hold its editable content (a sponsor only on sponsored content). */
export function contentColumns(content: ArticleContent) {
  return {
    title: content.title,
    slug: content.slug,
    lead: content.lead,
    body: content.body,
    kind: content.kind,
    sponsor: content.kind === 'sponsored' ? content.sponsor : null,
    sectionId: content.sectionId,
    topImageId: content.topImageId,
    seoTitle: content.seoTitle,
    seoDescription: content.seoDescription,
  };
}
