import 'server-only';

import { and, asc, desc, eq, ne } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { type ArticleContent } from '@/domain/article/content';
import { type ArticleStatus } from '@/domain/article/workflow';
import { getDb } from '@/db/client';
import {
  articleAuthors,
  articleCorrections,
  articleRelated,
  articles,
  articleTags,
  authors,
  sections,
  tags,
  users,
} from '@/db/schema';
import { articlePath } from '@/db/queries/teasers';
import { titleContains } from './text-match';
import { isPublished } from './visibility';

// The article as the newsroom edits it: the editable content with its status, version and byline users, the
// cache tags a change to it expires, and the editor's pickers. Writes: article-writes.ts, workflow.ts, revisions.ts.

export type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];

export type EditableArticle = ArticleContent & {
  id: number;
  status: ArticleStatus;
  version: number;
  publishAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  updatedByName: string | null;
  createdBy: number | null;
  authorUserIds: number[];
  sectionSlug: string;
  path: string;
  corrections: { body: string; createdAt: string }[];
};

export function readContent(db: Tx | ReturnType<typeof getDb>, id: number): EditableArticle | null {
  const row = db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      lead: articles.lead,
      body: articles.body,
      kind: articles.kind,
      sponsor: articles.sponsor,
      sectionId: articles.sectionId,
      sectionSlug: sections.slug,
      topImageId: articles.topImageId,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      status: articles.status,
      version: articles.version,
      publishAt: articles.publishAt,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      updatedByName: users.name,
      createdBy: articles.createdBy,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(users, eq(users.id, articles.updatedBy))
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  const authorRows = db
    .select({ id: authors.id, userId: authors.userId })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, id))
    .orderBy(asc(articleAuthors.position))
    .all();
  return {
    ...row,
    authorIds: authorRows.map((author) => author.id),
    authorUserIds: authorRows.map((author) => author.userId).filter((value): value is number => value !== null),
    tags: db
      .select({ name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, id))
      .orderBy(asc(tags.name))
      .all()
      .map((tag) => tag.name),
    relatedIds: db
      .select({ id: articleRelated.relatedId })
      .from(articleRelated)
      .where(eq(articleRelated.articleId, id))
      .orderBy(asc(articleRelated.position))
      .all()
      .map((related) => related.id),
    path: articlePath(row.sectionSlug, row.slug),
    corrections: db
      .select({ body: articleCorrections.body, createdAt: articleCorrections.createdAt })
      .from(articleCorrections)
      .where(eq(articleCorrections.articleId, id))
      .orderBy(asc(articleCorrections.createdAt))
      .all(),
  };
}

export function getEditableArticle(id: number): EditableArticle | null {
  return readContent(getDb(), id);
}

/** Whether an article exists (any status): the presence heartbeat's cheap check. */
export function articleExists(id: number): boolean {
  return getDb().select({ id: articles.id }).from(articles).where(eq(articles.id, id)).get() !== undefined;
}

/** The tags an article change expires: its page (old and new slug), lists, section neighbours, sponsored lists. */
export function articleTagsFor(
  before: { id: number; slug: string; sectionSlug: string } | null,
  after: { id: number; slug: string; sectionSlug: string },
) {
  return [
    ...new Set([
      TAGS.article(after.id),
      TAGS.articleSlug(after.slug),
      TAGS.articleLists,
      TAGS.section(after.sectionSlug),
      TAGS.sponsored,
      TAGS.tags,
      ...(before ? [TAGS.articleSlug(before.slug), TAGS.section(before.sectionSlug)] : []),
    ]),
  ];
}

/** Titles for the related-article picker: published articles matching the words, newest first. */
export function findArticlesForPicker(query: string, excludeId?: number) {
  const words = query.trim().slice(0, 100);
  if (!words) return [];
  return getDb()
    .select({ id: articles.id, title: articles.title, slug: articles.slug, section: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublished, titleContains(words), excludeId ? ne(articles.id, excludeId) : undefined))
    .orderBy(desc(articles.publishedAt))
    .limit(10)
    .all()
    .map((row) => ({ id: row.id, title: row.title, path: articlePath(row.section, row.slug) }));
}

export function editorChoices() {
  const db = getDb();
  return {
    sections: db.select({ id: sections.id, name: sections.name }).from(sections).orderBy(sections.position).all(),
    // Inactive authors stay listed so an article's existing byline shows their names; the picker offers active ones.
    authors: db
      .select({ id: authors.id, name: authors.name, active: authors.active })
      .from(authors)
      .orderBy(authors.name)
      .all(),
    tags: db
      .select({ name: tags.name })
      .from(tags)
      .orderBy(tags.name)
      .all()
      .map((tag) => tag.name),
  };
}
