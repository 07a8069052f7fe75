import type { ArticleContent } from '@/db/queries/editor';

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
