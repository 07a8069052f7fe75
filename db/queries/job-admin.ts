import 'server-only';

import { and, count, desc, eq, gt, lte, type SQL } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { copenhagenDay } from '@/domain/dates';
import { endOfCopenhagenDay } from '@/domain/date-inputs';
import { slugify } from '@/domain/slug';
import { getDb } from '@/db/client';
import { jobs } from '@/db/schema';
import { jobPath } from './jobs';
import { resolveCompany, type CompanyChoice } from './widget-admin';
import { UserError } from '@/domain/errors';

// The newsroom's writes to the job widget and board. Every write returns the cache tags it affects; the public
// lists drop a job by its deadline on their own (see getActiveJobList), so an ordinary deadline needs no expiry.

export type JobInput = CompanyChoice & {
  title: string;
  region: string;
  description: string;
  url: string;
  /** The last day to apply, a Copenhagen calendar date ("2026-12-31"). */
  deadline: string;
};

export type JobStatusFilter = 'active' | 'expired' | 'all';

export type AdminJob = {
  id: number;
  title: string;
  company: string;
  companyId: number | null;
  region: string;
  url: string;
  description: string;
  path: string;
  publishedAt: string;
  expiresAt: string;
  /** The deadline as the form shows it. */
  deadline: string;
  active: boolean;
};

export const ADMIN_JOB_PAGE_SIZE = 25;

function toAdminJob(row: typeof jobs.$inferSelect, now: string): AdminJob {
  return {
    id: row.id,
    title: row.title,
    company: row.company,
    companyId: row.companyId,
    region: row.region,
    url: row.url,
    description: row.description,
    path: jobPath(row.id, row.slug),
    publishedAt: row.publishedAt,
    expiresAt: row.expiresAt,
    deadline: copenhagenDay(row.expiresAt),
    active: row.expiresAt > now,
  };
}

/** Jobs newest first, filtered by whether their deadline has passed. */
export function listJobsForAdmin({
  status,
  page,
  now = new Date().toISOString(),
}: {
  status: JobStatusFilter;
  page: number;
  now?: string;
}) {
  const where: SQL | undefined =
    status === 'active' ? gt(jobs.expiresAt, now) : status === 'expired' ? lte(jobs.expiresAt, now) : undefined;
  const db = getDb();
  const total = db.select({ n: count() }).from(jobs).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_JOB_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const items = db
    .select()
    .from(jobs)
    .where(where)
    .orderBy(desc(jobs.publishedAt), desc(jobs.id))
    .limit(ADMIN_JOB_PAGE_SIZE)
    .offset((current - 1) * ADMIN_JOB_PAGE_SIZE)
    .all()
    .map((row) => toAdminJob(row, now));
  return { items, total, page: current, pageCount };
}

export function getJobForAdmin(id: number): AdminJob | null {
  const row = getDb().select().from(jobs).where(eq(jobs.id, id)).get();
  return row ? toAdminJob(row, new Date().toISOString()) : null;
}

// The job board, the sidebar, company pages and sitemaps all read under `jobs`; a new company adds `companies`.
const tagsFor = (createdCompany: boolean) => (createdCompany ? [TAGS.jobs, TAGS.companies] : [TAGS.jobs]);

function columns(input: JobInput, company: { id: number; name: string }) {
  return {
    slug: slugify(`${input.title} ${company.name}`),
    company: company.name,
    companyId: company.id,
    title: input.title,
    region: input.region,
    url: input.url,
    description: input.description,
    expiresAt: endOfCopenhagenDay(input.deadline),
  };
}

export function createJob(input: JobInput, now = new Date()): { id: number; tags: string[] } {
  return getDb().transaction((tx) => {
    const company = resolveCompany(tx, input);
    const { id } = tx
      .insert(jobs)
      .values({ ...columns(input, company), publishedAt: now.toISOString() })
      .returning({ id: jobs.id })
      .get();
    return { id, tags: tagsFor(company.created) };
  });
}

/** Saves the job; a changed title gives it a new slug, and the old path 301s to the new one (routing.ts). */
export function updateJob(id: number, input: JobInput, now = new Date()): { tags: string[] } {
  return getDb().transaction((tx) => {
    const company = resolveCompany(tx, input);
    const result = tx
      .update(jobs)
      .set({ ...columns(input, company), updatedAt: now.toISOString() })
      .where(eq(jobs.id, id))
      .run();
    if (result.changes === 0) throw new UserError('Jobbet findes ikke længere.');
    return { tags: tagsFor(company.created) };
  });
}

/** Ends the job now: it leaves the lists and its page answers 410 Gone. */
export function expireJob(id: number, now = new Date()): { tags: string[] } {
  const result = getDb()
    .update(jobs)
    .set({ expiresAt: now.toISOString(), updatedAt: now.toISOString() })
    .where(and(eq(jobs.id, id), gt(jobs.expiresAt, now.toISOString())))
    .run();
  if (result.changes === 0) throw new UserError('Jobbet findes ikke, eller dets frist er allerede udløbet.');
  return { tags: [TAGS.jobs] };
}

export function deleteJob(id: number): { tags: string[] } {
  const result = getDb().delete(jobs).where(eq(jobs.id, id)).run();
  if (result.changes === 0) throw new UserError('Jobbet findes ikke længere.');
  return { tags: [TAGS.jobs] };
}
