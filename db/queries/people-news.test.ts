import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { getDb } from '@/db/client';
import { peopleNews } from '@/db/schema';
import { demoDatabaseForTests } from '@/db/test-database';
import {
  getPeopleNewsBySlug,
  getPeopleNewsLabels,
  getPeopleNewsPage,
  PEOPLE_NEWS_PAGE_SIZE as PAGE_SIZE,
} from './people-news';
import { getLatestPeopleNews } from './widgets';

demoDatabaseForTests('directory');

const isNewestFirst = (dates: string[]) => dates.every((date, i) => i === 0 || dates[i - 1]! >= date);

describe('Navnenyt', () => {
  it('pages through every entry, newest first, 20 to a page, and answers null past the last page', async () => {
    const total = getDb().select().from(peopleNews).all().length;
    assert.ok(total > PAGE_SIZE, `expected more than ${PAGE_SIZE} entries, got ${total}`);
    const first = await getPeopleNewsPage({ page: 1 });
    const second = await getPeopleNewsPage({ page: 2 });
    assert.ok(first && second);
    assert.equal(first.total, total);
    assert.equal(first.pageCount, Math.ceil(total / PAGE_SIZE));
    assert.equal(first.items.length, PAGE_SIZE);
    assert.equal(first.items[0]?.name, 'Susanne Sønderskov');
    const both = [...first.items, ...second.items];
    assert.equal(new Set(both.map((entry) => entry.id)).size, both.length);
    assert.ok(isNewestFirst(both.map((entry) => entry.publishedAt)));
    assert.equal(await getPeopleNewsPage({ page: first.pageCount + 1 }), null);
    assert.equal(await getPeopleNewsPage({ page: 0 }), null);
  });

  it('offers the labels in use, in the newsroom’s order, with counts', async () => {
    const labels = await getPeopleNewsLabels();
    assert.deepEqual(
      labels.map((label) => label.name),
      ['Nyt job', 'Færdiggjort uddannelse', 'Forfremmelse', 'Jubilæum'],
    );
    assert.equal(labels[1]?.slug, 'faerdiggjort-uddannelse');
    assert.equal(
      labels.reduce((sum, label) => sum + label.count, 0),
      (await getPeopleNewsPage({ page: 1 }))!.total,
    );
  });

  it('narrows to one label', async () => {
    const list = await getPeopleNewsPage({ label: 'Forfremmelse', page: 1 });
    assert.ok(list && list.items.length >= 2);
    assert.ok(list.items.every((entry) => entry.label === 'Forfremmelse'));
    assert.equal(list.pageCount, 1);
    assert.equal(await getPeopleNewsPage({ label: 'Forfremmelse', page: 2 }), null);
  });

  it('shows one entry in full, with its company', async () => {
    const entry = await getPeopleNewsBySlug({ slug: 'susanne-soenderskov-sourcing-it' });
    assert.ok(entry);
    assert.equal(entry.name, 'Susanne Sønderskov');
    assert.equal(entry.role, 'Salgsdirektør');
    assert.equal(entry.company, 'Sourcing IT');
    assert.equal(entry.companySlug, 'sourcing-it');
    assert.equal(entry.startDate, '2026-02-02');
    assert.equal(entry.label, 'Nyt job');
    assert.equal(entry.path, '/navnenyt/susanne-soenderskov-sourcing-it');
    assert.match(entry.body, /^Sourcing IT har pr\. 2\. februar 2026 ansat Susanne Sønderskov/);
    assert.equal(entry.photo, null);
    assert.equal(await getPeopleNewsBySlug({ slug: 'findes-ikke' }), null);
  });

  it('gives the sidebar the newest entries with their pages and companies', async () => {
    const [first] = await getLatestPeopleNews({ limit: 2 });
    assert.equal(first?.path, '/navnenyt/susanne-soenderskov-sourcing-it');
    assert.equal(first?.companySlug, 'sourcing-it');
  });
});
