import 'server-only';

import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { FRONT_PAGE_TOP } from '@/domain/site';
import { getDb, type Db } from '@/db/client';
import { articles, frontPageSlots, sections, users } from '@/db/schema';
import { articlePath } from '@/db/queries/teasers';
import { titleContains } from './text-match';
import { formatTime } from '@/domain/dates';
import { UserError } from '@/domain/errors';
import { isPublishedNews } from './visibility';

// Front-page curation. Editors pin an ordered list of published news articles: the first is the lead story, the
// rest are the top stories under it. The public front page (getFrontPage in listings.ts) takes the pinned
// articles that are still published news, in order, and fills the remaining places with the newest news, so an
// unpublished pin drops out by itself and an empty list means "newest first".

export type PinnedArticle = {
  id: number;
  title: string;
  path: string;
  section: string;
  publishedAt: string | null;
  /** False once the article is unpublished (or turned into sponsored content): the front page skips it. */
  shown: boolean;
};

export type Curation = {
  pins: PinnedArticle[];
  /** When the list was last saved and by whom (null when nothing is pinned). */
  savedAt: string | null;
  savedBy: string | null;
};

function savedStamp(db: Db): { savedAt: string | null; savedBy: string | null } {
  const row = db
    .select({ savedAt: frontPageSlots.updatedAt, savedBy: users.name })
    .from(frontPageSlots)
    .leftJoin(users, eq(users.id, frontPageSlots.updatedBy))
    .orderBy(desc(frontPageSlots.updatedAt))
    .limit(1)
    .get();
  return { savedAt: row?.savedAt ?? null, savedBy: row?.savedBy ?? null };
}

/** What the curator shows of a pinned article or a candidate. */
const pinColumns = {
  id: articles.id,
  title: articles.title,
  slug: articles.slug,
  section: sections.slug,
  sectionName: sections.name,
  publishedAt: articles.publishedAt,
};

export function getCuration(db: Db = getDb()): Curation {
  const pins = db
    .select({
      ...pinColumns,
      shown: sql<number>`${articles.status} = 'published' AND ${articles.kind} = 'news'`,
    })
    .from(frontPageSlots)
    .innerJoin(articles, eq(articles.id, frontPageSlots.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .orderBy(asc(frontPageSlots.position))
    .all()
    .map((row) => ({
      id: row.id,
      title: row.title,
      path: articlePath(row.section, row.slug),
      section: row.sectionName,
      publishedAt: row.publishedAt,
      shown: Boolean(row.shown),
    }));
  return { pins, ...savedStamp(db) };
}

/** Published news an editor can pin: the newest, or those whose title contains `query`. */
export function findPinCandidates(query: string, exclude: number[] = [], limit = 10) {
  const words = query.trim().slice(0, 100);
  return getDb()
    .select(pinColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(
      and(
        isPublishedNews,
        words ? titleContains(words) : undefined,
        exclude.length > 0 ? notInArray(articles.id, exclude) : undefined,
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all()
    .map((row) => ({
      id: row.id,
      title: row.title,
      path: articlePath(row.section, row.slug),
      section: row.sectionName,
      publishedAt: row.publishedAt,
    }));
}

/**
 * Replaces the pinned list. `basedOn` is the list of ids the editor loaded; if the stored list differs (someone
 * saved since), the save is refused with a conflict (a UserError naming who saved when). Only published news can be pinned. Returns the cache
 * tags to expire.
 */
export function saveCuration(ids: number[], basedOn: number[], userId: number, db: Db = getDb()): { tags: string[] } {
  if (new Set(ids).size !== ids.length) throw new UserError('Den samme artikel kan kun fastgøres én gang.');
  if (ids.length > FRONT_PAGE_TOP) throw new UserError(`Højst ${FRONT_PAGE_TOP} artikler kan fastgøres.`);
  return db.transaction((tx) => {
    const stored = tx
      .select({ id: frontPageSlots.articleId })
      .from(frontPageSlots)
      .orderBy(asc(frontPageSlots.position))
      .all();
    if (stored.map((row) => row.id).join(',') !== basedOn.join(',')) {
      const { savedAt, savedBy } = savedStamp(tx);
      const message = savedAt
        ? `${savedBy ?? 'En anden'} ændrede forsiden kl. ${formatTime(savedAt)}. Hent den nyeste version, før du gemmer.`
        : 'En anden har ændret forsiden imens. Hent den nyeste version, før du gemmer.';
      throw new UserError(message, { conflict: {} });
    }
    const fit =
      ids.length === 0
        ? new Set<number>()
        : new Set(
            tx
              .select({ id: articles.id })
              .from(articles)
              .where(and(isPublishedNews, inArray(articles.id, ids)))
              .all()
              .map((row) => row.id),
          );
    if (ids.some((id) => !fit.has(id))) {
      throw new UserError('Kun udgivne nyhedsartikler kan fastgøres på forsiden. Genindlæs siden og prøv igen.');
    }
    tx.delete(frontPageSlots).run();
    const now = new Date().toISOString();
    ids.forEach((articleId, position) => {
      tx.insert(frontPageSlots).values({ position, articleId, updatedBy: userId, updatedAt: now }).run();
    });
    return { tags: [TAGS.frontPage] };
  });
}
