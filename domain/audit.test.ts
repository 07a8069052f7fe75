import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { AUDIT_ACTION_LABELS, AUDIT_SENTENCES, type AuditSentencePart } from '@/copy/admin';
import { AUDIT_ACTIONS, auditFacts, auditObjectHref, type AuditAction } from './audit';

/** A sentence as a reader sees it, with the object's name in place. */
const read = (parts: AuditSentencePart[]) =>
  parts.map((part) => (typeof part === 'string' ? part : part.object)).join('');

const say = (action: AuditAction, details: Record<string, unknown> | null, object = '', actor = 'Anna Holm') =>
  read(
    AUDIT_SENTENCES[action]({
      actor,
      object,
      facts: auditFacts(details && JSON.stringify(details)),
      ip: '203.0.113.7',
    }),
  );

describe('the audit log sentences', () => {
  it('has a sentence and a filter label for every action, and nothing else', () => {
    assert.deepEqual(Object.keys(AUDIT_SENTENCES).sort(), [...AUDIT_ACTIONS].sort());
    assert.deepEqual(Object.keys(AUDIT_ACTION_LABELS).sort(), [...AUDIT_ACTIONS].sort());
  });

  it('says every action as a Danish sentence naming the person and the object', () => {
    for (const action of AUDIT_ACTIONS) {
      const sentence = say(action, { title: 'Titlen', name: 'Navnet', email: 'x@y.dk' }, 'Objektet');
      assert.ok(sentence.length > 10, action);
      assert.doesNotMatch(sentence, /undefined|null|\[object/, action);
      assert.ok(/Anna Holm|x@y\.dk|Objektet/.test(sentence), `${action}: ${sentence}`);
    }
  });

  it('reads like a newsroom log', () => {
    assert.equal(
      say('article.publish', { title: 'Zoom beskyldes for …' }, 'Zoom beskyldes for …'),
      'Anna Holm udgav »Zoom beskyldes for …«',
    );
    assert.equal(
      say('job.create', { title: 'Platform Engineer', company: 'KMD A/S' }, 'Platform Engineer', 'Demo Redaktør'),
      'Demo Redaktør oprettede jobbet »Platform Engineer« hos KMD A/S',
    );
    assert.equal(say('login.failure', { email: 'x@y.dk' }), 'Mislykket login for x@y.dk fra 203.0.113.7');
    assert.equal(
      say('login.locked', { email: 'x@y.dk', locks: ['pair', 'address'] }),
      'Login for x@y.dk fra 203.0.113.7 blev afvist: for mange mislykkede forsøg – kontoen fra den adresse og adressen er låst for en tid',
    );
    assert.equal(
      say('user.role', { from: 'writer', to: 'editor' }, 'Bo Berg'),
      'Anna Holm gjorde Bo Berg til redaktør (var journalist)',
    );
    assert.equal(
      say('front-page.update', { articleIds: [3, 1, 2] }),
      'Anna Holm ændrede forsiden (3 fastgjorte artikler)',
    );
    assert.equal(
      say('article.publish', { title: 'Planlagt nyhed', scheduled: true }, 'Planlagt nyhed', 'Systemet'),
      '»Planlagt nyhed« blev udgivet automatisk som planlagt',
    );
  });

  it('gives times in Copenhagen time, in Danish', () => {
    assert.equal(
      say('article.schedule', { title: 'T', publishAt: '2026-07-01T07:30:00.000Z' }, 'T'),
      'Anna Holm planlagde »T« til udgivelse 1. juli 2026 kl. 09.30',
    );
    assert.equal(
      say(
        'sponsor-campaign.create',
        { articleId: 4, startsAt: '2026-01-01T08:00:00.000Z', endsAt: '2026-01-31T22:59:00.000Z' },
        'Annonce',
      ),
      'Anna Holm oprettede en annoncekampagne for »Annonce« fra 1. januar 2026 kl. 09.00 til 31. januar 2026 kl. 23.59',
    );
  });

  it('leaves out what the details do not say, and survives details of the wrong shape', () => {
    assert.equal(say('article.save', null, 'Titel'), 'Anna Holm gemte »Titel«');
    assert.equal(
      say('article.save', { version: 7, overwrite: true }, 'Titel'),
      'Anna Holm gemte »Titel« (version 7, overskrev en nyere version)',
    );
    assert.equal(say('job.update', { title: 42, company: ['x'] }, 'Job'), 'Anna Holm ændrede jobbet »Job«');
    assert.deepEqual(auditFacts('{not json'), {});
    assert.deepEqual(auditFacts('[1,2]'), {});
    assert.equal(say('login.failure', { email: '' }), 'Mislykket login for en ukendt konto fra 203.0.113.7');
  });
});

describe('links from the audit log', () => {
  it('lead to where the newsroom edits each kind of object', () => {
    assert.equal(auditObjectHref('article', 12), '/admin/artikler/12');
    assert.equal(auditObjectHref('user', 3), '/admin/brugere#bruger-3');
    assert.equal(auditObjectHref('job', 4), '/admin/job/4');
    assert.equal(auditObjectHref('sponsor-campaign', 5), '/admin/annoncer/5');
    assert.equal(auditObjectHref('people-news', 6), '/admin/navnenyt/6');
    assert.equal(auditObjectHref('media', 7), '/admin/medier/7');
    assert.equal(auditObjectHref('front-page', null), '/admin/forside');
    assert.equal(auditObjectHref('article', null), null);
  });
});
