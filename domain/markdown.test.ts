import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { markdownToPlainText, relatedIdsInBody } from './markdown';

describe('relatedIdsInBody', () => {
  it('lists the referenced ids in order without repeats, ignoring code', () => {
    const body =
      '::related{id=3}\n\ntekst\n\n::related{id=1 label="Læs mere her"}\n\n::related{id=3}\n\n```\n::related{id=9}\n```';
    assert.deepEqual(relatedIdsInBody(body), [3, 1]);
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words and drops syntax, HTML tags and related blocks', () => {
    const text = markdownToPlainText(
      '## Overskrift\n\nEt **fedt** [link](https://x.dk).\n\n::related{id=3 label="Læs også"}\n\n<b>html</b>\n\n- punkt',
    );
    assert.equal(text, 'Overskrift\nEt fedt link.\nhtml\npunkt');
  });

  it('keeps list items, table cells, quotes and headings apart, so neighbouring words are never glued', () => {
    const text = markdownToPlainText(
      [
        '## Stillinger',
        '- cloudarkitekt',
        '- senior udvikler',
        '| Løn | Titel |\n| --- | --- |\n| 60.000 kroner | senior |',
        '> Første citat\n>\n> Andet citat',
        '1. trin et\n   - indlejret punkt\n2. trin to',
        'Linje et  \nlinje to',
      ].join('\n\n'),
    );
    const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu));
    for (const word of ['stillinger', 'cloudarkitekt', 'senior', 'kroner', 'titel', 'citat', 'indlejret', 'to']) {
      assert.ok(words.has(word), `${word} is a word of its own`);
    }
    for (const glued of ['stillingercloudarkitekt', 'cloudarkitektsenior', 'kronersenior', 'løntitel', 'citatandet']) {
      assert.ok(!words.has(glued), `${glued} is not a word`);
    }
    assert.ok(!words.has('etlinje'), 'a hard line break separates words');
    assert.equal(
      text,
      'Stillinger\ncloudarkitekt\nsenior udvikler\nLøn\nTitel\n60.000 kroner\nsenior\nFørste citat\nAndet citat\n' +
        'trin et\nindlejret punkt\ntrin to\nLinje et\nlinje to',
    );
  });

  it('reads GFM as the renderer does: strikethrough and task lists are text, not syntax', () => {
    assert.equal(markdownToPlainText('- [x] ~~gammel~~ pris\n- [ ] ny'), 'gammel pris\nny');
  });

  it('puts other directive-like text back as typed and leaves code blocks out', () => {
    assert.equal(markdownToPlainText('Se:her\n\n```\nkode\n```\n\n:::boks\nindhold\n:::'), 'Se:her\n:::boks\nindhold');
  });
});
