import 'server-only';

import { and, asc, desc, eq, inArray, lte, ne } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { contentColumns, contentOf, type ArticleContent } from '@/domain/article/content';
import { canMove, type ArticleStatus, type RevisionEvent, type Transition } from '@/domain/article/workflow';
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
  tags,
  users,
} from '@/db/schema';
import { indexArticle } from '@/db/search-index';
import { articlePath } from '@/db/queries/teasers';
import { topImageProblem } from './media';
import { titleContains } from './text-match';
import { isPublished } from './visibility';

// Writing articles: create, save (conflict-safe, with a revision per save), workflow transitions, restore,
// corrections and the scheduler's publishing. Every write runs in one transaction together with its revision and
// its search-index update, and reports the cache tags it affects; callers expire them with invalidate().
// Permission checks are the callers' (server/actions/articles.ts), which know who is asking.

type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];

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

export type SaveResult =
  | { ok: true; id: number; version: number; updatedAt: string; tags: string[] }
  | { ok: false; conflict: { version: number; by: string | null; at: string; event: RevisionEvent | null } };

function readContent(db: Tx | ReturnType<typeof getDb>, id: number): EditableArticle | null {
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
    const tag =
      tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get() ??
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

function writeRevision(
  tx: Tx,
  id: number,
  version: number,
  userId: number | null,
  content: ArticleContent,
  at: string,
  event: RevisionEvent,
) {
  tx.insert(revisions)
    .values({ articleId: id, version, snapshot: JSON.stringify(content), userId, createdAt: at, event })
    .run();
}

/** What made the article's current version (for a conflict message). */
function latestEvent(tx: Tx, id: number): RevisionEvent | null {
  return (
    tx
      .select({ event: revisions.event })
      .from(revisions)
      .where(eq(revisions.articleId, id))
      .orderBy(desc(revisions.version), desc(revisions.id))
      .get()?.event ?? null
  );
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
/** A published (or scheduled) article's top image must have alt text and credit. */
function checkPublishable(tx: Tx, topImageId: number | null) {
  const problem = topImageProblem(tx, topImageId);
  if (problem) throw new UserError(problem);
}

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
    return { id, tags: [TAGS.tags] };
  });
}

/**
 * Saves content based on `baseVersion`. If someone saved in between, nothing is written and the conflict says who
 * and when. Once an article has been published its address only changes with `changeSlug` (then the old path is
 * kept in the slug history and answers 301). Never changes the status.
 */
export function saveArticle(
  id: number,
  content: ArticleContent,
  baseVersion: number,
  userId: number,
  {
    changeSlug = false,
    event = 'save',
  }: { changeSlug?: boolean; event?: Extract<RevisionEvent, 'save' | 'restore'> } = {},
): SaveResult {
  const db = getDb();
  return db.transaction((tx) => {
    const current = readContent(tx, id);
    if (!current) throw new UserError('Artiklen findes ikke længere.');
    if (current.version !== baseVersion) {
      return {
        ok: false,
        conflict: {
          version: current.version,
          by: current.updatedByName,
          at: current.updatedAt,
          event: latestEvent(tx, id),
        },
      };
    }
    const wasPublic = current.publishedAt !== null;
    const moves = content.slug !== current.slug || content.sectionId !== current.sectionId;
    if (wasPublic && content.slug !== current.slug && !changeSlug) {
      throw new UserError('Artiklen er udgivet, så dens adresse er låst. Vælg »Skift adresse« for at ændre den.');
    }
    if (content.slug !== current.slug) checkSlug(tx, content.slug, id);
    checkReferences(tx, content);
    if (current.status === 'published' || current.status === 'scheduled') checkPublishable(tx, content.topImageId);
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
    };
  });
}

/** Moves an article through the workflow; returns the tags to expire (none unless the public site changes). */
export function transitionArticle(
  id: number,
  transition: Transition,
  userId: number,
  { publishAt }: { publishAt?: string } = {},
) {
  const db = getDb();
  return db.transaction((tx) => {
    const current = readContent(tx, id);
    if (!current) throw new UserError('Artiklen findes ikke længere.');
    const at = new Date().toISOString();
    const from = current.status;
    if (!canMove(transition, from)) throw new UserError('Artiklen kan ikke flyttes dertil fra sin nuværende status.');
    if (transition === 'publish' || transition === 'schedule') checkPublishable(tx, current.topImageId);
    const set: Partial<typeof articles.$inferInsert> = {
      updatedBy: userId,
      version: current.version + 1,
      updatedAt: at,
    };
    if (transition === 'submit') set.status = 'review';
    if (transition === 'back-to-draft') Object.assign(set, { status: 'draft', publishAt: null });
    if (transition === 'schedule') {
      if (!publishAt || Number.isNaN(Date.parse(publishAt))) throw new UserError('Vælg et tidspunkt for udgivelsen.');
      if (Date.parse(publishAt) <= Date.now())
        throw new UserError('Tidspunktet for udgivelsen skal ligge i fremtiden.');
      Object.assign(set, { status: 'scheduled', publishAt: new Date(publishAt).toISOString() });
    }
    if (transition === 'publish')
      Object.assign(set, { status: 'published', publishAt: null, publishedAt: current.publishedAt ?? at });
    if (transition === 'unpublish') set.status = 'unpublished';
    tx.update(articles).set(set).where(eq(articles.id, id)).run();
    // A status change is a save too: it gets a revision, so the history shows who moved it when.
    writeRevision(tx, id, current.version + 1, userId, contentOf(current), at, transition);
    const publicChange = transition === 'publish' || transition === 'unpublish' || from === 'published';
    const key = { id, slug: current.slug, sectionSlug: current.sectionSlug };
    return { version: current.version + 1, tags: publicChange ? articleTagsFor(null, key) : [], from };
  });
}

export type RevisionSummary = {
  id: number;
  version: number;
  createdAt: string;
  userName: string | null;
  event: RevisionEvent | null;
};

export function listRevisions(articleId: number): RevisionSummary[] {
  return getDb()
    .select({
      id: revisions.id,
      version: revisions.version,
      createdAt: revisions.createdAt,
      userName: users.name,
      event: revisions.event,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.userId))
    .where(eq(revisions.articleId, articleId))
    .orderBy(desc(revisions.version), desc(revisions.id))
    .all();
}

export function getRevision(
  articleId: number,
  revisionId: number,
): (RevisionSummary & { content: ArticleContent }) | null {
  const row = getDb()
    .select({
      id: revisions.id,
      version: revisions.version,
      createdAt: revisions.createdAt,
      userName: users.name,
      event: revisions.event,
      snapshot: revisions.snapshot,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.userId))
    .where(and(eq(revisions.articleId, articleId), eq(revisions.id, revisionId)))
    .get();
  if (!row) return null;
  const { snapshot, ...summary } = row;
  return { ...summary, content: JSON.parse(snapshot) as ArticleContent };
}

/**
 * Restore: saves an old revision's content as a new version (based on `baseVersion`, so it can conflict like any
 * save). The status, and so what readers see of a published article's state, is left as it is; the address stays
 * the current one.
 */
export function restoreRevision(
  articleId: number,
  revisionId: number,
  baseVersion: number,
  userId: number,
): SaveResult {
  const revision = getRevision(articleId, revisionId);
  const current = getEditableArticle(articleId);
  if (!revision || !current) throw new UserError('Versionen findes ikke.');
  return saveArticle(
    articleId,
    { ...revision.content, slug: current.slug, sectionId: current.sectionId },
    baseVersion,
    userId,
    { event: 'restore' },
  );
}

/** A dated correction note on a published article; it bumps the updated time readers see. */
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

/**
 * The scheduler's work: every scheduled article whose time has come goes live, with its scheduled time as its
 * publication time. Returns what it published and the tags to expire.
 */
export function publishDueArticles(now = new Date()): { published: { id: number; title: string }[]; tags: string[] } {
  const db = getDb();
  return db.transaction((tx) => {
    const due = tx
      .select({
        id: articles.id,
        title: articles.title,
        slug: articles.slug,
        sectionSlug: sections.slug,
        publishAt: articles.publishAt,
        publishedAt: articles.publishedAt,
        version: articles.version,
      })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(eq(articles.status, 'scheduled'), lte(articles.publishAt, now.toISOString())))
      .all();
    const expire = new Set<string>();
    const at = now.toISOString();
    for (const article of due) {
      // Nobody pressed a button: the version has no user, and its revision says the scheduler published it.
      tx.update(articles)
        .set({
          status: 'published',
          publishedAt: article.publishedAt ?? article.publishAt,
          publishAt: null,
          version: article.version + 1,
          updatedAt: at,
          updatedBy: null,
        })
        .where(eq(articles.id, article.id))
        .run();
      writeRevision(
        tx,
        article.id,
        article.version + 1,
        null,
        contentOf(readContent(tx, article.id)!),
        at,
        'auto-publish',
      );
      articleTagsFor(null, { id: article.id, slug: article.slug, sectionSlug: article.sectionSlug }).forEach((tag) =>
        expire.add(tag),
      );
    }
    return { published: due.map(({ id, title }) => ({ id, title })), tags: [...expire] };
  });
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
    authors: db.select({ id: authors.id, name: authors.name }).from(authors).orderBy(authors.name).all(),
    tags: db
      .select({ name: tags.name })
      .from(tags)
      .orderBy(tags.name)
      .all()
      .map((tag) => tag.name),
  };
}
