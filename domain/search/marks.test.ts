import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { highlight, MARK_END, MARK_START, queryMatcher, snippet } from './marks';

const shown = (text: string) => text.replaceAll(MARK_START, '[').replaceAll(MARK_END, ']');

describe('search marks', () => {
  it('marks the words the index matched: prefixes, any case, both Danish spellings', () => {
    const matches = queryMatcher('sikkerhed koebenhavn');
    assert.equal(
      shown(highlight('Sikkerhedschefen i København og Koebenhavns kommune', matches)),
      '[Sikkerhedschefen] i [København] og [Koebenhavns] kommune',
    );
    assert.equal(shown(highlight('Ingen træffer her', matches)), 'Ingen træffer her');
  });

  it('matches one- and two-letter words whole only, as the search does', () => {
    const matches = queryMatcher('AI');
    assert.equal(shown(highlight('AI og aiguille, ai-modeller', matches)), '[AI] og aiguille, [ai]-modeller');
  });

  it('cuts a snippet around the densest run of matches, with ellipses where text was left out', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');
    const text = `${filler(40)} Zoom og Kina er nævnt her, og Zoom igen. ${filler(40)}`;
    const cut = shown(snippet(text, queryMatcher('zoom kina'), 12));
    assert.match(cut, /^…/);
    assert.match(cut, /…$/);
    assert.match(cut, /\[Zoom\] og \[Kina\] er nævnt her, og \[Zoom\]/);
    assert.ok(cut.split(/\s+/).length <= 14, cut);
  });

  it('starts from the beginning when nothing matches, and keeps a short text whole', () => {
    assert.equal(snippet('Kort tekst uden træf.', queryMatcher('zoom')), 'Kort tekst uden træf.');
    assert.equal(
      shown(snippet('Zoom i starten af en kort tekst.', queryMatcher('zoom'))),
      '[Zoom] i starten af en kort tekst.',
    );
  });
});
