// Who may do what in the newsroom. The matrix is written out in the README (copy/admin.ts names the roles); every admin page and every server
// action asks `can()` itself (proxy.ts and layouts only keep anonymous visitors out).

export const ROLES = ['writer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Actor = { id: number; role: Role };

/** The article facts a decision depends on. */
export type ArticleAccess = { createdBy: number | null; authorUserIds: number[]; status: string };

const EDITORS: Role[] = ['editor', 'admin'];

/** Actions that depend only on the role. */
export const ROLE_PERMISSIONS = {
  'article:create': ['writer', 'editor', 'admin'],
  'article:publish': EDITORS,
  'article:schedule': EDITORS,
  'article:unpublish': EDITORS,
  'article:correct': EDITORS,
  'article:delete': EDITORS,
  'article:edit-any': EDITORS,
  'widgets:manage': EDITORS,
  'front-page:curate': EDITORS,
  // Bylines (author profiles, merges), the section menu and tags: what readers see on every page.
  'authors:manage': EDITORS,
  'sections:manage': EDITORS,
  'tags:manage': EDITORS,
  'media:manage': ['writer', 'editor', 'admin'],
  'users:manage': ['admin'],
  'audit:view': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof ROLE_PERMISSIONS;

export function can(actor: Actor | null, permission: Permission): boolean {
  return actor !== null && (ROLE_PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

/** The article is the actor's: they created it or are one of its authors. */
export const isOwn = (actor: Actor, article: ArticleAccess) =>
  article.createdBy === actor.id || article.authorUserIds.includes(actor.id);

/** Writers edit their own articles while they are drafts (or back from review); editors and admins edit any. */
export function canEditArticle(actor: Actor | null, article: ArticleAccess): boolean {
  if (!actor) return false;
  if (can(actor, 'article:edit-any')) return true;
  return isOwn(actor, article) && article.status === 'draft';
}

/** Writers hand their own drafts to the desk; editors may move any draft to review. */
export function canSubmitArticle(actor: Actor | null, article: ArticleAccess): boolean {
  return canEditArticle(actor, article) && article.status === 'draft';
}
