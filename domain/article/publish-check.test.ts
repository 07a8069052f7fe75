import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { checkPublish, missingImageTexts, SHORT_BODY_WORDS, type PublishCheckInput } from './publish-check';

const paragraph = (count: number) => Array.from({ length: count }, (_, index) => `ord${index}`).join(' ');

/** An article that passes every rule, blocking and advice alike. */
const complete = (overrides: Partial<PublishCheckInput> = {}): PublishCheckInput => ({
  title: 'Kommunerne skifter til et nyt fælles mailsystem i foråret',
  lead: 'Alle 98 kommuner flytter deres e-mail til en fælles løsning. Det skal spare penge og styrke sikkerheden.',
  body: `${paragraph(200)}\n\n::related{id=4}`,
  kind: 'news',
  sponsor: null,
  authorIds: [1],
  tags: ['Kommuner'],
  relatedIds: [],
  seoTitle: null,
  seoDescription: null,
  sectionExists: true,
  topImage: { alt: 'Et rådhus', credit: 'Foto: Spalte' },
  leadStory: false,
  ...overrides,
});

const codes = (input: PublishCheckInput) => {
  const { blocking, advice } = checkPublish(input);
  return { blocking: blocking.map((issue) => issue.code), advice: advice.map((issue) => issue.code) };
};

describe('the publish check', () => {
  it('finds nothing in a complete article', () => {
    assert.deepEqual(codes(complete()), { blocking: [], advice: [] });
  });

  it('blocks an article with only a title, naming every missing part in Danish', () => {
    const { blocking } = checkPublish(
      complete({ lead: '', body: '', authorIds: [], sectionExists: false, topImage: null }),
    );
    assert.deepEqual(
      blocking.map((issue) => [issue.code, issue.field, issue.message]),
      [
        ['lead', 'manchet', 'Artiklen mangler en manchet.'],
        ['body', 'broedtekst', 'Artiklen mangler brødtekst.'],
        ['section', 'sektion', 'Vælg en sektion.'],
        ['byline', 'skribenter', 'Tilføj mindst én skribent.'],
      ],
    );
  });

  it('blocks a missing title and treats whitespace as nothing', () => {
    assert.deepEqual(codes(complete({ title: '   ', lead: '\n' })).blocking, ['title', 'lead']);
  });

  it('does not count Markdown without readable text as a body', () => {
    assert.deepEqual(codes(complete({ body: '::related{id=4}\n\n<!-- -->' })).blocking, ['body']);
  });

  it('requires an advertiser instead of a byline on sponsored content', () => {
    assert.deepEqual(codes(complete({ kind: 'sponsored', authorIds: [], sponsor: 'Firma A/S' })).blocking, []);
    assert.deepEqual(codes(complete({ kind: 'sponsored', authorIds: [], sponsor: ' ' })).blocking, ['sponsor']);
  });

  it('requires alt text and credit on a chosen top image, but no image at all', () => {
    assert.deepEqual(codes(complete({ topImage: null })).blocking, []);
    const { blocking } = checkPublish(complete({ topImage: { alt: ' ', credit: '' } }));
    assert.equal(blocking[0]!.code, 'image-texts');
    assert.match(blocking[0]!.message, /^Topbilledet mangler alternativ tekst og kreditering\./);
    assert.match(
      checkPublish(complete({ topImage: { alt: 'Et rådhus', credit: '' } })).blocking[0]!.message,
      /mangler kreditering\./,
    );
    assert.deepEqual(codes(complete({ topImage: 'gone' })).blocking, ['image-gone']);
  });

  it('names the texts an image lacks, one definition for editor, library and server', () => {
    assert.deepEqual(missingImageTexts({ alt: '', credit: '' }), ['alternativ tekst', 'kreditering']);
    assert.deepEqual(missingImageTexts({ alt: 'x', credit: ' ' }), ['kreditering']);
    assert.deepEqual(missingImageTexts({ alt: 'x', credit: 'y' }), []);
  });

  it('advises on SEO titles outside 30–60 characters, the headline standing in for an empty one', () => {
    const long = 'x'.repeat(61);
    const own = checkPublish(complete({ seoTitle: long })).advice;
    assert.equal(own[0]!.code, 'seo-title');
    assert.equal(own[0]!.message, 'SEO-titlen er 61 tegn; søgemaskiner viser kun omkring 60.');
    const fallback = checkPublish(complete({ title: long })).advice;
    assert.match(fallback[0]!.message, /^Overskriften bruges som SEO-titel og er 61 tegn/);
    assert.match(checkPublish(complete({ seoTitle: 'Kort' })).advice[0]!.message, /kun 4 tegn; anbefalet er mindst 30/);
    // A good SEO title makes a long headline fine.
    assert.deepEqual(
      codes(complete({ title: long, seoTitle: 'Kommunerne skifter til et fælles mailsystem' })).advice,
      [],
    );
  });

  it('advises on SEO descriptions outside 70–155 characters, the lead standing in for an empty one', () => {
    assert.deepEqual(codes(complete({ seoDescription: 'x'.repeat(156) })).advice, ['seo-description']);
    assert.deepEqual(codes(complete({ lead: 'Kort manchet.' })).advice, ['seo-description']);
    assert.match(
      checkPublish(complete({ lead: 'Kort manchet.' })).advice[0]!.message,
      /^Manchetten bruges som SEO-beskrivelse/,
    );
    assert.deepEqual(codes(complete({ lead: 'Kort manchet.', seoDescription: 'y'.repeat(100) })).advice, []);
  });

  it('advises when there are no tags', () => {
    assert.deepEqual(codes(complete({ tags: [] })).advice, ['tags']);
  });

  it(`advises on a body under ${SHORT_BODY_WORDS} words, counting readable words only`, () => {
    const short = checkPublish(complete({ body: `${paragraph(149)}\n\n::related{id=4}` })).advice;
    assert.deepEqual(
      short.map((issue) => issue.code),
      ['short-body'],
    );
    assert.match(short[0]!.message, /kun 149 ord/);
    assert.deepEqual(codes(complete({ body: `## ${paragraph(150)}\n\n::related{id=4}` })).advice, []);
  });

  it('advises when there are no related articles, in the list or in the body', () => {
    assert.deepEqual(codes(complete({ body: paragraph(200) })).advice, ['related']);
    assert.deepEqual(codes(complete({ body: paragraph(200), relatedIds: [7] })).advice, []);
  });

  it('advises when the front page’s lead story has no top image', () => {
    assert.deepEqual(codes(complete({ leadStory: true, topImage: null })).advice, ['lead-story-image']);
    assert.deepEqual(codes(complete({ leadStory: true })).advice, []);
    assert.deepEqual(codes(complete({ leadStory: false, topImage: null })).advice, []);
  });

  it('never blocks on advice', () => {
    const { blocking, advice } = checkPublish(
      complete({ tags: [], body: 'Kort.', seoTitle: 'x', leadStory: true, topImage: null }),
    );
    assert.deepEqual(blocking, []);
    assert.equal(advice.length, 5);
  });
});
