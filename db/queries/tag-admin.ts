import 'server-only';

import { and, asc, count, eq, isNotNull, ne, sql } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { UserError } from '@/domain/errors';
import { slugify } from '@/domain/slug';
import { getDb } from '@/db/client';
import { articles, articleTags, companies, tags, tagSlugHistory } from '@/db/schema';
import { containsText } from './text-match';
import type { Tx } from './widget-admin';

// The newsroom's tags: rename, describe, feature under the menu ("Fokus"), merge. Tags are made by typing them on
// articles, so there may be thousands: the list is paged and searched by name. An old slug (a rename, a merged
// tag) stays in tag_slug_history, so /tag/<old> and its feed answer 301 to the current tag (db/queries/routing.ts).

export type TagInput = { name: string; slug: string; description: string; featured: boolean };

export type AdminTag = TagInput & { id: number; articleCount: number };

export const ADMIN_TAGS_PAGE_SIZE = 50;

/** How many articles carry the tag, whatever their status: one index range (article_tags_listing_idx). */
const articleCount = sql<number>`(SELECT count(*) FROM article_tags at WHERE at.tag_id = ${tags.id})`;

const adminColumns = {
  id: tags.id,
  name: tags.name,
  slug: tags.slug,
  description: tags.description,
  featured: tags.featured,
  articleCount,
};

/** A page of tags by name, optionally those whose name contains `query` (case ignored for every letter). */
export function listTagsForAdmin({ query, page }: { query: string; page: number }) {
  const db = getDb();
  const where = query ? containsText(tags.name, query) : undefined;
  const total = db.select({ n: count() }).from(tags).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_TAGS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const items: AdminTag[] = db
    .select(adminColumns)
    .from(tags)
    .where(where)
    .orderBy(asc(tags.name), asc(tags.id))
    .limit(ADMIN_TAGS_PAGE_SIZE)
    .offset((current - 1) * ADMIN_TAGS_PAGE_SIZE)
    .all();
  return { items, total, page: current, pageCount };
}

export function getTagForAdmin(id: number): AdminTag | null {
  return getDb().select(adminColumns).from(tags).where(eq(tags.id, id)).get() ?? null;
}

/**
 * The pages of the tag's published articles, which show its name and link: exactly the articles a rename or merge
 * shows on (one index range of article_tags, then each article by its key).
 */
function articlePageTags(tx: Tx, tagId: number): string[] {
  return tx
    .select({ id: articles.id, slug: articles.slug })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, tagId), isNotNull(articleTags.publishedAt)))
    .all()
    .flatMap((article) => [TAGS.article(article.id), TAGS.articleSlug(article.slug)]);
}

/** Tag pages, feeds and sitemaps (`tags`), the "Fokus" row (`featured-tags`) and company pages that use the tag. */
const TAG_TAGS = [TAGS.tags, TAGS.featuredTags, TAGS.companies];

function assertSlugFree(tx: Tx, slug: string, id: number) {
  const taken = tx
    .select({ name: tags.name })
    .from(tags)
    .where(and(eq(tags.slug, slug), ne(tags.id, id)))
    .get();
  if (taken) {
    throw new UserError(`Adressen »${slug}« bruges allerede af emnet ${taken.name}. Flet emnerne i stedet.`, {
      fieldErrors: { slug: 'Vælg en anden adresse, eller flet emnerne.' },
      conflict: {},
    });
  }
}

/** Saves a tag; a new slug keeps the old one in the history. */
export function updateTag(id: number, input: TagInput): { oldSlug: string; tags: string[] } {
  return getDb().transaction((tx) => {
    const current = tx.select({ slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.id, id)).get();
    if (!current) throw new UserError('Emnet findes ikke længere.', { status: 404 });
    assertSlugFree(tx, input.slug, id);
    if (input.slug !== current.slug) {
      tx.delete(tagSlugHistory).where(eq(tagSlugHistory.slug, input.slug)).run();
      tx.insert(tagSlugHistory)
        .values({ slug: current.slug, tagId: id })
        .onConflictDoUpdate({ target: tagSlugHistory.slug, set: { tagId: id } })
        .run();
    }
    tx.update(tags).set(input).where(eq(tags.id, id)).run();
    const shown = input.slug !== current.slug || input.name !== current.name;
    return { oldSlug: current.slug, tags: [...TAG_TAGS, ...(shown ? articlePageTags(tx, id) : [])] };
  });
}

/** The tag a merge goes into, by the name (or address) typed: the current tag, or the one an old slug moved to. */
export function findMergeTarget(name: string): { id: number; name: string } | null {
  const slug = slugify(name);
  if (!slug) return null;
  const db = getDb();
  return (
    db.select({ id: tags.id, name: tags.name }).from(tags).where(eq(tags.slug, slug)).get() ??
    db
      .select({ id: tags.id, name: tags.name })
      .from(tagSlugHistory)
      .innerJoin(tags, eq(tags.id, tagSlugHistory.tagId))
      .where(eq(tagSlugHistory.slug, slug))
      .get() ??
    null
  );
}

/**
 * Merges `sourceId` into `targetId`: the source's articles get the target (no article gets it twice), the source's
 * page, feed and old slugs answer 301 to the target's, a company that used the source uses the target (unless the
 * target is another company's), and the source is deleted.
 */
export function mergeTags(
  sourceId: number,
  targetId: number,
): { source: string; target: string; moved: number; tags: string[] } {
  if (sourceId === targetId) throw new UserError('Vælg et andet emne at flette ind i.');
  return getDb().transaction((tx) => {
    const source = tx.select().from(tags).where(eq(tags.id, sourceId)).get();
    const target = tx.select().from(tags).where(eq(tags.id, targetId)).get();
    if (!source || !target) throw new UserError('Emnet findes ikke længere.', { status: 404 });
    const shown = articlePageTags(tx, sourceId);
    // Triggers fill the new links' publication times and the target's newest_published_at (migrations 0007, 0012).
    const moved = tx.run(sql`
      INSERT INTO article_tags (article_id, tag_id)
        SELECT article_id, ${targetId} FROM article_tags WHERE tag_id = ${sourceId}
      ON CONFLICT (article_id, tag_id) DO NOTHING`).changes;
    tx.delete(articleTags).where(eq(articleTags.tagId, sourceId)).run();
    tx.update(tagSlugHistory).set({ tagId: targetId }).where(eq(tagSlugHistory.tagId, sourceId)).run();
    tx.insert(tagSlugHistory)
      .values({ slug: source.slug, tagId: targetId })
      .onConflictDoUpdate({ target: tagSlugHistory.slug, set: { tagId: targetId } })
      .run();
    if (!tx.select({ id: companies.id }).from(companies).where(eq(companies.tagId, targetId)).get()) {
      tx.update(companies).set({ tagId: targetId }).where(eq(companies.tagId, sourceId)).run();
    }
    if (source.featured && !target.featured) tx.update(tags).set({ featured: true }).where(eq(tags.id, targetId)).run();
    tx.delete(tags).where(eq(tags.id, sourceId)).run();
    return {
      source: source.name,
      target: target.name,
      moved,
      tags: [...TAG_TAGS, TAGS.articleLists, ...shown],
    };
  });
}

/** Deletes a tag no article carries (a typo); one in use is refused: merge it instead. */
export function deleteTag(id: number): { name: string; tags: string[] } {
  return getDb().transaction((tx) => {
    const tag = tx.select({ name: tags.name, articles: articleCount }).from(tags).where(eq(tags.id, id)).get();
    if (!tag) throw new UserError('Emnet findes ikke længere.', { status: 404 });
    if (tag.articles > 0) {
      throw new UserError(
        `Emnet ${tag.name} er brugt på ${tag.articles === 1 ? '1 artikel' : `${tag.articles.toLocaleString('da-DK')} artikler`} og kan ikke slettes. Flet det ind i et andet emne i stedet.`,
        { conflict: {} },
      );
    }
    tx.delete(tags).where(eq(tags.id, id)).run();
    return { name: tag.name, tags: TAG_TAGS };
  });
}

/** The current slug of a tag that had `slug` before (a rename or a merge): null when none did. */
export function movedTagSlug(slug: string): string | null {
  return (
    getDb()
      .select({ slug: tags.slug })
      .from(tagSlugHistory)
      .innerJoin(tags, eq(tags.id, tagSlugHistory.tagId))
      .where(eq(tagSlugHistory.slug, slug))
      .get()?.slug ?? null
  );
}
