import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { renderToStaticMarkup } from 'react-dom/server';

import { articleData, type ArticleForData } from '@/domain/seo/structured-data';
import { JsonLd } from './json-ld';

process.env.SITE_URL = 'https://spalte.example';

const ARTICLE: ArticleForData = {
  path: '/sikkerhed/et-angreb',
  title: 'Et angreb',
  lead: 'Manchet',
  seoDescription: null,
  kind: 'news',
  sponsor: null,
  publishedAt: '2026-07-01T08:00:00.000Z',
  updatedAt: '2026-07-02T09:30:00.000Z',
  section: { name: 'Sikkerhed' },
  tags: [],
  authors: [],
  images: [],
};

describe('JSON-LD script', () => {
  it('cannot be broken out of: "</script>" and "<!--" in a field stay inside the JSON', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const html = renderToStaticMarkup(<JsonLd data={articleData({ ...ARTICLE, title: hostile })} />);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.equal(html.match(/<\/script>/g)?.length, 1);
    const json = html.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '');
    assert.equal(JSON.parse(json).headline, hostile);
  });
});
