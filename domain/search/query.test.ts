import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { buildFtsQuery, danishSpellings, MAX_TERMS, searchTerms } from './query';

describe('searchTerms', () => {
  it('keeps words, lower-cased and without repeats', () => {
    assert.deepEqual(searchTerms('Zoom ZOOM Kina'), ['zoom', 'kina']);
  });

  it('reduces operators, quotes and brackets to plain words', () => {
    assert.deepEqual(
      searchTerms('"zoom" AND (kina OR NEAR(x y)) title:* -ransom^2'),
      ['zoom', 'and', 'kina', 'or', 'near', 'x', 'y', 'title', 'ransom', '2'].slice(0, MAX_TERMS),
    );
  });

  it('reads a letter typed with a combining mark (NFD) as the one letter it is', () => {
    assert.deepEqual(searchTerms('bla\u030Abær'), ['blåbær']);
  });

  it('returns nothing for input without letters or digits', () => {
    assert.deepEqual(searchTerms('  "*" ( ) ^ -- '), []);
    assert.equal(buildFtsQuery(''), null);
    assert.equal(buildFtsQuery('*"()'), null);
  });

  it('bounds very long queries', () => {
    assert.ok(searchTerms('ord '.repeat(500)).length <= MAX_TERMS);
    assert.ok(searchTerms(Array.from({ length: 600 }, (_, i) => `w${i}`).join(' ')).length <= MAX_TERMS);
  });
});

describe('danishSpellings', () => {
  it('finds æ/ø/å spellings for ae/oe/aa', () => {
    assert.deepEqual(new Set(danishSpellings('koebenhavn')), new Set(['koebenhavn', 'københavn']));
    assert.deepEqual(new Set(danishSpellings('aarhus')), new Set(['aarhus', 'århus']));
  });

  it('finds ae/oe/aa spellings for æ/ø/å', () => {
    assert.deepEqual(new Set(danishSpellings('sårbarhed')), new Set(['sårbarhed', 'saarbarhed']));
    assert.ok(danishSpellings('ærø').includes('aeroe'));
  });

  it('leaves other words alone', () => {
    assert.deepEqual(danishSpellings('zoom'), ['zoom']);
  });

  it('bounds the number of variants', () => {
    assert.ok(danishSpellings('aaaaaaaaaaaaaaaaaaaa').length <= 16);
  });
});

describe('buildFtsQuery', () => {
  it('quotes every spelling, as a prefix from three letters on, and requires every word', () => {
    assert.equal(buildFtsQuery('Løn it'), '("løn"* OR "loen"*) AND ("it")');
    // One- and two-letter words match whole, or "a" and "og" would find the whole archive.
    assert.equal(buildFtsQuery('a og'), '("a") AND ("og")');
  });

  it('never lets FTS syntax through', () => {
    const query = buildFtsQuery('a" OR 1=1 -- NEAR(b c, 2) {title}: *')!;
    assert.doesNotMatch(query.replace(/"[^"]*"\*?/g, ''), /[^()\sANDOR]/);
  });
});
