import 'server-only';

import { and, desc, eq, gt } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { getDb } from '@/db/client';
import { companies, jobs } from '@/db/schema';
import { cached } from '@/db/cache';

export type JobSummary = {
  id: number;
  slug: string;
  /** The job's page on Spalte, `/job/<id>-<slug>`. */
  path: string;
  title: string;
  /** The company's full name ("KMD A/S"). */
  company: string;
  /** Set when the job belongs to a company with its own page (`/virksomhed/<slug>`). */
  companySlug: string | null;
  region: string;
  /** The employer's own job advert, where readers apply. */
  url: string;
  publishedAt: string;
  expiresAt: string;
};

export type JobDetail = JobSummary & { description: string; companyWebsite: string | null };

export type JobBoard = {
  jobs: JobSummary[];
  /** Every active job, before the filters. */
  total: number;
  regions: { name: string; count: number }[];
  companies: { slug: string; name: string; count: number }[];
  /** The filters in effect: unknown values from the URL are dropped. */
  region: string | null;
  company: string | null;
};

export const jobPath = (id: number, slug: string) => (slug ? `/job/${id}-${slug}` : `/job/${id}`);

const danishOrder = new Intl.Collator('da-DK').compare;

const jobColumns = {
  id: jobs.id,
  slug: jobs.slug,
  title: jobs.title,
  jobCompany: jobs.company,
  companyName: companies.name,
  companySlug: companies.slug,
  region: jobs.region,
  url: jobs.url,
  publishedAt: jobs.publishedAt,
  expiresAt: jobs.expiresAt,
};

type JobRow = {
  id: number;
  slug: string;
  title: string;
  jobCompany: string;
  companyName: string | null;
  companySlug: string | null;
  region: string;
  url: string;
  publishedAt: string;
  expiresAt: string;
};

function toJobSummary({ jobCompany, companyName, ...row }: JobRow): JobSummary {
  return { ...row, path: jobPath(row.id, row.slug), company: companyName ?? jobCompany };
}

/** Drops the jobs whose deadline has passed since the (cached) list was read. */
export function stillActive<T extends { expiresAt: string }>(list: T[], now = new Date().toISOString()): T[] {
  return list.filter((job) => job.expiresAt > now);
}

/** Jobs active right now, newest first; all of them or one company's. Not cached: callers cache what they build. */
export function activeJobRows({ companyId }: { companyId?: number } = {}): JobSummary[] {
  const active = gt(jobs.expiresAt, new Date().toISOString());
  return getDb()
    .select(jobColumns)
    .from(jobs)
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(companyId === undefined ? active : and(active, eq(jobs.companyId, companyId)))
    .orderBy(desc(jobs.publishedAt), desc(jobs.id))
    .all()
    .map(toJobSummary);
}

// Cached as "active when the list was read"; every caller filters again with `stillActive`, so a job disappears
// the moment its deadline passes even while the cached list lives on. The hour bounds how long a list can miss a
// change made behind the newsroom's back (a script that forgets to expire the tag).
const getCachedActiveJobs = cached(() => activeJobRows(), ['active-jobs'], [TAGS.jobs, TAGS.companies], {
  revalidate: 3600,
});

/** Every active job, newest first (the sidebar widget and the job board share this list). */
export async function getActiveJobList(): Promise<JobSummary[]> {
  return stillActive(await getCachedActiveJobs());
}

function countBy<T>(list: T[], key: (item: T) => string): Map<string, { item: T; count: number }> {
  const counts = new Map<string, { item: T; count: number }>();
  for (const item of list) {
    const k = key(item);
    const seen = counts.get(k);
    if (seen) seen.count += 1;
    else counts.set(k, { item, count: 1 });
  }
  return counts;
}

/**
 * The job board: active jobs, newest first, narrowed to a region and/or a company (by slug). Values that match
 * no active job are ignored rather than refused: they come from old links as often as from tampering. The
 * choices offered are the regions and companies that have active jobs, with their counts.
 */
export async function getJobBoard({ region, company }: { region?: string; company?: string } = {}): Promise<JobBoard> {
  const all = await getActiveJobList();
  const regions = [...countBy(all, (job) => job.region).entries()]
    .map(([name, { count }]) => ({ name, count }))
    .sort((a, b) => danishOrder(a.name, b.name));
  const companyChoices = [
    ...countBy(
      all.filter((job) => job.companySlug),
      (job) => job.companySlug!,
    ).entries(),
  ]
    .map(([slug, { item, count }]) => ({ slug, name: item.company, count }))
    .sort((a, b) => danishOrder(a.name, b.name));
  const regionFilter = regions.some((r) => r.name === region) ? region! : null;
  const companyFilter = companyChoices.some((c) => c.slug === company) ? company! : null;
  return {
    jobs: all.filter(
      (job) => (!regionFilter || job.region === regionFilter) && (!companyFilter || job.companySlug === companyFilter),
    ),
    total: all.length,
    regions,
    companies: companyChoices,
    region: regionFilter,
    company: companyFilter,
  };
}

const getCachedJob = cached(
  ({ id }: { id: number }): JobDetail | null => {
    const row = getDb()
      .select({ ...jobColumns, description: jobs.description, companyWebsite: companies.website })
      .from(jobs)
      .leftJoin(companies, eq(companies.id, jobs.companyId))
      .where(eq(jobs.id, id))
      .get();
    if (!row) return null;
    const { description, companyWebsite, ...summary } = row;
    return { ...toJobSummary(summary), description, companyWebsite };
  },
  ['job-by-id'],
  [TAGS.jobs, TAGS.companies],
);

/**
 * One job by id, expired or not (an expired job's page tells the reader it is gone); `active` is decided at the
 * moment of the request, not when the job was cached.
 */
export async function getJob({ id }: { id: number }): Promise<{ job: JobDetail; active: boolean } | null> {
  const job = await getCachedJob({ id });
  return job ? { job, active: stillActive([job]).length === 1 } : null;
}
