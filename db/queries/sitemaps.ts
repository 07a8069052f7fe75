import 'server-only';

import { and, count, desc, eq, gt, gte, inArray, isNotNull, lt, max, sql, type SQL } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { getDb } from '@/db/client';
import { articles, authors, companies, jobs, media, peopleNews, sections, sitemapMonths, tags } from '@/db/schema';
import { articlePath, mediaSrc } from '@/db/queries/teasers';
import { cached } from '@/db/cache';
import { COMPANY_PEOPLE_NEWS_LIMIT } from './companies';
import { jobPath, stillActive } from './jobs';
import { peopleNewsPath } from './people-news';
import { isPublished } from './visibility';

// What the sitemaps list. Everything is read through the data cache under the tags that any change to the listed
// things expires (a publish, edit or unpublish expires `article-lists`), so a sitemap is current on the next
// request; windows that move with the clock (the news sitemap's two days, open jobs) are applied per request.
//
// Every file is bounded, whatever the size of the archive: articles are split by month of publication and a month
// into parts of SITEMAP_PART_URLS; tags into ranges of ids; Navnenyt by month; the pages sitemap holds the rest
// (front page, sections, authors, companies, the job board and its open jobs). The index reads precomputed month
// counts (sitemap_months) and each tag's newest publication (tags.newest_published_at), both kept by triggers, never
// the archive itself. A listing page's lastmod is the publication time of its newest article: what makes its first
// page change.

/** Article URLs per sitemap file: small enough that one file renders in a few milliseconds. */
export const SITEMAP_PART_URLS = 1_000;
/** Tags per tag sitemap, by id range. */
export const TAG_SITEMAP_IDS = 1_000;

/** Google News: articles of the last two days, at most 1,000 in one news sitemap. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_MAX_URLS = 1000;

export type SitemapEntry = { path: string; lastmod: string | null; images?: string[] };

export type ArticleMonth = { month: string; count: number; lastmod: string };

/** "2026-11" → the UTC instants the month starts and ends (timestamps are stored as UTC ISO-8601 text). */
export function monthRange(month: string): { from: string; to: string } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return {
    from: new Date(Date.UTC(year, mon - 1, 1)).toISOString(),
    to: new Date(Date.UTC(year, mon, 1)).toISOString(),
  };
}

/** Months with published articles (UTC calendar months by publication time), newest first. */
export const getArticleMonths = cached(
  (): ArticleMonth[] =>
    getDb()
      .select({ month: sitemapMonths.month, count: sitemapMonths.articles, lastmod: sitemapMonths.lastmod })
      .from(sitemapMonths)
      .where(gt(sitemapMonths.articles, 0))
      .orderBy(desc(sitemapMonths.month))
      .all(),
  ['sitemap-months'],
  [TAGS.articleLists],
);

/** One part of a month's published articles (news and sponsored alike; both are public pages), oldest first. */
export const getArticleSitemap = cached(
  ({ month, part }: { month: string; part: number }): SitemapEntry[] => {
    const { from, to } = monthRange(month);
    const db = getDb();
    const ids = db
      .select({ id: articles.id })
      .from(articles)
      .where(and(isPublished, gte(articles.publishedAt, from), lt(articles.publishedAt, to)))
      .orderBy(articles.publishedAt, articles.id)
      .limit(SITEMAP_PART_URLS)
      .offset((part - 1) * SITEMAP_PART_URLS)
      .all()
      .map((row) => row.id);
    if (ids.length === 0) return [];
    return db
      .select({ slug: articles.slug, section: sections.slug, updatedAt: articles.updatedAt, image: media.fileName })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(media, eq(media.id, articles.topImageId))
      .where(inArray(articles.id, ids))
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
      .where(and(eq(articles.kind, 'news'), isPublished))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(NEWS_MAX_URLS)
      .all()
      .map((row) => ({
        path: articlePath(row.section, row.slug),
        title: row.title,
        publishedAt: row.publishedAt ?? '',
      })),
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
  authors: { slug: string; lastmod: string | null }[];
  companies: { id: number; slug: string; hasArticles: boolean; hasPeopleNews: boolean; lastmod: string | null }[];
  /** Jobs still open when the list was read (filtered again per request), with their companies. */
  jobs: { path: string; companyId: number | null; lastmod: string; expiresAt: string }[];
  newestPeopleNews: string | null;
};

/** The newest publication time among published articles matching `where`: one seek on a listing index. */
function newestPublished(where: SQL | undefined) {
  return (
    getDb()
      .select({ at: articles.publishedAt })
      .from(articles)
      .where(and(where, isPublished))
      .orderBy(desc(articles.publishedAt))
      .limit(1)
      .get()?.at ?? null
  );
}

const getPageRows = cached(
  (): PageRows => {
    const db = getDb();
    const jobLastmod = sql<string>`coalesce(${jobs.updatedAt}, ${jobs.publishedAt})`;
    // Correlated subqueries are written out with table names: Drizzle leaves column names of a one-table select
    // unqualified, which would make `tag_id = tag_id` of `article_tags.tag_id = companies.tag_id`.
    const newestOfAuthor = sql<
      string | null
    >`(SELECT max(aa.published_at) FROM article_authors aa WHERE aa.author_id = authors.id)`;
    const tagHasArticles = sql<number>`exists (SELECT 1 FROM article_tags at WHERE at.tag_id = companies.tag_id AND at.published_at IS NOT NULL)`;
    const companyEntries = sql<number>`exists (SELECT 1 FROM people_news pn WHERE pn.company_id = companies.id)`;
    // A company's page changes when one of the jobs it shows (the open ones) is published or edited, when one closes
    // (its deadline), and with the Navnenyt entries it shows (the newest COMPANY_PEOPLE_NEWS_LIMIT). Each is a short
    // range of jobs_company_idx or people_news_company_idx, however many jobs and entries the company has had.
    const now = new Date().toISOString();
    const companyLastmod = sql<string | null>`max(
      coalesce((SELECT max(coalesce(j.updated_at, j.published_at)) FROM jobs j WHERE j.company_id = companies.id AND j.expires_at > ${now}), ''),
      coalesce((SELECT max(j.expires_at) FROM jobs j WHERE j.company_id = companies.id AND j.expires_at <= ${now}), ''),
      coalesce((SELECT max(coalesce(shown.updated_at, shown.published_at)) FROM (
        SELECT pn.updated_at, pn.published_at FROM people_news pn WHERE pn.company_id = companies.id
        ORDER BY pn.published_at DESC LIMIT ${COMPANY_PEOPLE_NEWS_LIMIT}) shown), ''))`;
    return {
      newest: newestPublished(eq(articles.kind, 'news')),
      newestSponsored: newestPublished(eq(articles.kind, 'sponsored')),
      // A hidden section's page is noindex (its articles are listed by month as any others).
      sections: db
        .select({ id: sections.id, slug: sections.slug })
        .from(sections)
        .where(eq(sections.hidden, false))
        .orderBy(sections.position)
        .all()
        .map(({ id, slug }) => ({
          slug,
          lastmod: newestPublished(and(eq(articles.sectionId, id), eq(articles.kind, 'news'))),
        })),
      authors: db.select({ slug: authors.slug, lastmod: newestOfAuthor }).from(authors).orderBy(authors.slug).all(),
      companies: db
        .select({
          id: companies.id,
          slug: companies.slug,
          hasArticles: tagHasArticles,
          hasPeopleNews: companyEntries,
          lastmod: companyLastmod,
        })
        .from(companies)
        .orderBy(companies.slug)
        .all()
        .map((row) => ({
          ...row,
          hasArticles: Boolean(row.hasArticles),
          hasPeopleNews: Boolean(row.hasPeopleNews),
          lastmod: row.lastmod || null,
        })),
      jobs: db
        .select({
          id: jobs.id,
          slug: jobs.slug,
          companyId: jobs.companyId,
          lastmod: jobLastmod,
          expiresAt: jobs.expiresAt,
        })
        .from(jobs)
        .where(gt(jobs.expiresAt, new Date().toISOString()))
        .orderBy(desc(jobs.expiresAt))
        .all()
        .map(({ id, slug, ...row }) => ({ ...row, path: jobPath(id, slug) })),
      newestPeopleNews:
        db
          .select({ at: max(peopleNews.publishedAt) })
          .from(peopleNews)
          .get()?.at ?? null,
    };
  },
  ['sitemap-pages'],
  [TAGS.articleLists, TAGS.sections, TAGS.tags, TAGS.authors, TAGS.companies, TAGS.jobs, TAGS.peopleNews],
);

/** The pages sitemap: front page, sections, authors, companies, the job board and its open jobs, Navnenyt, sponsored. */
export async function getPagesSitemap(now = new Date()): Promise<SitemapEntry[]> {
  const rows = await getPageRows();
  const openJobs = stillActive(rows.jobs, now.toISOString());
  const newestOf = (list: { lastmod: string | null }[]) =>
    list.reduce<string | null>((acc, row) => (row.lastmod && (!acc || row.lastmod > acc) ? row.lastmod : acc), null);
  // A company page with no open job, no Navnenyt entry and no article says only that: it is noindex, and unlisted.
  const hasContent = (company: PageRows['companies'][number]) =>
    company.hasArticles || company.hasPeopleNews || openJobs.some((row) => row.companyId === company.id);
  return [
    { path: '/', lastmod: rows.newest },
    ...rows.sections.map((row) => ({ path: `/${row.slug}`, lastmod: row.lastmod })),
    ...rows.authors.map((row) => ({ path: `/skribent/${row.slug}`, lastmod: row.lastmod })),
    ...rows.companies.filter(hasContent).map((row) => ({ path: `/virksomhed/${row.slug}`, lastmod: row.lastmod })),
    { path: '/job', lastmod: newestOf(openJobs) },
    ...openJobs.map((row) => ({ path: row.path, lastmod: row.lastmod })),
    { path: '/navnenyt', lastmod: rows.newestPeopleNews },
    { path: '/annonceindlaeg', lastmod: rows.newestSponsored },
  ];
}

type TagRange = { range: number; lastmod: string };

/** The tags of one range of ids (TAG_SITEMAP_IDS each; the first is 1). */
const inTagRange = (range: number) =>
  and(gte(tags.id, (range - 1) * TAG_SITEMAP_IDS + 1), lt(tags.id, range * TAG_SITEMAP_IDS + 1));

/**
 * Ranges of tag ids that hold a tag with published articles, and the newest publication among them: one pass over
 * the tags' own rows (tags.newest_published_at, kept by triggers), by ranges of their primary key.
 */
const getTagRanges = cached(
  (): TagRange[] => {
    const db = getDb();
    const lastId =
      db
        .select({ id: max(tags.id) })
        .from(tags)
        .get()?.id ?? 0;
    const ranges: TagRange[] = [];
    for (let range = 1; (range - 1) * TAG_SITEMAP_IDS < lastId; range++) {
      const lastmod = db
        .select({ at: max(tags.newestPublishedAt) })
        .from(tags)
        .where(inTagRange(range))
        .get()?.at;
      if (lastmod) ranges.push({ range, lastmod });
    }
    return ranges;
  },
  ['sitemap-tag-ranges'],
  [TAGS.articleLists, TAGS.tags],
);

/** The tag pages of one id range that have published articles, by slug. */
const getTagSitemap = cached(
  ({ range }: { range: number }): SitemapEntry[] =>
    getDb()
      .select({ slug: tags.slug, lastmod: tags.newestPublishedAt })
      .from(tags)
      .where(and(inTagRange(range), isNotNull(tags.newestPublishedAt)))
      .all()
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
      .map((row) => ({ path: `/tag/${row.slug}`, lastmod: row.lastmod })),
  ['sitemap-tags'],
  [TAGS.articleLists, TAGS.tags],
);

type PeopleNewsMonth = { month: string; count: number; lastmod: string };

/** Months with Navnenyt entries (UTC month of publication), newest first: one pass over people_news_published_idx. */
const getPeopleNewsMonths = cached(
  (): PeopleNewsMonth[] => {
    const month = sql<string>`substr(${peopleNews.publishedAt}, 1, 7)`;
    return getDb()
      .select({
        month,
        count: count(),
        lastmod: max(sql<string>`coalesce(${peopleNews.updatedAt}, ${peopleNews.publishedAt})`),
      })
      .from(peopleNews)
      .groupBy(month)
      .orderBy(desc(month))
      .all()
      .map((row) => ({ month: row.month, count: row.count, lastmod: row.lastmod ?? '' }));
  },
  ['sitemap-people-news-months'],
  [TAGS.peopleNews],
);

/** One part of a month's Navnenyt entries (UTC month of publication), oldest first. */
const getPeopleNewsSitemap = cached(
  ({ month, part }: { month: string; part: number }): SitemapEntry[] => {
    const { from, to } = monthRange(month);
    return getDb()
      .select({
        slug: peopleNews.slug,
        lastmod: sql<string>`coalesce(${peopleNews.updatedAt}, ${peopleNews.publishedAt})`,
      })
      .from(peopleNews)
      .where(and(gte(peopleNews.publishedAt, from), lt(peopleNews.publishedAt, to)))
      .orderBy(peopleNews.publishedAt, peopleNews.id)
      .limit(SITEMAP_PART_URLS)
      .offset((part - 1) * SITEMAP_PART_URLS)
      .all()
      .map((row) => ({ path: peopleNewsPath(row.slug), lastmod: row.lastmod }));
  },
  ['sitemap-people-news'],
  [TAGS.peopleNews, TAGS.companies],
);

// ----------------------------------------------------------------------------------------------------------------
// The files: /sitemaps/sider.xml, /sitemaps/emner-<n>.xml, /sitemaps/navnenyt-<yyyy>-<mm>[-<part>].xml and
// /sitemaps/artikler-<yyyy>-<mm>[-<part>].xml, listed by /sitemap.xml.

export const PAGES_SITEMAP = 'sider.xml';
/** A part number after the first: "-2", "-3" … (the first part has none, so a small site's names stay short). */
const PART = '(?:-([2-9]|[1-9]\\d+))?';
const MONTH = '(\\d{4}-(?:0[1-9]|1[0-2]))';
const ARTICLE_FILE = new RegExp(`^artikler-${MONTH}${PART}\\.xml$`);
const TAG_FILE = /^emner-([1-9]\d{0,6})\.xml$/;
const PEOPLE_NEWS_FILE = new RegExp(`^navnenyt-${MONTH}${PART}\\.xml$`);

/** The file names of something split into parts of SITEMAP_PART_URLS. */
const partFiles = (prefix: string, count: number) =>
  Array.from(
    { length: Math.ceil(count / SITEMAP_PART_URLS) },
    (_, index) => `/sitemaps/${prefix}${index > 0 ? `-${index + 1}` : ''}.xml`,
  );

/** The sitemap index: the pages sitemap, tags, Navnenyt by month, then each month's article sitemaps, newest first. */
export async function getSitemapIndex(now = new Date()): Promise<{ path: string; lastmod: string | null }[]> {
  const pages = await getPagesSitemap(now);
  const newest = pages.reduce<string | null>(
    (acc, row) => (row.lastmod && (!acc || row.lastmod > acc) ? row.lastmod : acc),
    null,
  );
  const [months, tagRanges, peopleNewsMonths] = await Promise.all([
    getArticleMonths(),
    getTagRanges(),
    getPeopleNewsMonths(),
  ]);
  return [
    { path: `/sitemaps/${PAGES_SITEMAP}`, lastmod: newest },
    ...tagRanges.map(({ range, lastmod }) => ({ path: `/sitemaps/emner-${range}.xml`, lastmod })),
    ...peopleNewsMonths.flatMap(({ month, count, lastmod }) =>
      partFiles(`navnenyt-${month}`, count).map((path) => ({ path, lastmod })),
    ),
    ...months.flatMap(({ month, count, lastmod }) =>
      partFiles(`artikler-${month}`, count).map((path) => ({ path, lastmod })),
    ),
  ];
}

/** One sitemap file's entries by its name, or null when there is no such file (the route answers 404). */
export async function getSitemapFile(name: string, now = new Date()): Promise<SitemapEntry[] | null> {
  if (name === PAGES_SITEMAP) return getPagesSitemap(now);
  const nonEmpty = (entries: SitemapEntry[]) => (entries.length > 0 ? entries : null);
  const tagFile = TAG_FILE.exec(name);
  if (tagFile) return nonEmpty(await getTagSitemap({ range: Number(tagFile[1]) }));
  const peopleNewsFile = PEOPLE_NEWS_FILE.exec(name);
  if (peopleNewsFile)
    return nonEmpty(await getPeopleNewsSitemap({ month: peopleNewsFile[1]!, part: Number(peopleNewsFile[2] ?? 1) }));
  const match = ARTICLE_FILE.exec(name);
  if (!match) return null;
  return nonEmpty(await getArticleSitemap({ month: match[1]!, part: Number(match[2] ?? 1) }));
}
