import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { editorTestDatabase, testArticleContent } from '@/db/test-database';
import { createArticle, deleteArticle, saveArticle } from '@/db/queries/article-writes';
import { getEditableArticle } from '@/db/queries/editor';
import { listRevisions, restoreRevision } from '@/db/queries/revisions';
import { publishDueArticles, transitionArticle } from '@/db/queries/workflow';
import type { ArticleContent } from '@/domain/article/content';

let userId: number;
let sectionId: number;

editorTestDatabase('editor', (ids) => ({ userId, sectionId } = ids));

const content = (overrides: Partial<ArticleContent> = {}) =>
  testArticleContent(sectionId, { tags: ['Ny tag'], ...overrides });

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

  it('merges a stale save into the version the scheduler published meanwhile, and says that it was published', () => {
    const { id } = createArticle(content(), userId);
    transitionArticle(id, 'schedule', userId, { publishAt: new Date(Date.now() + 60_000).toISOString() });
    const opened = getEditableArticle(id)!;
    publishDueArticles(new Date(Date.now() + 120_000));
    const saved = saveArticle(
      id,
      content({ slug: opened.slug, body: 'Mens den blev udgivet' }),
      opened.version,
      userId,
    );
    assert.ok(saved.ok);
    // Nobody pressed a button: the version in between has no user, only its event.
    assert.deepEqual(saved.merged && { names: saved.merged.names, events: saved.merged.events }, {
      names: [],
      events: ['auto-publish'],
    });
    assert.equal(getEditableArticle(id)!.body, 'Mens den blev udgivet');
    assert.equal(getEditableArticle(id)!.status, 'published');
  });

  it('still tells a stale restore that the scheduler published the article meanwhile', () => {
    const { id } = createArticle(content(), userId);
    transitionArticle(id, 'schedule', userId, { publishAt: new Date(Date.now() + 60_000).toISOString() });
    const opened = getEditableArticle(id)!;
    const at = new Date(Date.now() + 120_000);
    publishDueArticles(at);
    const [first] = listRevisions(id).slice(-1);
    const stale = restoreRevision(id, first!.id, opened.version, userId);
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
