import 'server-only';

import { count, desc, eq, type SQL } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { slugify } from '@/domain/slug';
import { getDb } from '@/db/client';
import { authors, companies, media, peopleNews } from '@/db/schema';
import { joinedImage, joinedMediaColumns, type ImageRef } from '@/db/queries/teasers';
import { cached } from '@/db/cache';

export type PeopleNewsItem = {
  id: number;
  slug: string;
  /** The entry's page, `/navnenyt/<slug>`. */
  path: string;
  name: string;
  /** The company's full name ("KMD A/S"). */
  company: string;
  /** Set when the entry belongs to a company with its own page (`/virksomhed/<slug>`). */
  companySlug: string | null;
  role: string;
  /** A calendar date ("2026-02-02"). */
  startDate: string | null;
  body: string;
  label: string;
  publishedAt: string;
};

export type PeopleNewsDetail = PeopleNewsItem & {
  photo: ImageRef | null;
  /** The person's author page, when they write for Spalte: one person, one page. */
  author: { slug: string; name: string } | null;
};

/** A label ("Færdiggjort uddannelse") with its URL form ("faerdiggjort-uddannelse") and how many entries have it. */
export type PeopleNewsLabel = { slug: string; name: string; count: number };

export type PeopleNewsPage = { items: PeopleNewsItem[]; total: number; page: number; pageCount: number };

export const PEOPLE_NEWS_PAGE_SIZE = 20;

export const peopleNewsPath = (slug: string) => `/navnenyt/${slug}`;

// The labels the newsroom uses, in the order readers see them; any other label follows alphabetically.
const LABEL_ORDER = ['Nyt job', 'Færdiggjort uddannelse', 'Forfremmelse', 'Jubilæum'];
const danishOrder = new Intl.Collator('da-DK').compare;
const labelRank = (name: string) => {
  const index = LABEL_ORDER.indexOf(name);
  return index === -1 ? LABEL_ORDER.length : index;
};

const itemColumns = {
  id: peopleNews.id,
  slug: peopleNews.slug,
  name: peopleNews.name,
  entryCompany: peopleNews.company,
  companyName: companies.name,
  companySlug: companies.slug,
  role: peopleNews.role,
  startDate: peopleNews.startDate,
  body: peopleNews.body,
  label: peopleNews.label,
  publishedAt: peopleNews.publishedAt,
};

type ItemRow = {
  id: number;
  slug: string;
  name: string;
  entryCompany: string;
  companyName: string | null;
  companySlug: string | null;
  role: string;
  startDate: string | null;
  body: string;
  label: string;
  publishedAt: string;
};

function toItem({ entryCompany, companyName, ...row }: ItemRow): PeopleNewsItem {
  return { ...row, path: peopleNewsPath(row.slug), company: companyName ?? entryCompany };
}

/** Entries matching `where`, newest first. Not cached: callers cache what they build from it. */
export function peopleNewsRows({ where, limit, offset = 0 }: { where?: SQL; limit?: number; offset?: number } = {}) {
  const query = getDb()
    .select(itemColumns)
    .from(peopleNews)
    .leftJoin(companies, eq(companies.id, peopleNews.companyId))
    .where(where)
    .orderBy(desc(peopleNews.publishedAt), desc(peopleNews.id))
    .$dynamic();
  return (limit === undefined ? query : query.limit(limit).offset(offset)).all().map(toItem);
}

/** The labels in use, in the newsroom's order, with their counts. */
export const getPeopleNewsLabels = cached(
  (): PeopleNewsLabel[] =>
    getDb()
      .select({ name: peopleNews.label, count: count() })
      .from(peopleNews)
      .groupBy(peopleNews.label)
      .all()
      .map((row) => ({ slug: slugify(row.name), name: row.name, count: row.count }))
      .sort((a, b) => labelRank(a.name) - labelRank(b.name) || danishOrder(a.name, b.name)),
  ['people-news-labels'],
  [TAGS.peopleNews],
);

/**
 * One page of Navnenyt, newest first, optionally only entries with one label (its name, as stored); null past the
 * last page. Callers pass only labels from `getPeopleNewsLabels`, so URL junk never becomes a cache key.
 */
export const getPeopleNewsPage = cached(
  ({ label, page }: { label?: string; page: number }): PeopleNewsPage | null => {
    const where = label === undefined ? undefined : eq(peopleNews.label, label);
    const total = getDb().select({ n: count() }).from(peopleNews).where(where).get()?.n ?? 0;
    const pageCount = Math.max(1, Math.ceil(total / PEOPLE_NEWS_PAGE_SIZE));
    if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
    const items = peopleNewsRows({ where, limit: PEOPLE_NEWS_PAGE_SIZE, offset: (page - 1) * PEOPLE_NEWS_PAGE_SIZE });
    return { items, total, page, pageCount };
  },
  ['people-news-page'],
  [TAGS.peopleNews, TAGS.companies],
);

/** One entry with its photo, by its (unique) slug. */
export const getPeopleNewsBySlug = cached(
  ({ slug }: { slug: string }): PeopleNewsDetail | null => {
    const row = getDb()
      .select({
        ...itemColumns,
        photo: joinedMediaColumns,
        authorSlug: authors.slug,
        authorName: authors.name,
      })
      .from(peopleNews)
      .leftJoin(companies, eq(companies.id, peopleNews.companyId))
      .leftJoin(media, eq(media.id, peopleNews.photoId))
      .leftJoin(authors, eq(authors.id, peopleNews.authorId))
      .where(eq(peopleNews.slug, slug))
      .get();
    if (!row) return null;
    const { photo, authorSlug, authorName, ...item } = row;
    const author = authorSlug && authorName ? { slug: authorSlug, name: authorName } : null;
    return { ...toItem(item), photo: photo ? joinedImage(photo) : null, author };
  },
  ['people-news-by-slug'],
  [TAGS.peopleNews, TAGS.companies, TAGS.media, TAGS.authors],
);
