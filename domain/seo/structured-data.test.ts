import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { articleData, breadcrumbData, profilePageData, type ArticleForData } from './structured-data';

process.env.SITE_URL = 'https://spalte.example';

const ARTICLE: ArticleForData = {
  path: '/sikkerhed/et-angreb',
  title: 'Et angreb',
  lead: 'Manchet',
  seoDescription: null,
  kind: 'news',
  sponsor: null,
  publishedAt: '2026-07-01T08:00:00.000Z',
  modifiedAt: '2026-07-02T09:30:00.000Z',
  section: { name: 'Sikkerhed' },
  tags: [{ name: 'Ransomware' }],
  authors: [
    { slug: 'anna', name: 'Anna' },
    { slug: 'bo', name: 'Bo' },
  ],
  images: ['/medier/a.jpg'],
};

describe('structured data', () => {
  it('describes news as NewsArticle with Copenhagen-offset times, ordered authors and absolute URLs', () => {
    const data = articleData(ARTICLE);
    assert.equal(data['@type'], 'NewsArticle');
    assert.equal(data.datePublished, '2026-07-01T10:00:00+02:00');
    assert.equal(data.dateModified, '2026-07-02T11:30:00+02:00');
    assert.deepEqual(data.image, ['https://spalte.example/medier/a.jpg']);
    assert.deepEqual(
      (data.author as { name: string; url: string }[]).map((a) => [a.name, a.url]),
      [
        ['Anna', 'https://spalte.example/skribent/anna'],
        ['Bo', 'https://spalte.example/skribent/bo'],
      ],
    );
    assert.equal(data.sponsor, undefined);
  });

  it('gives the publication time as dateModified when readers were never told of an update', () => {
    assert.equal(articleData({ ...ARTICLE, modifiedAt: null }).dateModified, '2026-07-01T10:00:00+02:00');
  });

  it('describes sponsored content as an Article with its sponsor', () => {
    const data = articleData({ ...ARTICLE, kind: 'sponsored', sponsor: 'DE-CIX' });
    assert.equal(data['@type'], 'Article');
    assert.deepEqual(data.sponsor, { '@type': 'Organization', name: 'DE-CIX' });
  });

  it('starts every breadcrumb trail at the front page', () => {
    const trail = breadcrumbData([{ name: 'Sikkerhed', path: '/sikkerhed' }]).itemListElement as {
      position: number;
      item: string;
    }[];
    assert.deepEqual(
      trail.map((crumb) => [crumb.position, crumb.item]),
      [
        [1, 'https://spalte.example/'],
        [2, 'https://spalte.example/sikkerhed'],
      ],
    );
  });

  it('names an author’s profiles elsewhere as the Person’s sameAs, and the e-mail only when it is shown', () => {
    const base = { slug: 'anna', name: 'Anna', title: 'Journalist', bio: '', photo: null };
    const person = profilePageData({
      ...base,
      email: 'anna@spalte.dk',
      sameAs: ['https://www.linkedin.com/in/anna', 'https://x.com/anna'],
    }).mainEntity as Record<string, unknown>;
    assert.equal(person['@type'], 'Person');
    assert.deepEqual(person.sameAs, ['https://www.linkedin.com/in/anna', 'https://x.com/anna']);
    assert.equal(person.email, 'anna@spalte.dk');
    const bare = profilePageData({ ...base, sameAs: [] }).mainEntity as Record<string, unknown>;
    assert.equal('sameAs' in bare, false);
    assert.equal('email' in bare, false);
  });
});
