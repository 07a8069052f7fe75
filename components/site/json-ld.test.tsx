import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { renderToStaticMarkup } from 'react-dom/server';

import { JsonLd } from './json-ld';

describe('JSON-LD script', () => {
  it('cannot be broken out of: "</script>" and "<!--" in a field stay inside the JSON', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const html = renderToStaticMarkup(
      <JsonLd data={{ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: hostile }} />,
    );
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.equal(html.match(/<\/script>/g)?.length, 1);
    const json = html.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '');
    assert.equal(JSON.parse(json).headline, hostile);
  });
});
