import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { articleAuthors, articles, frontPageSlots } from '@/db/schema';
import { editorTestDatabase, testArticleContent } from '@/db/test-database';
import { addCorrection, createArticle, saveArticle } from '@/db/queries/article-writes';
import { getEditableArticle } from '@/db/queries/editor';
import { getArticleForPreview } from '@/db/queries/article-page';
import { listRevisions } from '@/db/queries/revisions';
import { readerModifiedTimes } from '@/db/queries/teasers';
import { publishDueArticles, transitionArticle } from '@/db/queries/workflow';
import type { ArticleContent } from '@/domain/article/content';
import { UserError } from '@/domain/errors';
import { publishCheckFor, stoppedPublication } from './publish-check';

let userId: number;
let sectionId: number;

editorTestDatabase('publish-check', (ids) => ({ userId, sectionId } = ids));

const content = (overrides: Partial<ArticleContent> = {}) => testArticleContent(sectionId, overrides);
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const stored = (id: number) => getEditableArticle(id)!;

/** Asserts that `fn` throws a UserError whose message names every one of `parts`. */
function refuses(fn: () => unknown, start: RegExp, parts: string[]) {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof UserError, String(error));
    assert.match(error.message, start);
    for (const part of parts) assert.ok(error.message.includes(part), `${error.message} names »${part}«`);
    return true;
  });
}

describe('the server’s publish check', () => {
  it('refuses to publish an article with only a title, listing what is missing, and changes nothing', () => {
    const { id } = createArticle(content({ lead: '', body: '', authorIds: [] }), userId);
    const before = stored(id);
    refuses(() => transitionArticle(id, 'publish', userId), /^Artiklen kan ikke udgives endnu\. Ret først:/, [
      'Artiklen mangler en manchet.',
      'Artiklen mangler brødtekst.',
      'Tilføj mindst én skribent.',
    ]);
    refuses(
      () => transitionArticle(id, 'schedule', userId, { publishAt: inAnHour() }),
      /^Artiklen kan ikke planlægges endnu/,
      ['Artiklen mangler en manchet.'],
    );
    const after = stored(id);
    assert.deepEqual([after.status, after.version, after.publishedAt], ['draft', before.version, null]);
    assert.equal(listRevisions(id).length, 1);
  });

  it('publishes a complete article, advice or not', () => {
    const { id } = createArticle(content({ tags: [] }), userId);
    assert.ok(publishCheckFor(getDb(), id, stored(id)).advice.some((issue) => issue.code === 'tags'));
    transitionArticle(id, 'publish', userId);
    assert.equal(stored(id).status, 'published');
  });

  it('advises on the front page’s lead story without an image, from the stored pins', () => {
    const { id } = createArticle(content(), userId);
    const db = getDb();
    const pins = db.select().from(frontPageSlots).all();
    try {
      db.delete(frontPageSlots).run();
      db.insert(frontPageSlots).values({ position: 0, articleId: id, updatedAt: new Date().toISOString() }).run();
      const codes = publishCheckFor(db, id, stored(id)).advice.map((issue) => issue.code);
      assert.ok(codes.includes('lead-story-image'));
    } finally {
      db.delete(frontPageSlots).run();
      if (pins.length) db.insert(frontPageSlots).values(pins).run();
    }
  });

  it('does not let a save give a live article a blocking problem, but lets an old one be fixed around', () => {
    const { id } = createArticle(content(), userId);
    transitionArticle(id, 'publish', userId);
    const live = stored(id);
    refuses(() => saveArticle(id, { ...live, body: '' }, live.version, userId), /artiklen er udgivet eller planlagt/, [
      'Artiklen mangler brødtekst.',
    ]);
    assert.equal(stored(id).body, live.body);
    // Published before the check existed without a lead: a typo fix in the body is still saved.
    getDb().update(articles).set({ lead: '' }).where(eq(articles.id, id)).run();
    const legacy = stored(id);
    const fixed = saveArticle(id, { ...legacy, body: 'Rettet stavefejl.' }, legacy.version, userId);
    assert.equal(fixed.ok, true);
  });

  it('stops a scheduled article that fails the check at its time: back to the desk, not live, and says so', () => {
    const { id } = createArticle(content(), userId);
    const fine = createArticle(content(), userId).id;
    transitionArticle(id, 'schedule', userId, { publishAt: new Date(Date.now() + 60_000).toISOString() });
    transitionArticle(fine, 'schedule', userId, { publishAt: new Date(Date.now() + 60_000).toISOString() });
    // Its byline disappeared after it was scheduled (an author removed elsewhere).
    getDb().delete(articleAuthors).where(eq(articleAuthors.articleId, id)).run();
    const result = publishDueArticles(new Date(Date.now() + 120_000));
    assert.deepEqual(
      result.published.map((article) => article.id),
      [fine],
    );
    assert.deepEqual(result.stopped, [{ id, title: stored(id).title, problems: ['Tilføj mindst én skribent.'] }]);
    const after = stored(id);
    assert.deepEqual([after.status, after.publishAt, after.publishedAt], ['review', null, null]);
    assert.equal(listRevisions(id)[0]!.event, 'auto-publish-stopped');
    assert.ok(stoppedPublication(id));
    assert.equal(stoppedPublication(fine), null);
    // It is not tried again on the next run.
    assert.deepEqual(publishDueArticles(new Date(Date.now() + 180_000)).stopped, []);
  });
});

describe('the updated time readers see', () => {
  it('is set by a save marked as an update or a correction, never by a silent save', () => {
    const { id } = createArticle(content(), userId);
    transitionArticle(id, 'publish', userId);
    const silent = saveArticle(id, { ...stored(id), body: 'En rettet stavefejl.' }, stored(id).version, userId);
    assert.equal(silent.ok, true);
    assert.equal(readerModifiedTimes([id]).get(id), undefined);
    assert.equal(getArticleForPreview({ id })!.modifiedAt, null);

    const marked = saveArticle(id, { ...stored(id), body: 'Ny udvikling i sagen.' }, stored(id).version, userId, {
      event: 'update',
    });
    assert.ok(marked.ok);
    assert.equal(readerModifiedTimes([id]).get(id), marked.updatedAt);
    assert.equal(getArticleForPreview({ id })!.modifiedAt, marked.updatedAt);

    addCorrection(id, 'Tallet var forkert.', userId);
    const correction = listRevisions(id)[0]!;
    assert.equal(correction.event, 'correction');
    assert.ok(readerModifiedTimes([id]).get(id)! >= marked.updatedAt);
  });

  it('cannot be marked on an article readers cannot see', () => {
    const { id } = createArticle(content(), userId);
    assert.throws(
      () => saveArticle(id, stored(id), stored(id).version, userId, { event: 'update' }),
      /Kun en udgivet artikel/,
    );
  });
});
