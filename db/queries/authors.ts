import 'server-only';

import { and, asc, eq, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { UserError } from '@/domain/errors';
import { slugify, uniqueSlug } from '@/domain/slug';
import { getDb } from '@/db/client';
import { articleAuthors, articles, authors, authorSlugHistory, peopleNews, users } from '@/db/schema';
import { assertMediaExists, type Tx } from './widget-admin';

// The newsroom's authors: the people behind the bylines. Staff authors are linked to their user account (one each),
// guests and freelancers are authors without one. An author's old slugs (renames, merges) stay in
// author_slug_history, so /skribent/<old> answers 301 to the current page (db/queries/routing.ts).

export type AuthorInput = {
  name: string;
  slug: string;
  title: string;
  bio: string;
  email: string | null;
  showEmail: boolean;
  linkedinUrl: string | null;
  xUrl: string | null;
  mastodonUrl: string | null;
  active: boolean;
  photoId: number | null;
  /** The staff account this author is; null for a guest or freelancer. */
  userId: number | null;
};

export type AdminAuthor = AuthorInput & { id: number; userName: string | null; articleCount: number };

/** How many articles carry the author's byline, whatever their status: one index range (article_authors_listing_idx). */
const articleCount = sql<number>`(SELECT count(*) FROM article_authors aa WHERE aa.author_id = ${authors.id})`;

const adminColumns = {
  id: authors.id,
  name: authors.name,
  slug: authors.slug,
  title: authors.title,
  bio: authors.bio,
  email: authors.email,
  showEmail: authors.showEmail,
  linkedinUrl: authors.linkedinUrl,
  xUrl: authors.xUrl,
  mastodonUrl: authors.mastodonUrl,
  active: authors.active,
  photoId: authors.photoId,
  userId: authors.userId,
  userName: users.name,
  articleCount,
};

/** Every author, active ones first, by name (a newsroom has dozens, not thousands). */
export function listAuthorsForAdmin(): AdminAuthor[] {
  return getDb()
    .select(adminColumns)
    .from(authors)
    .leftJoin(users, eq(users.id, authors.userId))
    .orderBy(sql`${authors.active} DESC`, asc(authors.name))
    .all();
}

export function getAuthorForAdmin(id: number): AdminAuthor | null {
  return (
    getDb()
      .select(adminColumns)
      .from(authors)
      .leftJoin(users, eq(users.id, authors.userId))
      .where(eq(authors.id, id))
      .get() ?? null
  );
}

/** Staff accounts an author can be linked to: those without an author, and the author's own. */
export function linkableUsers(authorId: number | null): { id: number; name: string; email: string }[] {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .leftJoin(authors, eq(authors.userId, users.id))
    .where(authorId === null ? isNull(authors.id) : or(isNull(authors.id), eq(authors.id, authorId)))
    .orderBy(asc(users.name))
    .all();
}

/** Authors without an account, for linking a new user to an existing byline (a freelancer who joins the staff). */
export function unlinkedAuthors(): { id: number; name: string }[] {
  return getDb()
    .select({ id: authors.id, name: authors.name })
    .from(authors)
    .where(isNull(authors.userId))
    .orderBy(asc(authors.name))
    .all();
}

/** The byline a new account writes under: a new author, an existing one without an account, or none. */
export type AuthorChoice = { kind: 'new'; title: string } | { kind: 'existing'; authorId: number } | { kind: 'none' };

/**
 * Links a new account to its author, in the account's own transaction: a new author named like the user (with
 * the account's e-mail, not shown) or an existing author who has no account yet (a freelancer joining the staff).
 */
export function linkNewAccount(
  tx: Tx,
  user: { id: number; name: string; email: string },
  choice: AuthorChoice,
): { authorId: number | null; tags: string[] } {
  if (choice.kind === 'none') return { authorId: null, tags: [] };
  if (choice.kind === 'existing') {
    const linked = tx
      .update(authors)
      .set({ userId: user.id })
      .where(and(eq(authors.id, choice.authorId), isNull(authors.userId)))
      .run();
    if (linked.changes === 0) {
      throw new UserError('Skribenten findes ikke, eller er allerede knyttet til en anden bruger.', {
        fieldErrors: { author: 'Vælg en anden skribent.' },
      });
    }
    return { authorId: choice.authorId, tags: [] };
  }
  const slug = uniqueSlug(slugify(user.name), (candidate) =>
    Boolean(
      tx.select({ id: authors.id }).from(authors).where(eq(authors.slug, candidate)).get() ??
      tx
        .select({ slug: authorSlugHistory.slug })
        .from(authorSlugHistory)
        .where(eq(authorSlugHistory.slug, candidate))
        .get(),
    ),
  );
  const authorId = tx
    .insert(authors)
    .values({ name: user.name, slug, title: choice.title, email: user.email, userId: user.id })
    .returning({ id: authors.id })
    .get().id;
  return { authorId, tags: AUTHOR_TAGS };
}

/** The active author a staff user writes as: a new article's byline when the writer left it empty. */
export function authorOfUser(userId: number): number | null {
  return (
    getDb()
      .select({ id: authors.id })
      .from(authors)
      .where(and(eq(authors.userId, userId), eq(authors.active, true)))
      .get()?.id ?? null
  );
}

/** What every author change expires: author pages, feeds and sitemaps (bylines on article pages: bylineTags). */
const AUTHOR_TAGS = [TAGS.authors];

/**
 * The pages of the author's published articles, whose bylines show the author's name, title and link: exactly the
 * articles the change shows on (one index range of article_authors, then each article by its key).
 */
function bylineTags(tx: Tx, authorId: number): string[] {
  return tx
    .select({ id: articles.id, slug: articles.slug })
    .from(articleAuthors)
    .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
    .where(and(eq(articleAuthors.authorId, authorId), isNotNull(articleAuthors.publishedAt)))
    .all()
    .flatMap((article) => [TAGS.article(article.id), TAGS.articleSlug(article.slug)]);
}

function assertSlugFree(tx: Tx, slug: string, id: number | null) {
  const taken = tx
    .select({ id: authors.id, name: authors.name })
    .from(authors)
    .where(id === null ? eq(authors.slug, slug) : and(eq(authors.slug, slug), ne(authors.id, id)))
    .get();
  if (taken) {
    throw new UserError(`Adressen »${slug}« bruges allerede af ${taken.name}.`, {
      fieldErrors: { slug: 'Vælg en anden adresse.' },
      conflict: {},
    });
  }
}

function assertUserFree(tx: Tx, userId: number | null, id: number | null) {
  if (userId === null) return;
  if (!tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()) {
    throw new UserError('Brugeren findes ikke længere.', { fieldErrors: { userId: 'Vælg en anden bruger.' } });
  }
  const other = tx
    .select({ name: authors.name })
    .from(authors)
    .where(id === null ? eq(authors.userId, userId) : and(eq(authors.userId, userId), ne(authors.id, id)))
    .get();
  if (other) {
    throw new UserError(`Brugeren er allerede knyttet til skribenten ${other.name}.`, {
      fieldErrors: { userId: 'Vælg en anden bruger.' },
      conflict: {},
    });
  }
}

/** The slug is the author's current one now: it no longer redirects anywhere. */
const claimSlug = (tx: Tx, slug: string) => tx.delete(authorSlugHistory).where(eq(authorSlugHistory.slug, slug)).run();

export function insertAuthor(tx: Tx, input: AuthorInput): number {
  assertSlugFree(tx, input.slug, null);
  assertUserFree(tx, input.userId, null);
  assertMediaExists(tx, input.photoId);
  claimSlug(tx, input.slug);
  return tx.insert(authors).values(input).returning({ id: authors.id }).get().id;
}

export function createAuthor(input: AuthorInput): { id: number; tags: string[] } {
  return getDb().transaction((tx) => ({ id: insertAuthor(tx, input), tags: AUTHOR_TAGS }));
}

/** Saves an author; a new slug keeps the old one in the history, so links to the old page still arrive. */
export function updateAuthor(id: number, input: AuthorInput): { tags: string[]; oldSlug: string } {
  return getDb().transaction((tx) => {
    const current = tx
      .select({ slug: authors.slug, name: authors.name, title: authors.title })
      .from(authors)
      .where(eq(authors.id, id))
      .get();
    if (!current) throw new UserError('Skribenten findes ikke længere.', { status: 404 });
    assertSlugFree(tx, input.slug, id);
    assertUserFree(tx, input.userId, id);
    assertMediaExists(tx, input.photoId);
    if (input.slug !== current.slug) {
      claimSlug(tx, input.slug);
      tx.insert(authorSlugHistory)
        .values({ slug: current.slug, authorId: id })
        .onConflictDoUpdate({ target: authorSlugHistory.slug, set: { authorId: id } })
        .run();
    }
    tx.update(authors).set(input).where(eq(authors.id, id)).run();
    const bylineChanged = input.slug !== current.slug || input.name !== current.name || input.title !== current.title;
    return { tags: [...AUTHOR_TAGS, ...(bylineChanged ? bylineTags(tx, id) : [])], oldSlug: current.slug };
  });
}

const articlesWord = (n: number) => (n === 1 ? '1 artikel' : `${n.toLocaleString('da-DK')} artikler`);

/** Deletes an author no article names; one with bylines is refused (merge or deactivate instead). */
export function deleteAuthor(id: number): { name: string; tags: string[] } {
  return getDb().transaction((tx) => {
    const author = tx
      .select({ name: authors.name, articles: articleCount })
      .from(authors)
      .where(eq(authors.id, id))
      .get();
    if (!author) throw new UserError('Skribenten findes ikke længere.', { status: 404 });
    if (author.articles > 0) {
      throw new UserError(
        `${author.name} står som skribent på ${articlesWord(author.articles)} og kan ikke slettes. Flet skribenten ind i en anden, eller gør vedkommende inaktiv.`,
        { conflict: {} },
      );
    }
    // Navnenyt about them stays, no longer linked (the column's SQLite reference has no ON DELETE of its own).
    const entries = tx.update(peopleNews).set({ authorId: null }).where(eq(peopleNews.authorId, id)).run().changes;
    tx.delete(authors).where(eq(authors.id, id)).run();
    return { name: author.name, tags: [...AUTHOR_TAGS, ...(entries > 0 ? [TAGS.peopleNews] : [])] };
  });
}

/**
 * Merges `sourceId` into `targetId`: the source's bylines move to the target (an article that had both keeps one
 * byline, in the target's place), its account link moves when the target has none, its page and its old slugs
 * answer 301 to the target's page, and the source is deleted. The published articles whose byline changed are
 * returned, for their pages' cache tags.
 */
export function mergeAuthors(
  sourceId: number,
  targetId: number,
): { source: string; target: string; moved: number; tags: string[] } {
  if (sourceId === targetId) throw new UserError('Vælg en anden skribent at flette ind i.');
  return getDb().transaction((tx) => {
    const source = tx.select().from(authors).where(eq(authors.id, sourceId)).get();
    const target = tx.select().from(authors).where(eq(authors.id, targetId)).get();
    if (!source || !target) throw new UserError('Skribenten findes ikke længere.', { status: 404 });
    if (source.userId !== null && target.userId !== null) {
      throw new UserError(
        `Både ${source.name} og ${target.name} er knyttet til en bruger. Fjern brugeren fra den ene skribent først.`,
        { conflict: {} },
      );
    }
    const changed = bylineTags(tx, sourceId);
    // The target keeps its place where both were on the article; elsewhere the target takes the source's place.
    const moved = tx.run(sql`
      INSERT INTO article_authors (article_id, author_id, position)
        SELECT article_id, ${targetId}, position FROM article_authors WHERE author_id = ${sourceId}
      ON CONFLICT (article_id, author_id) DO NOTHING`).changes;
    tx.delete(articleAuthors).where(eq(articleAuthors.authorId, sourceId)).run();
    tx.update(authorSlugHistory).set({ authorId: targetId }).where(eq(authorSlugHistory.authorId, sourceId)).run();
    tx.insert(authorSlugHistory)
      .values({ slug: source.slug, authorId: targetId })
      .onConflictDoUpdate({ target: authorSlugHistory.slug, set: { authorId: targetId } })
      .run();
    const entries = tx
      .update(peopleNews)
      .set({ authorId: targetId })
      .where(eq(peopleNews.authorId, sourceId))
      .run().changes;
    tx.delete(authors).where(eq(authors.id, sourceId)).run();
    if (source.userId !== null) tx.update(authors).set({ userId: source.userId }).where(eq(authors.id, targetId)).run();
    return {
      source: source.name,
      target: target.name,
      moved,
      // Listings show no bylines; the articles' pages and the author pages do.
      tags: [...AUTHOR_TAGS, ...changed, ...(entries > 0 ? [TAGS.peopleNews] : [])],
    };
  });
}

/** The author's current slug, for /skribent/<old slug> (a rename or a merge): null when the slug never was one. */
export function movedAuthorSlug(slug: string): string | null {
  return (
    getDb()
      .select({ slug: authors.slug })
      .from(authorSlugHistory)
      .innerJoin(authors, eq(authors.id, authorSlugHistory.authorId))
      .where(eq(authorSlugHistory.slug, slug))
      .get()?.slug ?? null
  );
}

/** An author's current page, by path (for the admin's "see the page" link). */
export const authorPath = (slug: string) => `/skribent/${slug}`;
