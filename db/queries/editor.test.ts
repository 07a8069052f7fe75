import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { createAccount } from './accounts';
import { getDb } from '@/db/client';
import { articles, revisions, sections, slugHistory } from '@/db/schema';
import { demoDatabaseForTests, testArticleContent } from '@/db/test-database';
import {
  createArticle,
  deleteArticle,
  getEditableArticle,
  getRevision,
  listRevisions,
  publishDueArticles,
  restoreRevision,
  saveArticle,
  transitionArticle,
} from './editor';
import { articlePathVerdict } from './routing';
import { UserError } from '@/domain/errors';
import type { ArticleContent } from '@/domain/article/content';

let userId: number;
let sectionId: number;

demoDatabaseForTests('editor', async () => {
  userId = await createAccount(getDb(), {
    email: 'red@spalte.dk',
    name: 'Redaktør',
    role: 'editor',
    password: 'en-lang-adgangskode',
  });
  sectionId = getDb().select({ id: sections.id }).from(sections).where(eq(sections.slug, 'sikkerhed')).get()!.id;
});

const content = (overrides: Partial<ArticleContent> = {}) =>
  testArticleContent(sectionId, { tags: ['Ny tag'], ...overrides });

describe('saving', () => {
  it('refuses a save based on a stale version and writes nothing', () => {
    const { id } = createArticle(content(), userId);
    const first = saveArticle(id, content({ slug: getEditableArticle(id)!.slug, body: 'A' }), 1, userId);
    assert.equal(first.ok, true);
    const stale = saveArticle(id, content({ slug: getEditableArticle(id)!.slug, body: 'B' }), 1, userId);
    assert.equal(stale.ok, false);
    assert.deepEqual(!stale.ok && { version: stale.conflict.version, by: stale.conflict.by }, {
      version: 2,
      by: 'Redaktør',
    });
    assert.equal(getEditableArticle(id)!.body, 'A');
    assert.equal(listRevisions(id).length, 2);
  });

  it('refuses reserved and taken slugs', () => {
    assert.throws(() => createArticle(content({ slug: 'admin' }), userId), UserError);
    const { id } = createArticle(content(), userId);
    const taken = getEditableArticle(id)!.slug;
    assert.throws(() => createArticle(content({ slug: taken }), userId), /bruges allerede/);
  });

  it('locks a published article’s address unless changed deliberately, then the old path redirects', () => {
    const { id } = createArticle(content(), userId);
    transitionArticle(id, 'publish', userId);
    const before = getEditableArticle(id)!;
    assert.throws(() => saveArticle(id, content({ slug: 'nyt-navn-1' }), before.version, userId), /låst/);
    const saved = saveArticle(id, content({ slug: `nyt-navn-${id}` }), before.version, userId, { changeSlug: true });
    assert.equal(saved.ok, true);
    assert.deepEqual(articlePathVerdict('sikkerhed', before.slug), {
      kind: 'moved',
      location: `/sikkerhed/nyt-navn-${id}`,
    });
    assert.ok(
      saved.ok &&
        saved.tags.includes(`article-slug:${before.slug}`) &&
        saved.tags.includes(`article-slug:nyt-navn-${id}`),
    );
    // Renaming back makes the old path current again instead of redirecting in a loop.
    saveArticle(id, content({ slug: before.slug }), getEditableArticle(id)!.version, userId, { changeSlug: true });
    assert.equal(
      getDb()
        .select()
        .from(slugHistory)
        .where(eq(slugHistory.path, `/sikkerhed/${before.slug}`))
        .get(),
      undefined,
    );
    assert.deepEqual(articlePathVerdict('sikkerhed', before.slug), { kind: 'page' });
  });
});

describe('restore and scheduling', () => {
  it('restores old content as a new version without touching the status', () => {
    const { id } = createArticle(content({ body: 'Oprindelig' }), userId);
    const slug = getEditableArticle(id)!.slug;
    saveArticle(id, content({ slug, body: 'Ændret' }), 1, userId);
    transitionArticle(id, 'publish', userId);
    const oldest = listRevisions(id).at(-1)!;
    assert.equal(getRevision(id, oldest.id)!.content.body, 'Oprindelig');
    const restored = restoreRevision(id, oldest.id, getEditableArticle(id)!.version, userId);
    assert.equal(restored.ok, true);
    const article = getEditableArticle(id)!;
    assert.equal(article.body, 'Oprindelig');
    assert.equal(article.status, 'published');
    assert.equal(getDb().select().from(revisions).where(eq(revisions.articleId, id)).all().length, 4);
  });

  it('publishes scheduled articles whose time has come, and only those', () => {
    const due = createArticle(content(), userId).id;
    const later = createArticle(content(), userId).id;
    transitionArticle(due, 'schedule', userId, { publishAt: new Date(Date.now() + 60_000).toISOString() });
    transitionArticle(later, 'schedule', userId, { publishAt: new Date(Date.now() + 3_600_000).toISOString() });
    // The server was down past the first time: the next run publishes it with its scheduled time.
    const result = publishDueArticles(new Date(Date.now() + 120_000));
    assert.deepEqual(
      result.published.map((article) => article.id),
      [due],
    );
    const row = getDb()
      .select({ status: articles.status, publishedAt: articles.publishedAt })
      .from(articles)
      .where(eq(articles.id, due))
      .get()!;
    assert.equal(row.status, 'published');
    assert.equal(getEditableArticle(later)!.status, 'scheduled');
    assert.ok(result.tags.includes('article-lists'));
    assert.throws(
      () => transitionArticle(later, 'schedule', userId, { publishAt: '2000-01-01T00:00:00Z' }),
      /fremtiden/,
    );
  });
});

describe('what each version was', () => {
  it('names the event behind every revision, the scheduler’s publication included', () => {
    const { id } = createArticle(content(), userId);
    const slug = getEditableArticle(id)!.slug;
    saveArticle(id, content({ slug, body: 'Ændret' }), 1, userId);
    transitionArticle(id, 'schedule', userId, { publishAt: new Date(Date.now() + 60_000).toISOString() });
    const at = new Date(Date.now() + 120_000);
    publishDueArticles(at);
    const first = listRevisions(id).at(-1)!;
    restoreRevision(id, first.id, getEditableArticle(id)!.version, userId);
    assert.deepEqual(
      listRevisions(id).map((revision) => [revision.version, revision.event, revision.userName]),
      [
        [5, 'restore', 'Redaktør'],
        [4, 'auto-publish', null],
        [3, 'schedule', 'Redaktør'],
        [2, 'save', 'Redaktør'],
        [1, 'create', 'Redaktør'],
      ],
    );
  });

  it('tells a stale save that the scheduler published the article meanwhile', () => {
    const { id } = createArticle(content(), userId);
    transitionArticle(id, 'schedule', userId, { publishAt: new Date(Date.now() + 60_000).toISOString() });
    const opened = getEditableArticle(id)!;
    const at = new Date(Date.now() + 120_000);
    publishDueArticles(at);
    const stale = saveArticle(
      id,
      content({ slug: opened.slug, body: 'Mens den blev udgivet' }),
      opened.version,
      userId,
    );
    assert.equal(stale.ok, false);
    assert.deepEqual(!stale.ok && { event: stale.conflict.event, by: stale.conflict.by, at: stale.conflict.at }, {
      event: 'auto-publish',
      by: null,
      at: at.toISOString(),
    });
  });

  it('drops a related article deleted since it was picked instead of failing the save', () => {
    const { id } = createArticle(content(), userId);
    const gone = createArticle(content(), userId).id;
    deleteArticle(gone);
    const saved = saveArticle(
      id,
      content({ slug: getEditableArticle(id)!.slug, relatedIds: [gone, 999_999] }),
      1,
      userId,
    );
    assert.equal(saved.ok, true);
    assert.deepEqual(getEditableArticle(id)!.relatedIds, []);
  });

  it('deletes only what readers never saw: a published or unpublished article is refused', () => {
    const { id } = createArticle(content(), userId);
    transitionArticle(id, 'publish', userId);
    assert.throws(() => deleteArticle(id), /Afpublicér den i stedet/);
    transitionArticle(id, 'unpublish', userId);
    assert.throws(() => deleteArticle(id), /kan ikke slettes/);
    assert.ok(getEditableArticle(id));
    const draft = createArticle(content(), userId).id;
    deleteArticle(draft);
    assert.equal(getEditableArticle(draft), null);
  });
});
