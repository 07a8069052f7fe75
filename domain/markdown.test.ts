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
});
