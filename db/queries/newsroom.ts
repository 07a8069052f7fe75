import 'server-only';

import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';

import { getDb } from '@/db/client';
import type { ArticleStatus } from '@/domain/article/workflow';
import { articleAuthors, articleCounts, articles, authors, sections, users } from '@/db/schema';
import { TITLE_MATCH_LIMIT, titleContains, titleMatchesCapped } from './text-match';

export { TITLE_MATCH_LIMIT };

// The newsroom's view of articles: every status, read straight from the database (never from the public cache).

export const SORTS = {
  opdateret: { label: 'Senest ændret', column: articles.updatedAt },
  udgivet: { label: 'Udgivelsestid', column: articles.publishedAt },
  titel: { label: 'Titel', column: articles.title },
} as const;
export type SortKey = keyof typeof SORTS;

export const NEWSROOM_PAGE_SIZE = 25;
/** Articles the author filter may walk past in the sort's index before sorting the author's articles is cheaper. */
const MAX_AUTHOR_WALK = 20_000;

export type ArticleListFilters = {
  status?: ArticleStatus;
  section?: string;
  author?: string;
  q?: string;
  sort?: SortKey;
  direction?: 'asc' | 'desc';
  page?: number;
};

export type ArticleListItem = {
  id: number;
  title: string;
  status: ArticleStatus;
  kind: 'news' | 'sponsored';
  section: string;
  authors: string[];
  updatedAt: string;
  updatedBy: string | null;
  publishedAt: string | null;
  publishAt: string | null;
};

/**
 * One page of the newsroom's article list. Every filter and sort has an index to walk (db/schema.ts), the title
 * search reads the trigram index of titles, and only the page's ids are read in the walk; the rows shown are then
 * fetched by id. A page in the back half of the list is read from the other end, so no page walks past more than
 * half of what the filters leave.
 */
export function listNewsroomArticles(filters: ArticleListFilters) {
  const db = getDb();
  const page = filters.page ?? 1;
  const sectionId = filters.section
    ? (db.select({ id: sections.id }).from(sections).where(eq(sections.slug, filters.section)).get()?.id ?? -1)
    : undefined;
  const authorId = filters.author
    ? (db.select({ id: authors.id }).from(authors).where(eq(authors.slug, filters.author)).get()?.id ?? -1)
    : undefined;
  const kept = and(
    filters.status ? eq(articleCounts.status, filters.status) : undefined,
    sectionId !== undefined ? eq(articleCounts.sectionId, sectionId) : undefined,
  );
  /** Articles of the status and section filters, from the kept counts (article_counts), never counted again. */
  const keptTotal = () =>
    db
      .select({ n: sql<number>`coalesce(sum(${articleCounts.articles}), 0)` })
      .from(articleCounts)
      .where(kept)
      .get()?.n ?? 0;
  const filtered = and(
    filters.status ? eq(articles.status, filters.status) : undefined,
    sectionId !== undefined ? eq(articles.sectionId, sectionId) : undefined,
    filters.q ? titleContains(filters.q) : undefined,
  );
  // An author's articles: counted from their own index; a page is found either by walking the sort's index and
  // asking of each article whether the author wrote it (cheap for the first pages), or by fetching all the
  // author's articles and sorting them (cheap for deep pages). The expected length of the walk decides.
  const byAuthor =
    authorId !== undefined
      ? inArray(
          articles.id,
          db.select({ id: articleAuthors.articleId }).from(articleAuthors).where(eq(articleAuthors.authorId, authorId)),
        )
      : undefined;
  // Written out with table names: in a one-table select Drizzle leaves column names unqualified.
  const authorWrote = sql`exists (SELECT 1 FROM article_authors aa WHERE aa.article_id = articles.id AND aa.author_id = ${authorId ?? -1})`;
  const total =
    authorId !== undefined && !filtered
      ? (db.select({ n: count() }).from(articleAuthors).where(eq(articleAuthors.authorId, authorId)).get()?.n ?? 0)
      : filters.q || authorId !== undefined
        ? (db.select({ n: count() }).from(articles).where(and(filtered, byAuthor)).get()?.n ?? 0)
        : keptTotal();
  const pageCount = Math.max(1, Math.ceil(total / NEWSROOM_PAGE_SIZE));
  const sort = SORTS[filters.sort ?? 'opdateret'].column;
  const ascending = filters.direction === 'asc';
  const offset = (page - 1) * NEWSROOM_PAGE_SIZE;
  const fromEnd = offset >= total / 2 && offset < total;
  const direction = ascending !== fromEnd ? asc : desc;
  const shown = Math.min(NEWSROOM_PAGE_SIZE, Math.max(0, total - offset));
  const skip = fromEnd ? Math.max(0, total - offset - NEWSROOM_PAGE_SIZE) : offset;
  const walk =
    authorId !== undefined && !filters.q && (skip + shown) * (keptTotal() / Math.max(1, total)) <= MAX_AUTHOR_WALK;
  const idRows = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(filtered, authorId === undefined ? undefined : walk ? authorWrote : byAuthor))
    .orderBy(direction(sort), direction(articles.id))
    .limit(fromEnd ? shown : NEWSROOM_PAGE_SIZE)
    .offset(skip)
    .all();
  const ids = (fromEnd ? idRows.reverse() : idRows).map((row) => row.id);
  const byId = new Map(
    (ids.length
      ? db
          .select({
            id: articles.id,
            title: articles.title,
            status: articles.status,
            kind: articles.kind,
            section: sections.name,
            updatedAt: articles.updatedAt,
            updatedBy: users.name,
            publishedAt: articles.publishedAt,
            publishAt: articles.publishAt,
          })
          .from(articles)
          .innerJoin(sections, eq(sections.id, articles.sectionId))
          .leftJoin(users, eq(users.id, articles.updatedBy))
          .where(inArray(articles.id, ids))
          .all()
      : []
    ).map((row) => [row.id, row]),
  );
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const names = rows.length
    ? db
        .select({ articleId: articleAuthors.articleId, name: authors.name })
        .from(articleAuthors)
        .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
        .where(inArray(articleAuthors.articleId, ids))
        .orderBy(articleAuthors.articleId, articleAuthors.position)
        .all()
    : [];
  const items: ArticleListItem[] = rows.map((row) => ({
    ...row,
    authors: names.filter((name) => name.articleId === row.id).map((name) => name.name),
  }));
  return { items, total, page, pageCount, titleMatchesCapped: filters.q ? titleMatchesCapped(db, filters.q) : false };
}

export function newsroomChoices() {
  const db = getDb();
  return {
    sections: db.select({ slug: sections.slug, name: sections.name }).from(sections).orderBy(sections.position).all(),
    authors: db.select({ slug: authors.slug, name: authors.name }).from(authors).orderBy(authors.name).all(),
  };
}
