import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { demoDatabaseForTests } from '@/db/test-database';
import { SEED_ARTICLE_SLUG } from '@/db/seed-content/seed-page';
import { getAuthorPage, getFrontPage, getSectionPage, getTagPage } from '@/db/queries/listings';

demoDatabaseForTests('queries');

describe('lists', () => {
  it('puts the newest news story on the front page and keeps sponsored content out of the news lists', async () => {
    const front = await getFrontPage();
    assert.equal(front.lead?.slug, SEED_ARTICLE_SLUG);
    const all = [front.lead!, ...front.latest, ...front.sectionBlocks.flatMap((b) => b.articles)];
    assert.ok(all.every((a) => a.kind === 'news'));
    assert.ok(front.sectionBlocks.length >= 5);
    const dates = front.latest.map((a) => a.publishedAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  it('pages through a section and answers null past the last page or for an unknown section', async () => {
    const first = await getSectionPage({ slug: 'nyheder', page: 1 });
    assert.ok(first && first.articles.items.length > 0);
    assert.equal(await getSectionPage({ slug: 'nyheder', page: first.articles.pageCount + 1 }), null);
    assert.equal(await getSectionPage({ slug: 'findes-ikke', page: 1 }), null);
  });

  it('lists an author’s and a tag’s articles', async () => {
    const author = await getAuthorPage({ slug: 'jesper-kildegaard', page: 1 });
    assert.ok(author?.articles.items.some((a) => a.slug === SEED_ARTICLE_SLUG));
    const tag = await getTagPage({ slug: 'zoom', page: 1 });
    assert.ok(tag && tag.articles.total >= 3);
  });
});
