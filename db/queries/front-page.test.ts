import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { and, desc, eq } from 'drizzle-orm';

import { createAccount } from './accounts';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { demoDatabaseForTests } from '@/db/test-database';
import { getFrontPage } from '@/db/queries/listings';
import { findPinCandidates, getCuration, saveCuration } from './front-page';
import { UserError } from '@/domain/errors';

let userId: number;
let news: { id: number; title: string }[];

demoDatabaseForTests('front', async () => {
  userId = await createAccount(getDb(), {
    email: 'forside@spalte.dk',
    name: 'Forsideredaktør',
    role: 'editor',
    password: 'en-lang-adgangskode',
  });
  news = getDb()
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .where(and(eq(articles.status, 'published'), eq(articles.kind, 'news')))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .all();
});

const ids = (list: { id: number }[]) => list.map((item) => item.id);

describe('front-page curation', () => {
  it('shows the newest news when nothing is pinned', async () => {
    const page = await getFrontPage();
    assert.deepEqual(ids([page.lead!, ...page.top]), ids(news.slice(0, 5)));
    assert.deepEqual(ids(page.latest), ids(news.slice(5, 11)));
  });

  it('puts the pinned articles first, in order, and fills the rest with the newest without repeating any', async () => {
    saveCuration([news[7]!.id, news[3]!.id], [], userId);
    const page = await getFrontPage();
    assert.equal(page.lead!.id, news[7]!.id);
    assert.deepEqual(ids(page.top), [news[3]!.id, news[0]!.id, news[1]!.id, news[2]!.id]);
    assert.ok(!ids(page.latest).includes(news[3]!.id) && !ids(page.latest).includes(news[7]!.id));
    assert.equal(getCuration().savedBy, 'Forsideredaktør');
  });

  it('drops a pinned article that is no longer published', async () => {
    getDb().update(articles).set({ status: 'unpublished' }).where(eq(articles.id, news[7]!.id)).run();
    try {
      const page = await getFrontPage();
      assert.equal(page.lead!.id, news[3]!.id);
      assert.deepEqual(
        getCuration().pins.map((pin) => pin.shown),
        [false, true],
      );
      assert.ok(!ids(findPinCandidates('')).includes(news[7]!.id));
    } finally {
      getDb().update(articles).set({ status: 'published' }).where(eq(articles.id, news[7]!.id)).run();
    }
  });

  it('refuses a save based on a list that has changed since', () => {
    assert.throws(
      () => saveCuration([news[1]!.id], [], userId),
      (error) => error instanceof UserError && !!error.conflict,
    );
    assert.deepEqual(ids(getCuration().pins), [news[7]!.id, news[3]!.id]);
  });

  it('refuses duplicates, too many pins and articles that are not published news', () => {
    const current = ids(getCuration().pins);
    assert.throws(() => saveCuration([news[1]!.id, news[1]!.id], current, userId), UserError);
    assert.throws(() => saveCuration(ids(news.slice(0, 6)), current, userId), UserError);
    const sponsored = getDb().select({ id: articles.id }).from(articles).where(eq(articles.kind, 'sponsored')).get()!;
    assert.throws(() => saveCuration([sponsored.id], current, userId), UserError);
    assert.throws(() => saveCuration([999_999], current, userId), UserError);
    assert.deepEqual(ids(getCuration().pins), current);
  });

  it('an empty list returns the front page to newest first', async () => {
    saveCuration([], ids(getCuration().pins), userId);
    assert.equal((await getFrontPage()).lead!.id, news[0]!.id);
    assert.deepEqual(getCuration().pins, []);
  });
});
