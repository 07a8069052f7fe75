import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq, inArray } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { createAccount } from '@/db/queries/accounts';
import { createArticle } from '@/db/queries/article-writes';
import {
  latestHandover,
  listNotifications,
  markNotificationsRead,
  reviewQueueLength,
  unreadNotifications,
} from '@/db/queries/handover';
import { listRevisions } from '@/db/queries/revisions';
import { transitionArticle } from '@/db/queries/workflow';
import { authors, users } from '@/db/schema';
import { editorTestDatabase, testArticleContent } from '@/db/test-database';

let editorId: number;
let sectionId: number;

editorTestDatabase('handover', (ids) => ({ userId: editorId, sectionId } = ids));

const account = (email: string, role: 'writer' | 'editor' | 'admin') =>
  createAccount(getDb(), { email, name: email.split('@')[0]!, role, password: 'en-lang-adgangskode' });

const deskIds = () =>
  getDb()
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.role, ['editor', 'admin']))
    .all()
    .map((row) => row.id);

describe('handing an article over', () => {
  it('tells every active editor and admin, but not the writer, when it is sent to the desk, with the note', async () => {
    const writer = await account('skribent1@spalte.dk', 'writer');
    const away = await account('vaek@spalte.dk', 'editor');
    getDb().update(users).set({ active: false }).where(eq(users.id, away)).run();
    const { id } = createArticle(testArticleContent(sectionId), writer);
    const queue = reviewQueueLength();

    transitionArticle(id, 'submit', writer, { note: 'Tjek tallene i tredje afsnit.' });

    assert.equal(reviewQueueLength(), queue + 1);
    for (const desk of deskIds()) {
      const mine = listNotifications(desk).items.filter((item) => item.articleId === id);
      if (desk === away) assert.equal(mine.length, 0, 'a deactivated editor is not told');
      else
        assert.deepEqual(
          mine.map((item) => [item.kind, item.note, item.actorName]),
          [['submit', 'Tjek tallene i tredje afsnit.', 'skribent1']],
        );
    }
    assert.equal(listNotifications(writer).items.length, 0);
    assert.equal(listRevisions(id)[0]!.note, 'Tjek tallene i tredje afsnit.');
    assert.deepEqual(
      { ...latestHandover(id), at: undefined },
      { kind: 'submit', note: 'Tjek tallene i tredje afsnit.', by: 'skribent1', at: undefined },
    );
  });

  it('tells the creator and the staff behind the bylines when it goes back to draft, not the editor who sent it', async () => {
    const creator = await account('skribent2@spalte.dk', 'writer');
    const coauthor = await account('skribent3@spalte.dk', 'writer');
    const [byline] = getDb()
      .insert(authors)
      .values({ slug: 'skribent-tre', name: 'Skribent Tre', userId: coauthor })
      .returning({ id: authors.id })
      .all();
    const { id } = createArticle(testArticleContent(sectionId, { authorIds: [byline!.id] }), creator);
    transitionArticle(id, 'submit', creator);
    transitionArticle(id, 'back-to-draft', editorId, { note: 'Mangler en kilde.' });

    for (const person of [creator, coauthor]) {
      const back = listNotifications(person).items.filter((item) => item.articleId === id);
      assert.deepEqual(
        back.map((item) => [item.kind, item.note]),
        [['back-to-draft', 'Mangler en kilde.']],
      );
    }
    assert.equal(
      listNotifications(editorId).items.filter((item) => item.articleId === id && item.kind === 'back-to-draft').length,
      0,
    );
    assert.equal(latestHandover(id)?.kind, 'back-to-draft');
    // A later status change that is no handover ends the notice in the editor.
    transitionArticle(id, 'publish', editorId);
    assert.equal(latestHandover(id), null);
  });

  it('keeps no note for moves that are no handover, and an empty note is none', async () => {
    const writer = await account('skribent4@spalte.dk', 'writer');
    const { id } = createArticle(testArticleContent(sectionId), writer);
    transitionArticle(id, 'publish', editorId, { note: 'ignoreres' });
    assert.equal(listRevisions(id)[0]!.note, null);
  });

  it('counts unread notifications until the person marks them read', async () => {
    const writer = await account('skribent5@spalte.dk', 'writer');
    const { id } = createArticle(testArticleContent(sectionId), writer);
    transitionArticle(id, 'submit', writer);
    transitionArticle(id, 'back-to-draft', editorId);
    assert.equal(unreadNotifications(writer), 1);
    // Shown before it arrived: it stays unread.
    assert.equal(markNotificationsRead(writer, '2000-01-01T00:00:00.000Z'), 0);
    assert.equal(markNotificationsRead(writer, new Date().toISOString()), 1);
    assert.equal(unreadNotifications(writer), 0);
    assert.notEqual(listNotifications(writer).items[0]!.readAt, null);
    assert.equal(markNotificationsRead(writer, new Date().toISOString()), 0);
  });
});
