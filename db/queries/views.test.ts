import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { sql } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { demoDatabaseForTests } from '@/db/test-database';
import { getFrontPage } from '@/db/queries/listings';
import { copenhagenDay } from '@/domain/dates';
import { addViews, getMostRead, isCountable, mostReadIds } from './views';

demoDatabaseForTests('queries');

const viewsOn = (articleId: number, day: string) =>
  getDb().get<{ count: number } | undefined>(
    sql`SELECT count FROM page_views WHERE article_id = ${articleId} AND day = ${day}`,
  )?.count ?? 0;

describe('views', () => {
  it('counts views per article per day and lets a much-read article into "Mest læste"', async () => {
    const front = await getFrontPage();
    const ranked = mostReadIds();
    const candidate = front.sectionBlocks.flatMap((b) => b.articles).find((a) => !ranked.includes(a.id))!;
    addViews([{ articleId: candidate.id, day: copenhagenDay(), count: 2000 }]);
    assert.equal(mostReadIds()[0], candidate.id);
    assert.equal((await getMostRead())[0]?.id, candidate.id);
  });

  it('adds a batch to the existing rows in one go, per article and day', async () => {
    const [first, second] = (await getFrontPage()).latest;
    const today = copenhagenDay();
    const yesterday = copenhagenDay(Date.now() - 24 * 60 * 60 * 1000);
    const before = [viewsOn(first!.id, today), viewsOn(second!.id, today), viewsOn(first!.id, yesterday)];
    addViews([
      { articleId: first!.id, day: today, count: 3 },
      { articleId: second!.id, day: today, count: 1 },
      { articleId: first!.id, day: yesterday, count: 2 },
    ]);
    assert.deepEqual(
      [viewsOn(first!.id, today), viewsOn(second!.id, today), viewsOn(first!.id, yesterday)],
      [before[0]! + 3, before[1]! + 1, before[2]! + 2],
    );
  });

  it('skips an article that no longer exists without losing the rest of the batch', async () => {
    const article = (await getFrontPage()).latest[2]!;
    const today = copenhagenDay();
    const before = viewsOn(article.id, today);
    addViews([
      { articleId: 999_999, day: today, count: 5 },
      { articleId: article.id, day: today, count: 4 },
    ]);
    assert.equal(viewsOn(999_999, today), 0);
    assert.equal(viewsOn(article.id, today), before + 4);
  });

  it('counts only published articles', async () => {
    const article = (await getFrontPage()).latest[3]!;
    assert.equal(isCountable(article.id), true);
    assert.equal(isCountable(999_999), false);
    getDb().run(sql`UPDATE articles SET status = 'unpublished' WHERE id = ${article.id}`);
    try {
      assert.equal(isCountable(article.id), false);
    } finally {
      getDb().run(sql`UPDATE articles SET status = 'published' WHERE id = ${article.id}`);
    }
  });

  it('only counts the last seven days', async () => {
    const ranked = mostReadIds();
    const article = (await getFrontPage()).latest.find((a) => !ranked.includes(a.id))!;
    const tenDaysAgo = copenhagenDay(Date.now() - 10 * 24 * 60 * 60 * 1000);
    addViews([{ articleId: article.id, day: tenDaysAgo, count: 5000 }]);
    assert.ok(!mostReadIds().includes(article.id));
  });
});
