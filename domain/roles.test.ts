import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  can,
  canEditArticle,
  canSubmitArticle,
  ROLE_PERMISSIONS,
  ROLES,
  type ArticleAccess,
  type Permission,
  type Role,
} from './roles';

// The permission matrix as the README's "Newsroom roles" table states it: one row per permission, the roles that
// hold it. A change to either must change both.
const MATRIX: Record<Permission, Role[]> = {
  'article:create': ['writer', 'editor', 'admin'],
  'media:manage': ['writer', 'editor', 'admin'],
  'article:publish': ['editor', 'admin'],
  'article:schedule': ['editor', 'admin'],
  'article:unpublish': ['editor', 'admin'],
  'article:correct': ['editor', 'admin'],
  'article:delete': ['editor', 'admin'],
  'article:edit-any': ['editor', 'admin'],
  'front-page:curate': ['editor', 'admin'],
  'widgets:manage': ['editor', 'admin'],
  'authors:manage': ['editor', 'admin'],
  'sections:manage': ['editor', 'admin'],
  'tags:manage': ['editor', 'admin'],
  'users:manage': ['admin'],
  'audit:view': ['admin'],
};

const actor = (role: Role, id = 10) => ({ id, role });

describe('the permission matrix', () => {
  it('names exactly the permissions the README lists', () => {
    assert.deepEqual(Object.keys(ROLE_PERMISSIONS).sort(), Object.keys(MATRIX).sort());
  });

  for (const [permission, holders] of Object.entries(MATRIX) as [Permission, Role[]][]) {
    it(`${permission}: ${holders.join(', ')}`, () => {
      for (const role of ROLES) assert.equal(can(actor(role), permission), holders.includes(role), `${role}`);
    });
  }

  it('gives nothing to nobody', () => {
    for (const permission of Object.keys(MATRIX) as Permission[]) assert.equal(can(null, permission), false);
  });
});

describe('article rules', () => {
  const own = (status: string): ArticleAccess => ({ createdBy: 10, authorUserIds: [], status });
  const bylined = (status: string): ArticleAccess => ({ createdBy: 99, authorUserIds: [10], status });
  const others = (status: string): ArticleAccess => ({ createdBy: 99, authorUserIds: [98], status });

  it('writers edit their own drafts (created or bylined) and nothing else', () => {
    assert.equal(canEditArticle(actor('writer'), own('draft')), true);
    assert.equal(canEditArticle(actor('writer'), bylined('draft')), true);
    for (const status of ['review', 'scheduled', 'published', 'unpublished']) {
      assert.equal(canEditArticle(actor('writer'), own(status)), false, status);
    }
    assert.equal(canEditArticle(actor('writer'), others('draft')), false);
  });

  it('editors and admins edit any article in any status', () => {
    for (const role of ['editor', 'admin'] as const) {
      for (const status of ['draft', 'review', 'scheduled', 'published', 'unpublished']) {
        assert.equal(canEditArticle(actor(role), others(status)), true, `${role} ${status}`);
      }
    }
  });

  it('only drafts go to review: a writer sends their own, editors any', () => {
    assert.equal(canSubmitArticle(actor('writer'), own('draft')), true);
    assert.equal(canSubmitArticle(actor('writer'), others('draft')), false);
    assert.equal(canSubmitArticle(actor('editor'), others('draft')), true);
    assert.equal(canSubmitArticle(actor('editor'), others('review')), false);
    assert.equal(canSubmitArticle(null, own('draft')), false);
  });
});

describe('roles', () => {
  const actor = (role: Role, id = 7) => ({ id, role });
  const draft = { createdBy: 7, authorUserIds: [], status: 'draft' };
  it('lets writers edit and submit only their own drafts', () => {
    assert.equal(canEditArticle(actor('writer'), draft), true);
    assert.equal(canSubmitArticle(actor('writer'), draft), true);
    assert.equal(canEditArticle(actor('writer', 8), draft), false);
    assert.equal(canEditArticle(actor('writer', 8), { ...draft, authorUserIds: [8] }), true);
    assert.equal(canEditArticle(actor('writer'), { ...draft, status: 'published' }), false);
    assert.equal(canEditArticle(actor('editor', 99), { ...draft, status: 'published' }), true);
  });
  it('keeps publishing with editors and user management with admins', () => {
    assert.equal(can(actor('writer'), 'article:publish'), false);
    assert.equal(can(actor('editor'), 'article:publish'), true);
    assert.equal(can(actor('editor'), 'users:manage'), false);
    assert.equal(can(actor('admin'), 'users:manage'), true);
    assert.equal(can(null, 'article:create'), false);
    for (const roles of Object.values(ROLE_PERMISSIONS)) assert.ok((roles as readonly string[]).includes('admin'));
  });
});
