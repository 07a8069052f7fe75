import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { slugHistory } from '@/db/schema';
import { editorTestDatabase, testArticleContent } from '@/db/test-database';
import { createArticle, saveArticle } from '@/db/queries/article-writes';
import { getEditableArticle } from '@/db/queries/editor';
import { listRevisions } from '@/db/queries/revisions';
import { transitionArticle } from '@/db/queries/workflow';
import { articlePathVerdict } from './routing';
import { UserError } from '@/domain/errors';
import type { ArticleContent } from '@/domain/article/content';

let userId: number;
let sectionId: number;

editorTestDatabase('editor', (ids) => ({ userId, sectionId } = ids));

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
