import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articles, revisions } from '@/db/schema';
import { editorTestDatabase, testArticleContent } from '@/db/test-database';
import { createArticle, saveArticle } from '@/db/queries/article-writes';
import { getEditableArticle } from '@/db/queries/editor';
import { getRevision, listRevisions, restoreRevision } from '@/db/queries/revisions';
import { publishDueArticles, transitionArticle } from '@/db/queries/workflow';
import type { ArticleContent } from '@/domain/article/content';

let userId: number;
let sectionId: number;

editorTestDatabase('editor', (ids) => ({ userId, sectionId } = ids));

const content = (overrides: Partial<ArticleContent> = {}) =>
  testArticleContent(sectionId, { tags: ['Ny tag'], ...overrides });

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
