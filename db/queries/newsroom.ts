import 'server-only';

import { and, asc, count, desc, eq, exists, sql, type SQL } from 'drizzle-orm';

import { getDb } from '../client';
import { containsText } from './text-match';
import { ARTICLE_STATUSES, articleAuthors, articles, authors, sections, users } from '../schema';

export { ARTICLE_STATUSES };


// The newsroom's view of articles: every status, read straight from the database (never from the public cache).

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Kladde',
  review: 'Til redigering',
  scheduled: 'Planlagt',
  published: 'Udgivet',
  unpublished: 'Afpubliceret',
};

export const SORTS = {
  opdateret: { label: 'Senest ændret', column: articles.updatedAt },
  udgivet: { label: 'Udgivelsestid', column: articles.publishedAt },
  titel: { label: 'Titel', column: articles.title },
} as const;
export type SortKey = keyof typeof SORTS;

export const NEWSROOM_PAGE_SIZE = 25;

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


export function listNewsroomArticles(filters: ArticleListFilters) {
  const db = getDb();
  const page = filters.page ?? 1;
  const conditions: (SQL | undefined)[] = [
    filters.status ? eq(articles.status, filters.status) : undefined,
    filters.section ? eq(sections.slug, filters.section) : undefined,
    filters.q ? containsText(articles.title, filters.q) : undefined,
    filters.author
      ? exists(
          db
            .select({ one: sql`1` })
            .from(articleAuthors)
            .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
            .where(and(eq(articleAuthors.articleId, articles.id), eq(authors.slug, filters.author))),
        )
      : undefined,
  ];
  const where = and(...conditions);
  const total =
    db.select({ n: count() }).from(articles).innerJoin(sections, eq(sections.id, articles.sectionId)).where(where).get()?.n ?? 0;
  const sort = SORTS[filters.sort ?? 'opdateret'].column;
  const order = filters.direction === 'asc' ? asc : desc;
  const rows = db
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
    .where(where)
    .orderBy(order(sort), desc(articles.id))
    .limit(NEWSROOM_PAGE_SIZE)
    .offset((page - 1) * NEWSROOM_PAGE_SIZE)
    .all();
  const names = rows.length
    ? db
        .select({ articleId: articleAuthors.articleId, name: authors.name })
        .from(articleAuthors)
        .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
        .where(sql`${articleAuthors.articleId} IN ${rows.map((row) => row.id)}`)
        .orderBy(articleAuthors.articleId, articleAuthors.position)
        .all()
    : [];
  const items: ArticleListItem[] = rows.map((row) => ({
    ...row,
    authors: names.filter((name) => name.articleId === row.id).map((name) => name.name),
  }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / NEWSROOM_PAGE_SIZE)) };
}

export function newsroomChoices() {
  const db = getDb();
  return {
    sections: db.select({ slug: sections.slug, name: sections.name }).from(sections).orderBy(sections.position).all(),
    authors: db.select({ slug: authors.slug, name: authors.name }).from(authors).orderBy(authors.name).all(),
  };
}
