import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { revisions, slugHistory } from '@/db/schema';
import { editorTestDatabase, testArticleContent } from '@/db/test-database';
import { createArticle, saveArticle } from '@/db/queries/article-writes';
import { getEditableArticle } from '@/db/queries/editor';
import { listRevisions } from '@/db/queries/revisions';
import { transitionArticle } from '@/db/queries/workflow';
import { articlePathVerdict } from './routing';
import { UserError } from '@/domain/errors';
import { contentOf, type ArticleContent } from '@/domain/article/content';

let userId: number;
let sectionId: number;

editorTestDatabase('editor', (ids) => ({ userId, sectionId } = ids));

const content = (overrides: Partial<ArticleContent> = {}) =>
  testArticleContent(sectionId, { tags: ['Ny tag'], ...overrides });

describe('saving', () => {
  it('refuses a stale save that changed a field the other save changed differently, and writes nothing', () => {
    const { id } = createArticle(content(), userId);
    const slug = getEditableArticle(id)!.slug;
    const first = saveArticle(id, content({ slug, body: 'A' }), 1, userId);
    assert.equal(first.ok, true);
    const stale = saveArticle(id, content({ slug, body: 'B' }), 1, userId);
    assert.equal(stale.ok, false);
    assert.ok(!stale.ok);
    assert.deepEqual(
      { version: stale.conflict.version, by: stale.conflict.by, fields: stale.conflict.merge?.fields },
      { version: 2, by: 'Redaktør', fields: ['body'] },
    );
    // What settling it needs: the version the save started from and the one stored now.
    assert.equal(stale.conflict.merge?.base?.body, 'Tekst');
    assert.equal(stale.conflict.merge?.theirs.body, 'A');
    assert.equal(getEditableArticle(id)!.body, 'A');
    assert.equal(listRevisions(id).length, 2);
  });

  it('merges a stale save that changed other fields than the save before it, as a normal save revision', () => {
    const { id } = createArticle(content({ body: 'Første afsnit.\n\nAndet afsnit.' }), userId);
    const loaded = getEditableArticle(id)!;
    // Tab B changes the lead and a topic; tab A, still on version 1, adds a paragraph and a topic.
    const theirs = saveArticle(id, { ...contentOf(loaded), lead: 'B’s manchet', tags: ['Ny tag', 'Cloud'] }, 1, userId);
    assert.equal(theirs.ok, true);
    const mine = saveArticle(
      id,
      { ...contentOf(loaded), body: 'Første afsnit.\n\nAndet afsnit.\n\nA’s nye afsnit.', tags: ['Ny tag', 'AI'] },
      1,
      userId,
    );
    assert.ok(mine.ok);
    assert.equal(mine.version, 3);
    assert.deepEqual(mine.merged?.fromTheirs, ['lead', 'tags']);
    assert.deepEqual(mine.merged?.names, ['Redaktør']);
    const stored = getEditableArticle(id)!;
    assert.equal(stored.lead, 'B’s manchet');
    assert.equal(stored.body, 'Første afsnit.\n\nAndet afsnit.\n\nA’s nye afsnit.');
    assert.deepEqual(stored.tags, ['AI', 'Cloud', 'Ny tag']);
    assert.equal(stored.version, 3);
    const [newest] = listRevisions(id);
    assert.deepEqual({ version: newest?.version, event: newest?.event }, { version: 3, event: 'save' });
    assert.deepEqual(mine.merged?.content, contentOf({ ...stored, tags: mine.merged!.content.tags }));
  });

  it('merges a save based on the version before a status change, which changed no content', () => {
    const { id } = createArticle(content(), userId);
    const loaded = getEditableArticle(id)!;
    transitionArticle(id, 'submit', userId);
    const saved = saveArticle(id, { ...contentOf(loaded), title: 'Ny overskrift' }, 1, userId);
    assert.ok(saved.ok);
    assert.deepEqual(saved.merged?.fromTheirs, []);
    assert.deepEqual(saved.merged?.events, ['submit']);
    assert.equal(getEditableArticle(id)!.title, 'Ny overskrift');
  });

  it('leaves every disagreement to the editor when the base version’s revision cannot be read', () => {
    const { id } = createArticle(content(), userId);
    const loaded = getEditableArticle(id)!;
    // As the demo seed wrote them before: a snapshot without the content's fields.
    getDb().update(revisions).set({ snapshot: '{"title":"x"}' }).where(eq(revisions.articleId, id)).run();
    saveArticle(id, { ...contentOf(loaded), lead: 'Deres' }, 1, userId);
    const stale = saveArticle(id, { ...contentOf(loaded), title: 'Min' }, 1, userId);
    assert.ok(!stale.ok);
    assert.equal(stale.conflict.merge?.base, null);
    assert.deepEqual(stale.conflict.merge?.fields, ['title', 'lead']);
  });

  it('merges a stale save of a demo article against the revision the seed wrote', () => {
    const [seeded] = getDb().select({ id: revisions.articleId }).from(revisions).limit(1).all();
    const loaded = getEditableArticle(seeded!.id)!;
    saveArticle(loaded.id, { ...contentOf(loaded), lead: 'Deres manchet' }, loaded.version, userId);
    const mine = saveArticle(loaded.id, { ...contentOf(loaded), title: 'Min overskrift' }, loaded.version, userId);
    assert.ok(mine.ok, 'the seed’s revision is a whole snapshot to merge against');
    assert.deepEqual(mine.merged?.fromTheirs, ['lead']);
  });

  it('refuses a stale restore instead of merging it', () => {
    const { id } = createArticle(content(), userId);
    const loaded = getEditableArticle(id)!;
    saveArticle(id, { ...contentOf(loaded), lead: 'Deres' }, 1, userId);
    const stale = saveArticle(id, { ...contentOf(loaded), title: 'Gammel' }, 1, userId, { event: 'restore' });
    assert.ok(!stale.ok);
    assert.equal(stale.conflict.merge, undefined);
    assert.equal(getEditableArticle(id)!.title, 'En overskrift');
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
