import 'server-only';

import { and, count, desc, eq } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { companyShortName } from '@/domain/company';
import { getDb } from '@/db/client';
import { articles, articleTags, companies, peopleNews, tags } from '@/db/schema';
import { teasersByIds, type ArticleTeaser } from '@/db/queries/teasers';
import { cached } from '@/db/cache';
import { activeJobRows, stillActive, type JobSummary } from './jobs';
import { peopleNewsRows, type PeopleNewsItem } from './people-news';
import { isPublishedNews } from './visibility';

/** Articles shown on a company page; the rest are on the tag page. */
export const COMPANY_ARTICLE_LIMIT = 10;
/** Navnenyt entries a company page shows, newest first (a large employer gathers hundreds over the years). */
export const COMPANY_PEOPLE_NEWS_LIMIT = 10;

export type CompanyPage = {
  company: {
    slug: string;
    /** The full name, "KMD A/S". */
    name: string;
    /** The name readers and tags use, "KMD". */
    shortName: string;
    description: string;
    website: string | null;
  };
  jobs: JobSummary[];
  /** The newest Navnenyt entries, at most COMPANY_PEOPLE_NEWS_LIMIT. */
  peopleNews: PeopleNewsItem[];
  peopleNewsTotal: number;
  /** The company's tag, when it has one: its articles are the ones about the company. */
  tag: { slug: string; name: string } | null;
  /** The newest published news articles with the company's tag, at most COMPANY_ARTICLE_LIMIT. */
  articles: ArticleTeaser[];
  /** All published news articles with the tag. */
  articleTotal: number;
};

// Cached as "jobs active when the page was read"; `getCompanyPage` filters the jobs again on every call.
const getCachedCompanyPage = cached(
  ({ slug }: { slug: string }): CompanyPage | null => {
    const db = getDb();
    const company = db.select().from(companies).where(eq(companies.slug, slug)).get();
    if (!company) return null;
    const tag = company.tagId
      ? (db.select({ slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.id, company.tagId)).get() ?? null)
      : null;
    let articleIds: number[] = [];
    let articleTotal = 0;
    if (company.tagId) {
      const tagged = and(isPublishedNews, eq(articleTags.tagId, company.tagId));
      articleTotal =
        db
          .select({ n: count() })
          .from(articleTags)
          .innerJoin(articles, eq(articles.id, articleTags.articleId))
          .where(tagged)
          .get()?.n ?? 0;
      articleIds = db
        .select({ id: articles.id })
        .from(articleTags)
        .innerJoin(articles, eq(articles.id, articleTags.articleId))
        .where(tagged)
        .orderBy(desc(articles.publishedAt), desc(articles.id))
        .limit(COMPANY_ARTICLE_LIMIT)
        .all()
        .map((row) => row.id);
    }
    return {
      company: {
        slug: company.slug,
        name: company.name,
        shortName: tag?.name ?? companyShortName(company.name),
        description: company.description,
        website: company.website,
      },
      jobs: activeJobRows({ companyId: company.id }),
      peopleNews: peopleNewsRows({ where: eq(peopleNews.companyId, company.id), limit: COMPANY_PEOPLE_NEWS_LIMIT }),
      peopleNewsTotal:
        db.select({ n: count() }).from(peopleNews).where(eq(peopleNews.companyId, company.id)).get()?.n ?? 0,
      tag,
      articles: teasersByIds(articleIds),
      articleTotal,
    };
  },
  ['company-page'],
  [TAGS.companies, TAGS.jobs, TAGS.peopleNews, TAGS.articleLists, TAGS.tags],
  { revalidate: 3600 },
);

/** A company's page: its active jobs, its Navnenyt and the articles about it; null for an unknown slug. */
export async function getCompanyPage({ slug }: { slug: string }): Promise<CompanyPage | null> {
  const page = await getCachedCompanyPage({ slug });
  return page && { ...page, jobs: stillActive(page.jobs) };
}
