import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { emptyArticleContent, type ArticleContent } from '@/domain/article/content';
import { bodyChunks, hasConflicts, mergeArticle, mergeText, resolveMerge, resolveText } from '@/domain/article/merge';
import { contentFromSnapshot } from '@/domain/article/snapshot';

const base: ArticleContent = {
  ...emptyArticleContent(1),
  title: 'Hackere rammer kommuner',
  slug: 'hackere-rammer-kommuner',
  lead: 'Tre kommuner er ramt.',
  body: 'Første afsnit.\n\nAndet afsnit.\n\nTredje afsnit.',
  authorIds: [1, 2],
  tags: ['Sikkerhed', 'Kommuner'],
  relatedIds: [10, 11],
};
const edit = (changes: Partial<ArticleContent>): ArticleContent => ({ ...base, ...changes });

describe('mergeArticle, field by field', () => {
  it('keeps a field only I changed, and brings in a field only they changed', () => {
    const result = mergeArticle(base, edit({ lead: 'Deres manchet.' }), edit({ title: 'Min overskrift' }));
    assert.deepEqual(result.conflicts, []);
    assert.equal(result.content.title, 'Min overskrift');
    assert.equal(result.content.lead, 'Deres manchet.');
    assert.deepEqual(result.fromTheirs, ['lead']);
  });

  it('accepts a field both changed to the same value', () => {
    const result = mergeArticle(base, edit({ title: 'Ens' }), edit({ title: 'Ens ' }));
    assert.deepEqual(result.conflicts, []);
    assert.deepEqual(result.fromTheirs, []);
  });

  it('reports a text, a number and a choice both changed differently as conflicts, keeping mine until resolved', () => {
    const result = mergeArticle(
      base,
      edit({ title: 'Deres', sectionId: 2, kind: 'sponsored', sponsor: 'Firma' }),
      edit({ title: 'Min', sectionId: 3, kind: 'news', sponsor: null, topImageId: 7 }),
    );
    // kind: base news, mine news, theirs sponsored → theirs; sponsor comes with it.
    assert.deepEqual(result.conflicts, ['title', 'sectionId']);
    assert.equal(result.content.title, 'Min');
    assert.equal(result.content.kind, 'sponsored');
    assert.equal(result.content.sponsor, 'Firma');
    assert.equal(result.content.topImageId, 7);
  });

  it('treats an empty optional text as no value, and a sponsor on news as none', () => {
    const result = mergeArticle(
      edit({ seoTitle: null, sponsor: 'Gammel' }),
      edit({ seoTitle: '', sponsor: null }),
      edit({ seoTitle: null, sponsor: 'Ny' }),
    );
    assert.deepEqual(result.conflicts, []);
  });

  it('without a base, every field the versions disagree on is a conflict', () => {
    const result = mergeArticle(null, edit({ lead: 'Deres' }), edit({ title: 'Min' }));
    assert.deepEqual(result.conflicts, ['title', 'lead']);
    assert.deepEqual(mergeArticle(null, edit({}), edit({})).conflicts, []);
  });
});

describe('mergeArticle, lists', () => {
  it('merges topics as a set by slug: both additions kept, their removal kept, spelling differences ignored', () => {
    const result = mergeArticle(
      base,
      edit({ tags: ['sikkerhed', 'Ransomware'] }), // removed Kommuner, added Ransomware, respelled Sikkerhed
      edit({ tags: ['Sikkerhed', 'Kommuner', 'Cloud'] }),
    );
    assert.deepEqual(result.conflicts, []);
    assert.deepEqual(result.content.tags, ['Sikkerhed', 'Cloud', 'Ransomware']);
    assert.deepEqual(result.fromTheirs, ['tags']);
  });

  it('is a topic conflict when the merged set would exceed the limit', () => {
    const many = (prefix: string) => Array.from({ length: 10 }, (_, index) => `${prefix} ${index}`);
    const result = mergeArticle(edit({ tags: [] }), edit({ tags: many('Deres') }), edit({ tags: many('Min') }));
    assert.deepEqual(result.conflicts, []);
    const tooMany = mergeArticle(
      edit({ tags: [] }),
      edit({ tags: many('Deres') }),
      edit({ tags: [...many('Min'), 'X'] }),
    );
    assert.deepEqual(tooMany.conflicts, ['tags']);
  });

  it('merges byline additions and removals in order, theirs after mine', () => {
    const result = mergeArticle(base, edit({ authorIds: [1, 2, 5] }), edit({ authorIds: [2, 4] }));
    assert.deepEqual(result.conflicts, []);
    assert.deepEqual(result.content.authorIds, [2, 4, 5]);
  });

  it('applies a removal by them of an item I kept', () => {
    const result = mergeArticle(base, edit({ relatedIds: [11] }), edit({ relatedIds: [10, 11, 12] }));
    assert.deepEqual(result.content.relatedIds, [11, 12]);
  });

  it('is a conflict when either side reordered a list the other also changed', () => {
    const result = mergeArticle(base, edit({ authorIds: [2, 1] }), edit({ authorIds: [1, 2, 3] }));
    assert.deepEqual(result.conflicts, ['authorIds']);
    // A reordering alone, by one side, is simply that side's change.
    assert.deepEqual(mergeArticle(base, edit({ authorIds: [2, 1] }), edit({})).content.authorIds, [2, 1]);
  });
});

describe('mergeArticle, the body', () => {
  it('merges non-overlapping paragraph edits by both sides', () => {
    const theirs = edit({ body: 'Første afsnit, rettet.\n\nAndet afsnit.\n\nTredje afsnit.' });
    const mine = edit({ body: 'Første afsnit.\n\nAndet afsnit.\n\nTredje afsnit, udvidet.\n\nFjerde afsnit.' });
    const result = mergeArticle(base, theirs, mine);
    assert.deepEqual(result.conflicts, []);
    assert.equal(
      result.content.body,
      'Første afsnit, rettet.\n\nAndet afsnit.\n\nTredje afsnit, udvidet.\n\nFjerde afsnit.',
    );
    assert.deepEqual(result.fromTheirs, ['body']);
  });

  it('merges a new paragraph inserted right before a paragraph the other side changed', () => {
    const theirs = edit({ body: 'Første afsnit.\n\nAndet afsnit, ændret.\n\nTredje afsnit.' });
    const mine = edit({ body: 'Første afsnit.\n\nNyt afsnit.\n\nAndet afsnit.\n\nTredje afsnit.' });
    assert.equal(
      mergeArticle(base, theirs, mine).content.body,
      'Første afsnit.\n\nNyt afsnit.\n\nAndet afsnit, ændret.\n\nTredje afsnit.',
    );
  });

  it('is a conflict when both changed the same paragraph differently, resolved passage by passage', () => {
    const theirs = edit({ body: 'Første afsnit, deres.\n\nAndet afsnit.\n\nTredje afsnit, deres.' });
    const mine = edit({ body: 'Første afsnit, mit.\n\nAndet afsnit.\n\nTredje afsnit.' });
    const result = mergeArticle(base, theirs, mine);
    assert.deepEqual(result.conflicts, ['body']);
    const chunks = bodyChunks(base, theirs, mine);
    assert.deepEqual(
      chunks.filter((chunk) => chunk.kind === 'conflict'),
      [
        {
          kind: 'conflict',
          base: ['Første afsnit.'],
          mine: ['Første afsnit, mit.'],
          theirs: ['Første afsnit, deres.'],
        },
      ],
    );
    // Either choice keeps their change to the third paragraph, which I did not touch.
    assert.equal(
      resolveMerge(base, theirs, mine, { body: 'mine' }).body,
      'Første afsnit, mit.\n\nAndet afsnit.\n\nTredje afsnit, deres.',
    );
    assert.equal(
      resolveMerge(base, theirs, mine, { body: 'theirs' }).body,
      'Første afsnit, deres.\n\nAndet afsnit.\n\nTredje afsnit, deres.',
    );
  });

  it('is a conflict when both inserted different text at the same place', () => {
    const chunks = mergeText('A\n\nB', 'A\n\nMin\n\nB', 'A\n\nDeres\n\nB');
    assert.ok(hasConflicts(chunks));
    assert.equal(resolveText(chunks, 'theirs'), 'A\n\nDeres\n\nB');
  });

  it('accepts the same change made by both', () => {
    const chunks = mergeText('A\nB\nC', 'A\nX\nC', 'A\nX\nC');
    assert.equal(hasConflicts(chunks), false);
    assert.equal(resolveText(chunks, 'mine'), 'A\nX\nC');
  });

  it('leaves no stray line when the chosen side deleted the passage', () => {
    const chunks = mergeText('A\nB\nC', 'A\nC', 'A\nB2\nC');
    assert.equal(resolveText(chunks, 'mine'), 'A\nC');
    assert.equal(resolveText(chunks, 'theirs'), 'A\nB2\nC');
  });

  it('round-trips texts with trailing line breaks and empty texts', () => {
    const cases: [string, string, string][] = [
      ['', 'Ny tekst', ''],
      ['A\n', 'A\n', 'A\nB\n'],
      ['A', '', 'A'],
    ];
    for (const [b, m, t] of cases) {
      const chunks = mergeText(b, m, t);
      assert.equal(hasConflicts(chunks), false);
      assert.equal(resolveText(chunks, 'mine'), b === m ? t : m);
    }
  });
});

describe('typing on while a merged save was under way (the editor merges the answer into its form)', () => {
  it('keeps what was typed since sending and brings in what the merge added', () => {
    const sent = edit({ body: 'Første afsnit.\n\nAndet afsnit.\n\nTredje afsnit.' });
    const stored = edit({ lead: 'Deres manchet.', body: 'Første afsnit, rettet.\n\nAndet afsnit.\n\nTredje afsnit.' });
    const form = edit({ body: 'Første afsnit.\n\nAndet afsnit.\n\nTredje afsnit, skrevet videre.' });
    const rebased = mergeArticle(sent, stored, form);
    assert.deepEqual(rebased.conflicts, []);
    assert.equal(rebased.content.lead, 'Deres manchet.');
    assert.equal(rebased.content.body, 'Første afsnit, rettet.\n\nAndet afsnit.\n\nTredje afsnit, skrevet videre.');
  });

  it('is a conflict to settle when the typing went into the passage the colleague changed', () => {
    const sent = edit({});
    const stored = edit({ body: 'Første afsnit, rettet.\n\nAndet afsnit.\n\nTredje afsnit.' });
    const form = edit({ body: 'Første afsnit, skrevet videre.\n\nAndet afsnit.\n\nTredje afsnit.' });
    assert.deepEqual(mergeArticle(sent, stored, form).conflicts, ['body']);
  });
});

describe('resolveMerge', () => {
  it('takes the chosen side per conflicting field and keeps every one-sided change', () => {
    const theirs = edit({ title: 'Deres', lead: 'Deres manchet.' });
    const mine = edit({ title: 'Min', sectionId: 4 });
    assert.deepEqual(resolveMerge(base, theirs, mine, { title: 'theirs' }), {
      ...base,
      title: 'Deres',
      lead: 'Deres manchet.',
      sectionId: 4,
    });
    assert.equal(resolveMerge(base, theirs, mine, { title: 'mine' }).title, 'Min');
  });
});

describe('contentFromSnapshot', () => {
  it('reads a whole snapshot and refuses an incomplete or broken one', () => {
    assert.deepEqual(contentFromSnapshot(JSON.stringify(base)), base);
    assert.equal(contentFromSnapshot(JSON.stringify({ title: 'x', section: 'sikkerhed' })), null);
    assert.equal(contentFromSnapshot('{'), null);
  });
});
