import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { isReservedSlug, MAX_SLUG_LENGTH, slugify, uniqueSlug } from './slug';

describe('slugify', () => {
  it('transliterates æ, ø and å the Danish way', () => {
    assert.equal(slugify('Ærø får større bøder'), 'aeroe-faar-stoerre-boeder');
    assert.equal(slugify('ÅBEN KØBENHAVNSK ÆBLEMOST'), 'aaben-koebenhavnsk-aeblemost');
  });

  it('folds other accents and drops punctuation', () => {
    assert.equal(slugify('Café-kæden’s “nye” app: 100% crème!'), 'cafe-kaeden-s-nye-app-100-creme');
  });

  it("keeps C, C++ and C# apart, and drops a hashtag's #", () => {
    assert.deepEqual(['C', 'C++', 'C#', 'F#', 'Disney+', '#MeToo'].map(slugify), [
      'c',
      'c-plus-plus',
      'c-sharp',
      'f-sharp',
      'disney-plus',
      'metoo',
    ]);
  });

  it('turns the seed headlines into clean slugs', () => {
    assert.equal(slugify('Zoom beskyldes for at samarbejde med Kina'), 'zoom-beskyldes-for-at-samarbejde-med-kina');
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify(
      'Zoom klar til at udlevere gratis-opkald til amerikanske myndigheder: "Politisk tonedøvt," lyder kritikken',
    );
    assert.ok(slug.length <= MAX_SLUG_LENGTH);
    assert.ok(!slug.endsWith('-'));
    assert.ok(slug.startsWith('zoom-klar-til-at-udlevere'));
  });

  it('returns an empty slug for input without letters or digits', () => {
    assert.equal(slugify('!!! ???'), '');
  });
});

describe('isReservedSlug', () => {
  it('refuses paths the site uses itself', () => {
    assert.ok(isReservedSlug('admin'));
    assert.ok(isReservedSlug('soeg'));
    assert.ok(!isReservedSlug('sikkerhed'));
  });
});

describe('uniqueSlug', () => {
  it('numbers a slug that is taken and skips reserved words', () => {
    const taken = new Set(['kmd', 'kmd-2']);
    assert.equal(
      uniqueSlug('netcompany', (slug) => taken.has(slug)),
      'netcompany',
    );
    assert.equal(
      uniqueSlug('kmd', (slug) => taken.has(slug)),
      'kmd-3',
    );
    assert.equal(
      uniqueSlug('job', () => false),
      'job-2',
    );
  });
});
