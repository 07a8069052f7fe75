import 'server-only';

import { and, desc, eq, gte, lt, max, sql } from 'drizzle-orm';

import { TAGS } from '@/lib/cache-tags';
import { getDb } from '../client';
import { articleAuthors, articles, articleTags, authors, companies, jobs, media, peopleNews, sections, tags } from '../schema';
import { articlePath, mediaSrc } from './articles';
import { cached } from './cache';
import { jobPath, stillActive } from './jobs';
import { peopleNewsPath } from './people-news';

// What the sitemaps list. Everything is read through the data cache under the tags that any change to the listed
// things expires (a publish, edit or unpublish expires `article-lists`), so a sitemap is current on the next
// request; windows that move with the clock (the news sitemap's two days, open jobs) are applied per request.

/** sitemaps.org allows 50,000 URLs per file; a month with more is split into numbered parts. */
export const SITEMAP_MAX_URLS = 50_000;

/** Google News: articles of the last two days, at most 1,000 in one news sitemap. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_MAX_URLS = 1000;

export type SitemapEntry = { path: string; lastmod: string | null; images?: string[] };

export type ArticleMonth = { month: string; count: number; lastmod: string };

const isPublished = eq(articles.status, 'published');

/** "2026-11" → the UTC instants the month starts and ends (timestamps are stored as UTC ISO-8601 text). */
export function monthRange(month: string): { from: string; to: string } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, mon - 1, 1)).toISOString(), to: new Date(Date.UTC(year, mon, 1)).toISOString() };
}

/** Months with published articles (UTC calendar months by publication time), newest first. */
export const getArticleMonths = cached(
  (): ArticleMonth[] => {
    const month = sql<string>`substr(${articles.publishedAt}, 1, 7)`;
    return getDb()
      .select({ month, count: sql<number>`count(*)`, lastmod: sql<string>`max(${articles.updatedAt})` })
      .from(articles)
      .where(and(isPublished, sql`${articles.publishedAt} is not null`))
      .groupBy(month)
      .orderBy(desc(month))
      .all();
  },
  ['sitemap-months'],
  [TAGS.articleLists],
);

/** One month's published articles (news and sponsored alike; both are public pages), oldest first. */
export const getArticleSitemap = cached(
  ({ month }: { month: string }): SitemapEntry[] => {
    const { from, to } = monthRange(month);
    return getDb()
      .select({ slug: articles.slug, section: sections.slug, updatedAt: articles.updatedAt, image: media.fileName })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(media, eq(media.id, articles.topImageId))
      .where(and(isPublished, gte(articles.publishedAt, from), lt(articles.publishedAt, to)))
      .orderBy(articles.publishedAt, articles.id)
      .all()
      .map((row) => ({
        path: articlePath(row.section, row.slug),
        lastmod: row.updatedAt,
        images: row.image ? [mediaSrc(row.image)] : [],
      }));
  },
  ['sitemap-month'],
  [TAGS.articleLists],
);

type NewsSitemapRow = { path: string; title: string; publishedAt: string };

const getRecentNews = cached(
  (): NewsSitemapRow[] =>
    getDb()
      .select({ slug: articles.slug, section: sections.slug, title: articles.title, publishedAt: articles.publishedAt })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(isPublished, eq(articles.kind, 'news')))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(NEWS_MAX_URLS)
      .all()
      .map((row) => ({ path: articlePath(row.section, row.slug), title: row.title, publishedAt: row.publishedAt ?? '' })),
  ['news-sitemap'],
  [TAGS.articleLists],
);

/** The news sitemap's articles: journalism (never sponsored content) published in the last two days, newest first. */
export async function getNewsSitemap(now = new Date()): Promise<NewsSitemapRow[]> {
  const since = new Date(now.getTime() - NEWS_WINDOW_MS).toISOString();
  return (await getRecentNews()).filter((row) => row.publishedAt >= since && row.publishedAt <= now.toISOString());
}

type PageRows = {
  newest: string | null;
  newestSponsored: string | null;
  sections: { slug: string; lastmod: string | null }[];
  tags: { slug: string; lastmod: string }[];
  authors: { slug: string; lastmod: string | null }[];
  companies: { id: number; slug: string; tagSlug: string | null }[];
  /** Every job, open or not: a company's page changes when one of its jobs closes. */
  jobs: { path: string; companyId: number | null; lastmod: string; expiresAt: string }[];
  peopleNews: { path: string; companyId: number | null; lastmod: string }[];
};

const getPageRows = cached(
  (): PageRows => {
    const db = getDb();
    const newest = (where: ReturnType<typeof and>) =>
      db.select({ at: max(articles.updatedAt) }).from(articles).where(where).get()?.at ?? null;
    const lastArticle = max(articles.updatedAt);
    const jobLastmod = sql<string>`coalesce(${jobs.updatedAt}, ${jobs.publishedAt})`;
    const entryLastmod = sql<string>`coalesce(${peopleNews.updatedAt}, ${peopleNews.publishedAt})`;
    return {
      newest: newest(and(isPublished, eq(articles.kind, 'news'))),
      newestSponsored: newest(and(isPublished, eq(articles.kind, 'sponsored'))),
      sections: db
        .select({ slug: sections.slug, lastmod: lastArticle })
        .from(sections)
        .leftJoin(articles, and(eq(articles.sectionId, sections.id), isPublished, eq(articles.kind, 'news')))
        .groupBy(sections.id)
        .orderBy(sections.position)
        .all(),
      // Only tags with published articles have a page worth listing.
      tags: db
        .select({ slug: tags.slug, lastmod: sql<string>`max(${articles.updatedAt})` })
        .from(tags)
        .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
        .innerJoin(articles, and(eq(articles.id, articleTags.articleId), isPublished, eq(articles.kind, 'news')))
        .groupBy(tags.id)
        .orderBy(tags.slug)
        .all(),
      authors: db
        .select({ slug: authors.slug, lastmod: lastArticle })
        .from(authors)
        .leftJoin(articleAuthors, eq(articleAuthors.authorId, authors.id))
        .leftJoin(articles, and(eq(articles.id, articleAuthors.articleId), isPublished))
        .groupBy(authors.id)
        .orderBy(authors.slug)
        .all(),
      companies: db
        .select({ id: companies.id, slug: companies.slug, tagSlug: tags.slug })
        .from(companies)
        .leftJoin(tags, eq(tags.id, companies.tagId))
        .orderBy(companies.slug)
        .all(),
      jobs: db
        .select({ id: jobs.id, slug: jobs.slug, companyId: jobs.companyId, lastmod: jobLastmod, expiresAt: jobs.expiresAt })
        .from(jobs)
        .orderBy(desc(jobs.publishedAt))
        .all()
        .map(({ id, slug, ...row }) => ({ ...row, path: jobPath(id, slug) })),
      peopleNews: db
        .select({ slug: peopleNews.slug, companyId: peopleNews.companyId, lastmod: entryLastmod })
        .from(peopleNews)
        .orderBy(desc(peopleNews.publishedAt))
        .all()
        .map(({ slug, ...row }) => ({ ...row, path: peopleNewsPath(slug) })),
    };
  },
  ['sitemap-pages'],
  [TAGS.articleLists, TAGS.sections, TAGS.tags, TAGS.authors, TAGS.companies, TAGS.jobs, TAGS.peopleNews],
);

/** Every public page that is not an article: front page, sections, tags, authors, companies, jobs, Navnenyt. */
export async function getPagesSitemap(now = new Date()): Promise<SitemapEntry[]> {
  const rows = await getPageRows();
  const openJobs = stillActive(rows.jobs, now.toISOString());
  const newestOf = (list: { lastmod: string | null }[]) =>
    list.reduce<string | null>((acc, row) => (row.lastmod && (!acc || row.lastmod > acc) ? row.lastmod : acc), null);
  const ofCompany = (id: number) => [...rows.jobs, ...rows.peopleNews].filter((row) => row.companyId === id);
  // A company page with no open job, no Navnenyt entry and no article says only that: it is noindex, and unlisted.
  const taggedWithArticles = new Set(rows.tags.map((row) => row.slug));
  const hasContent = (company: PageRows['companies'][number]) =>
    openJobs.some((row) => row.companyId === company.id) ||
    rows.peopleNews.some((row) => row.companyId === company.id) ||
    (company.tagSlug !== null && taggedWithArticles.has(company.tagSlug));
  return [
    { path: '/', lastmod: rows.newest },
    ...rows.sections.map((row) => ({ path: `/${row.slug}`, lastmod: row.lastmod })),
    ...rows.tags.map((row) => ({ path: `/tag/${row.slug}`, lastmod: row.lastmod })),
    ...rows.authors.map((row) => ({ path: `/skribent/${row.slug}`, lastmod: row.lastmod })),
    ...rows.companies.filter(hasContent).map((row) => ({ path: `/virksomhed/${row.slug}`, lastmod: newestOf(ofCompany(row.id)) })),
    { path: '/job', lastmod: newestOf(openJobs) },
    ...openJobs.map((row) => ({ path: row.path, lastmod: row.lastmod })),
    { path: '/navnenyt', lastmod: newestOf(rows.peopleNews) },
    ...rows.peopleNews.map((row) => ({ path: row.path, lastmod: row.lastmod })),
    { path: '/annonceindlaeg', lastmod: rows.newestSponsored },
  ];
}

// ----------------------------------------------------------------------------------------------------------------
// The files: /sitemaps/sider.xml and /sitemaps/artikler-<yyyy>-<mm>[-<part>].xml, listed by /sitemap.xml.

export const PAGES_SITEMAP = 'sider.xml';
const ARTICLE_FILE = /^artikler-(\d{4}-(?:0[1-9]|1[0-2]))(?:-([2-9]|[1-9]\d+))?\.xml$/;

const articleFile = (month: string, part: number) => `artikler-${month}${part > 1 ? `-${part}` : ''}.xml`;

/** The sitemap index: the pages sitemap, then each month's article sitemap(s), newest month first. */
export async function getSitemapIndex(now = new Date()): Promise<{ path: string; lastmod: string | null }[]> {
  const pages = await getPagesSitemap(now);
  const newest = pages.reduce<string | null>((acc, row) => (row.lastmod && (!acc || row.lastmod > acc) ? row.lastmod : acc), null);
  const months = await getArticleMonths();
  return [
    { path: `/sitemaps/${PAGES_SITEMAP}`, lastmod: newest },
    ...months.flatMap(({ month, count, lastmod }) =>
      Array.from({ length: Math.ceil(count / SITEMAP_MAX_URLS) }, (_, index) => ({
        path: `/sitemaps/${articleFile(month, index + 1)}`,
        lastmod,
      })),
    ),
  ];
}

/** One sitemap file's entries by its name, or null when there is no such file (the route answers 404). */
export async function getSitemapFile(name: string, now = new Date()): Promise<SitemapEntry[] | null> {
  if (name === PAGES_SITEMAP) return getPagesSitemap(now);
  const match = ARTICLE_FILE.exec(name);
  if (!match) return null;
  const part = Number(match[2] ?? 1);
  const entries = (await getArticleSitemap({ month: match[1]! })).slice((part - 1) * SITEMAP_MAX_URLS, part * SITEMAP_MAX_URLS);
  return entries.length > 0 ? entries : null;
}
