import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { demoDatabaseForTests } from '@/db/test-database';
import { getFrontPage } from '@/db/queries/listings';
import { getMostRead, mostReadIds, recordView } from './views';

demoDatabaseForTests('queries');

describe('views', () => {
  it('counts views per article per day and lets a much-read article into "Mest læste"', async () => {
    const front = await getFrontPage();
    const ranked = mostReadIds();
    const candidate = front.sectionBlocks.flatMap((b) => b.articles).find((a) => !ranked.includes(a.id))!;
    for (let i = 0; i < 2000; i += 1) recordView({ articleId: candidate.id });
    assert.equal(mostReadIds()[0], candidate.id);
    assert.equal((await getMostRead())[0]?.id, candidate.id);
  });

  it('ignores views of unknown articles', () => {
    assert.equal(recordView({ articleId: 999_999 }), false);
  });

  it('only counts the last seven days', async () => {
    const ranked = mostReadIds();
    const article = (await getFrontPage()).latest.find((a) => !ranked.includes(a.id))!;
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
    for (let i = 0; i < 5000; i += 1) recordView({ articleId: article.id, now: tenDaysAgo });
    assert.ok(!mostReadIds().includes(article.id));
  });
});
