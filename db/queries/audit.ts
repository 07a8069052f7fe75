import 'server-only';

import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';

import { getDb } from '@/db/client';
import {
  articles,
  auditLog,
  authors,
  jobs,
  media,
  peopleNews,
  sections,
  sponsorCampaigns,
  tags,
  users,
} from '@/db/schema';
import { auditFacts, isAuditObjectType, type AuditAction, type AuditFacts, type AuditObjectType } from '@/domain/audit';

// The audit log: who did what, when and from where. Written by the newsroom's actions, read by admins only
// (/admin/revisionslog), where each entry reads as a Danish sentence naming the object it concerns.

export { AUDIT_ACTIONS, type AuditAction } from '@/domain/audit';

export type AuditEntry = {
  userId?: number | null;
  action: AuditAction;
  entityType?: AuditObjectType;
  entityId?: number;
  details?: Record<string, unknown>;
  ip?: string | null;
};

export function audit(entry: AuditEntry, db = getDb()): void {
  db.insert(auditLog)
    .values({
      userId: entry.userId ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
      ip: entry.ip ?? null,
    })
    .run();
}

// ---------------------------------------------------------------------------------------------------------------
// Reading. The log only grows, so a page reads a stretch of it newest first along audit_log_created_idx (created_at,
// then the rowid) and stops when the page is full, and the total is counted only up to AUDIT_MAX_COUNT matches.
// A period filter is a range of that index. The person and action filters have no index of their own (the schema has
// none on user_id or action), so a filter that matches rarely reads further back before the page fills.

export const AUDIT_PAGE_SIZE = 50;
/** Matches counted at most; past this the log says "over …" and the filters narrow it down. */
export const AUDIT_MAX_COUNT = 5_000;

export type AuditFilter = {
  page: number;
  userId?: number;
  objectType?: AuditObjectType;
  action?: AuditAction;
  /** UTC instants: from (inclusive) and until (exclusive). */
  since?: string;
  until?: string;
};

/** The object an entry concerns: its name now (or as recorded), and whether it still exists to be linked. */
export type AuditObject = { type: AuditObjectType; id: number | null; name: string | null; exists: boolean };

export type AuditLogItem = {
  id: number;
  /** A known action, or the stored text of one no longer known (kept readable, not hidden). */
  action: AuditAction | string;
  createdAt: string;
  ip: string | null;
  actorId: number | null;
  actorName: string | null;
  object: AuditObject | null;
  facts: AuditFacts;
  /** The stored details as written, for the "technical details" admins can open. */
  details: string | null;
};

export type AuditPage = {
  items: AuditLogItem[];
  total: number;
  /** More than `total` entries match. */
  capped: boolean;
  page: number;
  pageCount: number;
};

/**
 * The filter as SQL. `newestFirst`: for the page's rows, which are read in time order along audit_log_created_idx
 * until a page is full; the kind of object is then compared as an expression (`+entity_type`), which keeps the
 * planner from reading every entry of that kind through audit_log_entity_idx and sorting them all instead.
 */
function filterWhere(filter: AuditFilter, { newestFirst = false } = {}): SQL | undefined {
  const objectType = filter.objectType
    ? newestFirst
      ? sql`+${auditLog.entityType} = ${filter.objectType}`
      : eq(auditLog.entityType, filter.objectType)
    : undefined;
  return and(
    filter.userId !== undefined ? eq(auditLog.userId, filter.userId) : undefined,
    objectType,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.since ? gte(auditLog.createdAt, filter.since) : undefined,
    filter.until ? lt(auditLog.createdAt, filter.until) : undefined,
  );
}

export function getAuditPage(filter: AuditFilter): AuditPage {
  const db = getDb();
  const matches = db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(filterWhere(filter))
    .limit(AUDIT_MAX_COUNT + 1)
    .as('matches');
  const counted = db.select({ n: count() }).from(matches).get()?.n ?? 0;
  const capped = counted > AUDIT_MAX_COUNT;
  const total = Math.min(counted, AUDIT_MAX_COUNT);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      ip: auditLog.ip,
      createdAt: auditLog.createdAt,
      actorId: auditLog.userId,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(filterWhere(filter, { newestFirst: true }))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  const withFacts = rows.map((row) => ({ ...row, facts: auditFacts(row.details) }));
  const names = objectNames(withFacts);
  const items = withFacts.map(({ entityType, entityId, ...row }): AuditLogItem => {
    if (!isAuditObjectType(entityType)) return { ...row, object: null };
    const current = entityId === null ? undefined : names.get(entityType)?.get(entityId);
    const recorded = recordedName(entityType, row.facts, names);
    return {
      ...row,
      object: {
        type: entityType,
        id: entityId,
        name: current ?? recorded ?? null,
        exists: entityType === 'front-page' || current !== undefined,
      },
    };
  });
  return { items, total, capped, page, pageCount };
}

type NameMaps = Map<AuditObjectType, Map<number, string>>;

/** The name an entry recorded for its object (kept in the details, so it outlives the object). */
function recordedName(type: AuditObjectType, facts: AuditFacts, names: NameMaps): string | undefined {
  if (type === 'sponsor-campaign' && facts.articleId !== undefined) {
    // A campaign is named after its article, which usually outlives it.
    return names.get('article')?.get(facts.articleId);
  }
  return facts.title ?? facts.name;
}

/** The current names of the objects one page of entries concerns: one bounded lookup per kind of object. */
function objectNames(rows: { entityType: string | null; entityId: number | null; facts: AuditFacts }[]): NameMaps {
  const db = getDb();
  const ids = new Map<AuditObjectType, Set<number>>();
  const want = (type: AuditObjectType, id: number | null | undefined) => {
    if (id === null || id === undefined) return;
    if (!ids.has(type)) ids.set(type, new Set());
    ids.get(type)!.add(id);
  };
  for (const row of rows) {
    if (isAuditObjectType(row.entityType)) want(row.entityType, row.entityId);
    if (row.entityType === 'sponsor-campaign') want('article', row.facts.articleId);
  }
  const list = (type: AuditObjectType) => [...(ids.get(type) ?? [])];
  const names: NameMaps = new Map();
  const put = (type: AuditObjectType, found: { id: number; name: string }[]) =>
    names.set(type, new Map(found.map((row) => [row.id, row.name])));

  const articleIds = list('article');
  if (articleIds.length)
    put(
      'article',
      db.select({ id: articles.id, name: articles.title }).from(articles).where(inArray(articles.id, articleIds)).all(),
    );
  const userIds = list('user');
  if (userIds.length)
    put('user', db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)).all());
  const authorIds = list('author');
  if (authorIds.length)
    put(
      'author',
      db.select({ id: authors.id, name: authors.name }).from(authors).where(inArray(authors.id, authorIds)).all(),
    );
  const sectionIds = list('section');
  if (sectionIds.length)
    put(
      'section',
      db.select({ id: sections.id, name: sections.name }).from(sections).where(inArray(sections.id, sectionIds)).all(),
    );
  const tagIds = list('tag');
  if (tagIds.length)
    put('tag', db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, tagIds)).all());
  const jobIds = list('job');
  if (jobIds.length)
    put('job', db.select({ id: jobs.id, name: jobs.title }).from(jobs).where(inArray(jobs.id, jobIds)).all());
  const peopleIds = list('people-news');
  if (peopleIds.length)
    put(
      'people-news',
      db
        .select({ id: peopleNews.id, name: peopleNews.name })
        .from(peopleNews)
        .where(inArray(peopleNews.id, peopleIds))
        .all(),
    );
  const mediaIds = list('media');
  if (mediaIds.length)
    put(
      'media',
      db
        .select({ id: media.id, alt: media.alt, originalName: media.originalName })
        .from(media)
        .where(inArray(media.id, mediaIds))
        .all()
        .map((row) => ({ id: row.id, name: row.alt || row.originalName || `billede ${row.id}` })),
    );
  const campaignIds = list('sponsor-campaign');
  if (campaignIds.length)
    put(
      'sponsor-campaign',
      db
        .select({ id: sponsorCampaigns.id, name: articles.title })
        .from(sponsorCampaigns)
        .innerJoin(articles, eq(articles.id, sponsorCampaigns.articleId))
        .where(inArray(sponsorCampaigns.id, campaignIds))
        .all(),
    );
  return names;
}

/** Everyone who can appear in the log as its actor, for the person filter (a small table: the newsroom's staff). */
export function listAuditPeople(): { id: number; name: string; active: boolean }[] {
  return getDb()
    .select({ id: users.id, name: users.name, active: users.active })
    .from(users)
    .orderBy(asc(users.name), asc(users.id))
    .all();
}
