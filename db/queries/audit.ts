import 'server-only';

import { and, count, desc, eq, type SQL } from 'drizzle-orm';

import { getDb } from '@/db/client';
import { auditLog, users } from '@/db/schema';

// The audit log: who did what, when and from where. Written by the newsroom's actions, read by admins only.

export const AUDIT_ACTIONS = {
  'login.success': 'Login',
  'login.failure': 'Mislykket login',
  'login.locked': 'Login blokeret',
  logout: 'Logout',
  'password.change': 'Adgangskode ændret',
  'article.create': 'Artikel oprettet',
  'article.save': 'Artikel gemt',
  'article.submit': 'Sendt til redigering',
  'article.back-to-draft': 'Tilbage til kladde',
  'article.publish': 'Udgivet',
  'article.schedule': 'Planlagt',
  'article.auto-publish-stopped': 'Planlagt udgivelse stoppet',
  'article.unpublish': 'Afpubliceret',
  'article.delete': 'Slettet',
  'article.restore': 'Version gendannet',
  'article.correct': 'Rettelse tilføjet',
  'front-page.update': 'Forsiden ændret',
  'media.upload': 'Billede uploadet',
  'media.update': 'Billede redigeret',
  'user.create': 'Bruger oprettet',
  'user.role': 'Rolle ændret',
  'user.deactivate': 'Bruger deaktiveret',
  'user.activate': 'Bruger genaktiveret',
  'user.password-reset': 'Adgangskode nulstillet',
  'author.create': 'Skribent oprettet',
  'author.update': 'Skribent ændret',
  'author.delete': 'Skribent slettet',
  'author.merge': 'Skribenter flettet',
  'section.create': 'Sektion oprettet',
  'section.update': 'Sektion ændret',
  'section.move': 'Sektion flyttet i menuen',
  'section.delete': 'Sektion slettet',
  'tag.update': 'Emne ændret',
  'tag.merge': 'Emner flettet',
  'tag.delete': 'Emne slettet',
  'job.create': 'Job oprettet',
  'job.update': 'Job ændret',
  'job.expire': 'Job afsluttet',
  'job.delete': 'Job slettet',
  'people-news.create': 'Navnenyt oprettet',
  'people-news.update': 'Navnenyt ændret',
  'people-news.delete': 'Navnenyt slettet',
  'sponsor-campaign.create': 'Annoncekampagne oprettet',
  'sponsor-campaign.update': 'Annoncekampagne ændret',
  'sponsor-campaign.delete': 'Annoncekampagne slettet',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export type AuditEntry = {
  userId?: number | null;
  action: AuditAction;
  entityType?: string;
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

export const AUDIT_PAGE_SIZE = 50;

export function getAuditPage({ page, action }: { page: number; action?: AuditAction }) {
  const db = getDb();
  const where: SQL | undefined = action ? eq(auditLog.action, action) : undefined;
  const total = db.select({ n: count() }).from(auditLog).where(and(where)).get()?.n ?? 0;
  const items = db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      ip: auditLog.ip,
      createdAt: auditLog.createdAt,
      userName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(where))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
