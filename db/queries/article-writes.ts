import 'server-only';

import { and, desc, eq, gt, inArray, ne } from 'drizzle-orm';

import { contentColumns, contentOf, type ArticleContent } from '@/domain/article/content';
import { mergeArticle, type ContentField } from '@/domain/article/merge';
import { contentFromSnapshot } from '@/domain/article/snapshot';
import { type RevisionEvent } from '@/domain/article/workflow';
import { UserError } from '@/domain/errors';
import { isReservedSlug, slugify } from '@/domain/slug';
import { getDb } from '@/db/client';
import {
  articleAuthors,
  articleCorrections,
  articleRelated,
  articles,
  articleTags,
  authors,
  media,
  revisions,
  sections,
  slugHistory,
  tagSlugHistory,
  tags,
  users,
} from '@/db/schema';
import { indexArticle } from '@/db/search-index';
import { articlePath } from '@/db/queries/teasers';
import { assertStaysPublishable } from './publish-check';
import { articleTagsFor, readContent, type Tx } from './editor';

// Writing articles: create, save (merging with what others saved meanwhile, with a revision per save), corrections
// and deletion. Every write runs in one transaction with its revision and its search-index update and reports the
// cache tags it affects; the caller (server/actions/articles.ts) checks permissions and expires the tags.

/** Who saved since a stale save's base version, and what those versions were. */
export type SavedSince = { names: string[]; events: RevisionEvent[] };

/** A stale save merged into the current version: what it brought in from the others (their changes I lacked). */
export type MergedSave = SavedSince & { baseVersion: number; fromTheirs: ContentField[]; content: ArticleContent };

/** A stale save that could not be merged: the version it ran into, and what a merge needs to settle it. */
export type SaveConflict = {
  version: number;
  by: string | null;
  at: string;
  event: RevisionEvent | null;
  /** Absent for a restore, which never merges. `base` is null when its revision could not be read. */
  merge?: { base: ArticleContent | null; theirs: ArticleContent; fields: ContentField[] };
};

export type SaveResult =
  | { ok: true; id: number; version: number; updatedAt: string; tags: string[]; merged: MergedSave | null }
  | { ok: false; conflict: SaveConflict };

function checkSlug(tx: Tx, slug: string, id: number | null) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120) {
    throw new UserError('Adressen må kun indeholde små bogstaver a–z, tal og bindestreger.');
  }
  if (isReservedSlug(slug)) throw new UserError(`»${slug}« er reserveret af sitet og kan ikke bruges som adresse.`);
  const taken = tx
    .select({ id: articles.id })
    .from(articles)
    .where(id === null ? eq(articles.slug, slug) : and(eq(articles.slug, slug), ne(articles.id, id)))
    .get();
  if (taken) throw new UserError(`Adressen »${slug}« bruges allerede af en anden artikel.`);
}

function writeRelations(tx: Tx, id: number, content: ArticleContent) {
  tx.delete(articleAuthors).where(eq(articleAuthors.articleId, id)).run();
  content.authorIds.forEach((authorId, position) =>
    tx.insert(articleAuthors).values({ articleId: id, authorId, position }).run(),
  );
  tx.delete(articleTags).where(eq(articleTags.articleId, id)).run();
  for (const name of content.tags) {
    const slug = slugify(name);
    if (!slug) continue;
    // A tag renamed or merged away keeps its old address in tag_slug_history: typing its old name finds the tag it
    // became, instead of making a new tag that would take the old address back from the redirect.
    const tag =
      tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get() ??
      tx.select({ id: tagSlugHistory.tagId }).from(tagSlugHistory).where(eq(tagSlugHistory.slug, slug)).get() ??
      tx.insert(tags).values({ slug, name }).returning({ id: tags.id }).get();
    tx.insert(articleTags).values({ articleId: id, tagId: tag.id }).onConflictDoNothing().run();
  }
  tx.delete(articleRelated).where(eq(articleRelated.articleId, id)).run();
  // A related article deleted since it was picked (or listed in a restored revision) is dropped, not a failed save.
  const existing = new Set(
    content.relatedIds.length
      ? tx
          .select({ id: articles.id })
          .from(articles)
          .where(inArray(articles.id, content.relatedIds))
          .all()
          .map((row) => row.id)
      : [],
  );
  content.relatedIds
    .filter((relatedId) => relatedId !== id && existing.has(relatedId))
    .forEach((relatedId, position) => tx.insert(articleRelated).values({ articleId: id, relatedId, position }).run());
}

export function writeRevision(
  tx: Tx,
  id: number,
  version: number,
  userId: number | null,
  content: ArticleContent,
  at: string,
  event: RevisionEvent,
  note: string | null = null,
) {
  tx.insert(revisions)
    .values({ articleId: id, version, snapshot: JSON.stringify(content), userId, createdAt: at, event, note })
    .run();
}

/** What made the article's current version (for a conflict message). */
export function latestEvent(tx: Tx, id: number): RevisionEvent | null {
  return (
    tx
      .select({ event: revisions.event })
      .from(revisions)
      .where(eq(revisions.articleId, id))
      .orderBy(desc(revisions.version), desc(revisions.id))
      .get()?.event ?? null
  );
}

/** The content of an article's `version` as its revision stored it; null when there is none or it is not whole. */
function revisionContent(tx: Tx, id: number, version: number): ArticleContent | null {
  const row = tx
    .select({ snapshot: revisions.snapshot })
    .from(revisions)
    .where(and(eq(revisions.articleId, id), eq(revisions.version, version)))
    .orderBy(desc(revisions.id))
    .get();
  return row ? contentFromSnapshot(row.snapshot) : null;
}

/** Who made the versions after `version`, first to last, and what each was. */
function savedSince(tx: Tx, id: number, version: number): SavedSince {
  const rows = tx
    .select({ name: users.name, event: revisions.event })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.userId))
    .where(and(eq(revisions.articleId, id), gt(revisions.version, version)))
    .orderBy(revisions.version, revisions.id)
    .all();
  return {
    names: [...new Set(rows.flatMap((row) => (row.name ? [row.name] : [])))],
    events: [...new Set(rows.flatMap((row) => (row.event ? [row.event] : [])))],
  };
}

function checkReferences(tx: Tx, content: ArticleContent) {
  if (!tx.select({ id: sections.id }).from(sections).where(eq(sections.id, content.sectionId)).get()) {
    throw new UserError('Vælg en sektion.');
  }
  const knownAuthors = content.authorIds.length
    ? tx.select({ id: authors.id }).from(authors).where(inArray(authors.id, content.authorIds)).all().length
    : 0;
  if (knownAuthors !== new Set(content.authorIds).size) throw new UserError('En af de valgte skribenter findes ikke.');
  if (
    content.topImageId !== null &&
    !tx.select({ id: media.id }).from(media).where(eq(media.id, content.topImageId)).get()
  ) {
    throw new UserError('Det valgte billede findes ikke længere.');
  }
  if (content.kind === 'sponsored' && !content.sponsor?.trim())
    throw new UserError('Et annonceindlæg skal have en annoncør.');
}

/** A new draft, version 1, with its first revision. */
export function createArticle(content: ArticleContent, userId: number): { id: number; tags: string[] } {
  const db = getDb();
  return db.transaction((tx) => {
    checkSlug(tx, content.slug, null);
    checkReferences(tx, content);
    const at = new Date().toISOString();
    const { id } = tx
      .insert(articles)
      .values({
        ...contentColumns(content),
        status: 'draft',
        version: 1,
        createdAt: at,
        updatedAt: at,
        createdBy: userId,
        updatedBy: userId,
      })
      .returning({ id: articles.id })
      .get();
    writeRelations(tx, id, content);
    writeRevision(tx, id, 1, userId, content, at, 'create');
    indexArticle(tx, id);
    // Nothing public changes: a draft is on no page, and tags it brings along have no published article, so no
    // listing, feed or sitemap shows them yet (publishing expires what they touch). Expiring nothing also keeps
    // Next from re-rendering the page under the editor that just created the draft in place.
    return { id, tags: [] };
  });
}

/**
 * Saves content based on `baseVersion`. If someone saved in between, the save is merged into the version now stored
 * (domain/article/merge.ts, with the base version's revision): what only they changed is kept, and the merged
 * content is written as a normal save; if both changed a field differently, nothing is written and the conflict
 * carries what the editor needs to settle it. A restore never merges: a stale one is refused. Once an article has
 * been published its address only changes with `changeSlug` (then the old path is kept in the slug history and
 * answers 301). Never changes the status. The `update` event marks the save as an update readers are told about
 * ("Opdateret", see modifiedAt in article-page.ts); a plain save is silent.
 */
export function saveArticle(
  id: number,
  mine: ArticleContent,
  baseVersion: number,
  userId: number,
  {
    changeSlug = false,
    event = 'save',
  }: { changeSlug?: boolean; event?: Extract<RevisionEvent, 'save' | 'restore' | 'update'> } = {},
): SaveResult {
  const db = getDb();
  return db.transaction((tx) => {
    const current = readContent(tx, id);
    if (!current) throw new UserError('Artiklen findes ikke længere.');
    let content = mine;
    let merged: MergedSave | null = null;
    if (current.version !== baseVersion) {
      const stale = { version: current.version, by: current.updatedByName, at: current.updatedAt };
      if (event === 'restore') return { ok: false, conflict: { ...stale, event: latestEvent(tx, id) } };
      const base = revisionContent(tx, id, baseVersion);
      const theirs = contentOf(current);
      const merge = mergeArticle(base, theirs, mine);
      if (merge.conflicts.length) {
        return {
          ok: false,
          conflict: { ...stale, event: latestEvent(tx, id), merge: { base, theirs, fields: merge.conflicts } },
        };
      }
      content = merge.content;
      merged = { ...savedSince(tx, id, baseVersion), baseVersion, fromTheirs: merge.fromTheirs, content };
    }
    const wasPublic = current.publishedAt !== null;
    const moves = content.slug !== current.slug || content.sectionId !== current.sectionId;
    if (wasPublic && content.slug !== current.slug && !changeSlug) {
      throw new UserError('Artiklen er udgivet, så dens adresse er låst. Vælg »Skift adresse« for at ændre den.');
    }
    if (content.slug !== current.slug) checkSlug(tx, content.slug, id);
    checkReferences(tx, content);
    if (current.status === 'published' || current.status === 'scheduled') {
      assertStaysPublishable(tx, id, contentOf(current), content);
    }
    // "Opdateret" is the readers' signal of a real change; only a published article can carry it.
    if (event === 'update' && current.status !== 'published') {
      throw new UserError('Kun en udgivet artikel kan markeres som opdateret.');
    }
    const at = new Date().toISOString();
    const version = current.version + 1;
    if (wasPublic && moves) {
      tx.insert(slugHistory)
        .values({ path: current.path, articleId: id, createdAt: at })
        .onConflictDoUpdate({ target: slugHistory.path, set: { articleId: id } })
        .run();
    }
    tx.update(articles)
      .set({
        ...contentColumns(content),
        version,
        updatedAt: at,
        updatedBy: userId,
      })
      .where(eq(articles.id, id))
      .run();
    // The new path may be one the article had before: it is current again, not a redirect.
    const sectionSlug = tx
      .select({ slug: sections.slug })
      .from(sections)
      .where(eq(sections.id, content.sectionId))
      .get()!.slug;
    tx.delete(slugHistory)
      .where(eq(slugHistory.path, articlePath(sectionSlug, content.slug)))
      .run();
    writeRelations(tx, id, content);
    writeRevision(tx, id, version, userId, content, at, event);
    indexArticle(tx, id);
    return {
      ok: true,
      id,
      version,
      updatedAt: at,
      tags: articleTagsFor(current, { id, slug: content.slug, sectionSlug }),
      merged,
    };
  });
}

/** A dated correction note on a published article; its revision sets the updated time readers see. */
export function addCorrection(articleId: number, body: string, userId: number) {
  const db = getDb();
  return db.transaction((tx) => {
    const current = readContent(tx, articleId);
    if (!current) throw new UserError('Artiklen findes ikke længere.');
    if (current.status !== 'published') throw new UserError('Rettelser kan kun tilføjes til udgivne artikler.');
    const at = new Date().toISOString();
    tx.insert(articleCorrections).values({ articleId, body, createdAt: at }).run();
    tx.update(articles)
      .set({ updatedAt: at, updatedBy: userId, version: current.version + 1 })
      .where(eq(articles.id, articleId))
      .run();
    writeRevision(tx, articleId, current.version + 1, userId, contentOf(current), at, 'correction');
    return {
      version: current.version + 1,
      tags: articleTagsFor(null, { id: articleId, slug: current.slug, sectionSlug: current.sectionSlug }),
    };
  });
}

export function deleteArticle(articleId: number) {
  const db = getDb();
  return db.transaction((tx) => {
    const current = readContent(tx, articleId);
    if (!current) throw new UserError('Artiklen findes ikke længere.');
    // Once public, an article leaves by being unpublished: its address then answers 410 and its history, slug
    // history and sponsor campaigns stay. Deleting is for what readers never saw.
    if (current.publishedAt !== null) {
      throw new UserError(
        'En artikel, der har været udgivet, kan ikke slettes. Afpublicér den i stedet: så svarer dens adresse 410 (fjernet), og historikken bevares.',
      );
    }
    // Triggers remove its search-index entries with it (migration 0007).
    tx.delete(articles).where(eq(articles.id, articleId)).run();
    return {
      title: current.title,
      tags: articleTagsFor(null, { id: articleId, slug: current.slug, sectionSlug: current.sectionSlug }),
    };
  });
}
