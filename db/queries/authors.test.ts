import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { and, asc, eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articleAuthors, authors, authorSlugHistory, peopleNews, users } from '@/db/schema';
import { editorTestDatabase, refusal, testArticleContent } from '@/db/test-database';
import { UserError } from '@/domain/errors';
import { createArticle } from './article-writes';
import {
  authorOfUser,
  createAuthor,
  deleteAuthor,
  linkNewAccount,
  mergeAuthors,
  updateAuthor,
  type AuthorInput,
} from './authors';
import { createPeopleNews } from './people-news-admin';
import { pathVerdict } from './routing';

let editor = 0;
let section = 0;
editorTestDatabase('authors', (ids) => {
  editor = ids.userId;
  section = ids.sectionId;
});

let counter = 0;
function author(overrides: Partial<AuthorInput> = {}): AuthorInput {
  counter += 1;
  return {
    name: `Gæst ${counter}`,
    slug: `gaest-${counter}`,
    title: 'Freelancejournalist',
    bio: '',
    email: null,
    showEmail: false,
    linkedinUrl: null,
    xUrl: null,
    mastodonUrl: null,
    active: true,
    photoId: null,
    userId: null,
    ...overrides,
  };
}

const bylineOf = (articleId: number) =>
  getDb()
    .select({ authorId: articleAuthors.authorId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position))
    .all()
    .map((row) => row.authorId);

/** A staff account for linking (the password hash is never checked here). */
function user(name: string): number {
  return getDb()
    .insert(users)
    .values({
      email: `${name.toLowerCase()}-${++counter}@spalte.dk`,
      name,
      passwordHash: 'x',
      updatedAt: new Date().toISOString(),
    })
    .returning({ id: users.id })
    .get().id;
}

describe('authors', () => {
  it('refuses to delete an author with bylines, naming how many, and deletes one without', () => {
    const { id } = createAuthor(author());
    createArticle(testArticleContent(section, { authorIds: [id] }), editor);
    createArticle(testArticleContent(section, { authorIds: [id] }), editor);
    const error = refusal(() => deleteAuthor(id));
    assert.match(error.message, /står som skribent på 2 artikler og kan ikke slettes/);
    assert.equal(error.status, 409);

    const spare = createAuthor(author());
    const about = createPeopleNews({
      name: 'Reservist',
      company: 'Spalte',
      role: 'Praktikant',
      startDate: null,
      label: 'Nyt job',
      body: 'Tekst.',
      photoId: null,
      authorId: spare.id,
    });
    deleteAuthor(spare.id);
    // The entry stays, no longer linked.
    assert.equal(getDb().select().from(peopleNews).where(eq(peopleNews.id, about.id)).get()!.authorId, null);
    assert.equal(getDb().select().from(authors).where(eq(authors.id, spare.id)).get(), undefined);
  });

  it('merges bylines into the target without duplicates and sends the old page to the target’s', () => {
    const source = createAuthor(author({ name: 'Kim Dublet', slug: 'kim-dublet' }));
    const target = createAuthor(author({ name: 'Kim Original', slug: 'kim-original' }));
    const both = createArticle(testArticleContent(section, { authorIds: [source.id, target.id] }), editor);
    const sourceOnly = createArticle(testArticleContent(section, { authorIds: [1, source.id] }), editor);

    const entry = createPeopleNews({
      name: 'Kim Dublet',
      company: 'Spalte',
      role: 'Journalist',
      startDate: null,
      label: 'Nyt job',
      body: 'Kim begynder på Spalte.',
      photoId: null,
      authorId: source.id,
    });
    const merged = mergeAuthors(source.id, target.id);
    // Navnenyt about the person follows them to the surviving author.
    assert.equal(getDb().select().from(peopleNews).where(eq(peopleNews.id, entry.id)).get()!.authorId, target.id);
    assert.equal(merged.moved, 1);
    // Both were on it: one byline, the target's. The other keeps its order, with the target in the source's place.
    assert.deepEqual(bylineOf(both.id), [target.id]);
    assert.deepEqual(bylineOf(sourceOnly.id), [1, target.id]);
    assert.equal(getDb().select().from(authors).where(eq(authors.id, source.id)).get(), undefined);
    assert.deepEqual(pathVerdict('/skribent/kim-dublet'), { kind: 'moved', location: '/skribent/kim-original' });
    assert.deepEqual(pathVerdict('/skribent/kim-dublet/rss.xml'), {
      kind: 'moved',
      location: '/skribent/kim-original/rss.xml',
    });
    assert.deepEqual(pathVerdict('/skribent/kim-original'), { kind: 'page' });
  });

  it('refuses a merge into itself, and one where both authors have an account', () => {
    const lone = createAuthor(author());
    assert.match(refusal(() => mergeAuthors(lone.id, lone.id)).message, /anden skribent/);
    const first = createAuthor(author({ userId: user('Første') }));
    const second = createAuthor(author({ userId: user('Anden') }));
    assert.match(refusal(() => mergeAuthors(first.id, second.id)).message, /knyttet til en bruger/);
  });

  it('keeps every old slug of a renamed author, in one hop, until another author takes it', () => {
    const { id } = createAuthor(author({ slug: 'navn-1' }));
    updateAuthor(id, author({ slug: 'navn-2' }));
    updateAuthor(id, author({ slug: 'navn-3' }));
    assert.deepEqual(pathVerdict('/skribent/navn-1'), { kind: 'moved', location: '/skribent/navn-3' });
    assert.deepEqual(pathVerdict('/skribent/navn-2'), { kind: 'moved', location: '/skribent/navn-3' });
    // A new author may take an old slug: it is theirs now, not a redirect.
    createAuthor(author({ slug: 'navn-1' }));
    assert.deepEqual(pathVerdict('/skribent/navn-1'), { kind: 'page' });
    assert.equal(getDb().select().from(authorSlugHistory).where(eq(authorSlugHistory.slug, 'navn-1')).get(), undefined);
    assert.deepEqual(pathVerdict('/skribent/aldrig-brugt'), { kind: 'missing' });
  });

  it('refuses a slug another author has, as a conflict on the field', () => {
    const error = refusal(() => createAuthor(author({ slug: 'line-vestergaard' })));
    assert.equal(error.status, 409);
    assert.ok(error.fieldErrors?.slug);
  });

  it('gives a new account a new author named after it, or links an existing one without an account', () => {
    const db = getDb();
    const newcomer = user('Line Vestergaard');
    db.transaction((tx) =>
      linkNewAccount(
        tx,
        { id: newcomer, name: 'Line Vestergaard', email: 'lv@spalte.dk' },
        { kind: 'new', title: 'Journalist' },
      ),
    );
    const created = db.select().from(authors).where(eq(authors.userId, newcomer)).get()!;
    // The name's slug is taken by the demo author of that name: the new one gets its own.
    assert.equal(created.slug, 'line-vestergaard-2');
    assert.equal(created.title, 'Journalist');
    assert.equal(authorOfUser(newcomer), created.id);

    const guest = createAuthor(author());
    const joiner = user('Tidligere Gæst');
    db.transaction((tx) =>
      linkNewAccount(
        tx,
        { id: joiner, name: 'Tidligere Gæst', email: 'g@spalte.dk' },
        { kind: 'existing', authorId: guest.id },
      ),
    );
    assert.equal(authorOfUser(joiner), guest.id);
    // An author who already has an account cannot be given a second one.
    const third = user('Tredje');
    assert.throws(
      () =>
        db.transaction((tx) =>
          linkNewAccount(
            tx,
            { id: third, name: 'Tredje', email: 't@spalte.dk' },
            { kind: 'existing', authorId: guest.id },
          ),
        ),
      UserError,
    );
  });

  it('offers no default byline from an inactive author', () => {
    const db = getDb();
    const id = db
      .insert(users)
      .values({ email: 'inaktiv@spalte.dk', name: 'Inaktiv', passwordHash: 'x', updatedAt: new Date().toISOString() })
      .returning({ id: users.id })
      .get().id;
    const own = createAuthor(author({ userId: id }));
    assert.equal(authorOfUser(id), own.id);
    updateAuthor(
      own.id,
      author({
        slug: getDb().select().from(authors).where(eq(authors.id, own.id)).get()!.slug,
        userId: id,
        active: false,
      }),
    );
    assert.equal(authorOfUser(id), null);
    assert.equal(
      db
        .select()
        .from(authors)
        .where(and(eq(authors.id, own.id), eq(authors.active, false)))
        .all().length,
      1,
    );
  });
});
