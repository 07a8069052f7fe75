import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { eq, sql } from 'drizzle-orm';

import { createAccount } from './accounts';
import { getDb } from '@/db/client';
import { articles, authors, sections } from '@/db/schema';
import { demoDatabaseForTests, testArticleContent } from '@/db/test-database';
import { createArticle, saveArticle } from '@/db/queries/article-writes';
import { transitionArticle } from '@/db/queries/workflow';
import { listNewsroomArticles, NEWSROOM_PAGE_SIZE, newsroomChoices } from './newsroom';

let editorId: number;
let otherId: number;
let sectionId: number;

demoDatabaseForTests('newsroom', async () => {
  editorId = await createAccount(getDb(), {
    email: 'liste@spalte.dk',
    name: 'Liste Redaktør',
    role: 'editor',
    password: 'en-lang-adgangskode',
  });
  otherId = await createAccount(getDb(), {
    email: 'anden@spalte.dk',
    name: 'Anden Redaktør',
    role: 'editor',
    password: 'en-lang-adgangskode',
  });
  sectionId = getDb().select({ id: sections.id }).from(sections).where(eq(sections.slug, 'sikkerhed')).get()!.id;
});

const content = (title: string, slug: string, authorIds = [1]) =>
  testArticleContent(sectionId, { title, slug, authorIds });

describe('the newsroom article list', () => {
  it('shows every status, 25 to a page, most recently changed first', () => {
    const draft = createArticle(content('Kladde om listen', 'kladde-om-listen'), editorId).id;
    const all = listNewsroomArticles({});
    const count = getDb()
      .select({ n: sql<number>`count(*)` })
      .from(articles)
      .get()!.n;
    assert.equal(all.total, count);
    assert.equal(all.items.length, NEWSROOM_PAGE_SIZE);
    assert.equal(all.pageCount, Math.ceil(count / NEWSROOM_PAGE_SIZE));
    assert.equal(all.items[0]!.id, draft);
    assert.equal(all.items[0]!.status, 'draft');
    assert.equal(all.items[0]!.updatedBy, 'Liste Redaktør');
    const dates = all.items.map((item) => item.updatedAt);
    assert.deepEqual(dates, dates.toSorted().reverse());
    const last = listNewsroomArticles({ page: all.pageCount });
    assert.equal(last.items.length, count - (all.pageCount - 1) * NEWSROOM_PAGE_SIZE);
    assert.ok(!last.items.some((item) => all.items.some((first) => first.id === item.id)));
  });

  it('narrows to a status, a section and an author, and they combine', () => {
    const scheduled = createArticle(content('Planlagt om listen', 'planlagt-om-listen', [2]), editorId).id;
    transitionArticle(scheduled, 'schedule', editorId, { publishAt: new Date(Date.now() + 3_600_000).toISOString() });
    const onlyScheduled = listNewsroomArticles({ status: 'scheduled' });
    assert.ok(onlyScheduled.items.every((item) => item.status === 'scheduled'));
    const row = onlyScheduled.items.find((item) => item.id === scheduled);
    assert.ok(row?.publishAt, 'a scheduled article shows its time');

    const inSection = listNewsroomArticles({ section: 'sikkerhed' });
    assert.ok(inSection.total > 0 && inSection.total < listNewsroomArticles({}).total);
    assert.ok(inSection.items.every((item) => item.section === 'Sikkerhed'));

    const author = newsroomChoices().authors.find(
      (a) => a.slug === getDb().select({ slug: authors.slug }).from(authors).where(eq(authors.id, 2)).get()!.slug,
    )!;
    const byAuthor = listNewsroomArticles({ author: author.slug });
    assert.ok(byAuthor.items.some((item) => item.id === scheduled));
    assert.ok(byAuthor.items.every((item) => item.authors.includes(author.name)));
    assert.ok(byAuthor.total < listNewsroomArticles({}).total);

    const combined = listNewsroomArticles({ status: 'scheduled', section: 'sikkerhed' });
    assert.ok(combined.items.some((item) => item.id === scheduled));
    assert.equal(
      listNewsroomArticles({ status: 'scheduled', section: 'cloud' }).items.some((item) => item.id === scheduled),
      false,
    );
  });

  it('searches titles case-insensitively, with % and _ as plain characters', () => {
    const id = createArticle(content('100% sikker_kode i Zoom-klienten', 'hundrede-procent-sikker'), editorId).id;
    assert.deepEqual(
      listNewsroomArticles({ q: '100% SIKKER_' }).items.map((item) => item.id),
      [id],
    );
    assert.equal(listNewsroomArticles({ q: '1%0' }).total, 0);
    assert.equal(listNewsroomArticles({ q: 'sikker_kod' }).total, 1);
    assert.equal(listNewsroomArticles({ q: 'sikker-kod' }).total, 0);
  });

  it('ignores case for æ, ø and å too', () => {
    const id = createArticle(content('Æbler og Øl på Ærø', 'aebler-og-oel-paa-aeroe'), editorId).id;
    for (const q of ['æbler', 'ÆBLER', 'øl på ærø', 'ØL PÅ ÆRØ']) {
      assert.ok(
        listNewsroomArticles({ q }).items.some((item) => item.id === id),
        q,
      );
    }
  });

  it('sorts by title either way and by publishing time', () => {
    const ascending = listNewsroomArticles({ sort: 'titel', direction: 'asc' }).items.map((item) => item.title);
    assert.deepEqual(
      ascending,
      ascending.toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const descending = listNewsroomArticles({ sort: 'titel', direction: 'desc' }).items.map((item) => item.title);
    assert.notDeepEqual(ascending, descending);
    const published = listNewsroomArticles({ status: 'published', sort: 'udgivet' }).items.map(
      (item) => item.publishedAt!,
    );
    assert.deepEqual(published, published.toSorted().reverse());
  });

  it('names who changed an article last', () => {
    const id = createArticle(content('Redigeret af en anden', 'redigeret-af-en-anden'), editorId).id;
    assert.equal(listNewsroomArticles({ q: 'Redigeret af en anden' }).items[0]!.updatedBy, 'Liste Redaktør');
    assert.equal(saveArticle(id, content('Redigeret af en anden', 'redigeret-af-en-anden'), 1, otherId).ok, true);
    assert.equal(listNewsroomArticles({ q: 'Redigeret af en anden' }).items[0]!.updatedBy, 'Anden Redaktør');
  });
});
