import { formatDateTime } from './dates';
import { ROLES, type Role } from './roles';

// The audit log's vocabulary: the actions written to it (db/queries/audit.ts writes them, copy/admin.ts says each
// in a Danish sentence), the kinds of object an entry can concern, and what the log reads back out of an entry's
// stored details. Details are JSON written by many versions of the actions, so they are read field by field and
// anything of an unexpected shape is left out rather than trusted.

export const AUDIT_ACTIONS = [
  'login.success',
  'login.failure',
  'login.locked',
  'logout',
  'password.change',
  'article.create',
  'article.save',
  'article.submit',
  'article.back-to-draft',
  'article.publish',
  'article.schedule',
  'article.auto-publish-stopped',
  'article.unpublish',
  'article.delete',
  'article.restore',
  'article.correct',
  'front-page.update',
  'media.upload',
  'media.update',
  'user.create',
  'user.role',
  'user.deactivate',
  'user.activate',
  'user.password-reset',
  'author.create',
  'author.update',
  'author.delete',
  'author.merge',
  'section.create',
  'section.update',
  'section.move',
  'section.delete',
  'tag.update',
  'tag.merge',
  'tag.delete',
  'job.create',
  'job.update',
  'job.expire',
  'job.delete',
  'people-news.create',
  'people-news.update',
  'people-news.delete',
  'sponsor-campaign.create',
  'sponsor-campaign.update',
  'sponsor-campaign.delete',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);

/** What an entry can concern (`audit_log.entity_type`). Logins, logouts and password changes concern no object. */
export const AUDIT_OBJECT_TYPES = [
  'article',
  'media',
  'user',
  'author',
  'section',
  'tag',
  'job',
  'people-news',
  'sponsor-campaign',
  'front-page',
] as const;

export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export const isAuditObjectType = (value: string | null | undefined): value is AuditObjectType =>
  typeof value === 'string' && (AUDIT_OBJECT_TYPES as readonly string[]).includes(value);

/** Where the newsroom shows an object; the front page has one page, a user a row in the user list. */
export function auditObjectHref(type: AuditObjectType, id: number | null): string | null {
  if (type === 'front-page') return '/admin/forside';
  if (id === null) return null;
  switch (type) {
    case 'article':
      return `/admin/artikler/${id}`;
    case 'media':
      return `/admin/medier/${id}`;
    case 'user':
      return `/admin/brugere#bruger-${id}`;
    case 'author':
      return `/admin/skribenter/${id}`;
    case 'section':
      return `/admin/sektioner/${id}`;
    case 'tag':
      return `/admin/emner/${id}`;
    case 'job':
      return `/admin/job/${id}`;
    case 'people-news':
      return `/admin/navnenyt/${id}`;
    case 'sponsor-campaign':
      return `/admin/annoncer/${id}`;
  }
}

/** What the log's sentences use of an entry's details; dates already in Danish, Copenhagen time. */
export type AuditFacts = {
  /** An article's or job's title when the entry was written. */
  title?: string;
  /** A Navnenyt entry's person. */
  name?: string;
  company?: string;
  /** The e-mail typed at a login. */
  email?: string;
  /** What a refused or failed login locked: the account, the address, or the account from that address. */
  locks?: string[];
  version?: number;
  /** A save that deliberately overwrote a newer version. */
  overwrite?: boolean;
  /** Published by the scheduler at its planned time. */
  scheduled?: boolean;
  publishAt?: string;
  from?: Role;
  to?: Role;
  role?: Role;
  /** How many articles the front page pinned. */
  pins?: number;
  startsAt?: string;
  endsAt?: string;
  /** A sponsor campaign's article. */
  articleId?: number;
};

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const whole = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined);
const role = (value: unknown) => ((ROLES as readonly unknown[]).includes(value) ? (value as Role) : undefined);
const dateTime = (value: unknown) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? formatDateTime(value) : undefined;

function parseDetails(details: string | null): Record<string, unknown> {
  if (!details) return {};
  try {
    const parsed: unknown = JSON.parse(details);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Reads an entry's stored details (JSON, or null) into the facts its sentence uses. */
export function auditFacts(details: string | null): AuditFacts {
  const raw = parseDetails(details);
  const facts: AuditFacts = {
    title: text(raw.title),
    name: text(raw.name),
    company: text(raw.company),
    email: text(raw.email),
    locks: Array.isArray(raw.locks) ? raw.locks.filter((lock): lock is string => typeof lock === 'string') : undefined,
    version: whole(raw.version),
    overwrite: raw.overwrite === true || undefined,
    scheduled: raw.scheduled === true || undefined,
    publishAt: dateTime(raw.publishAt),
    from: role(raw.from),
    to: role(raw.to),
    role: role(raw.role),
    pins: Array.isArray(raw.articleIds) ? raw.articleIds.length : undefined,
    startsAt: dateTime(raw.startsAt),
    endsAt: dateTime(raw.endsAt),
    articleId: whole(raw.articleId),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) as AuditFacts;
}
