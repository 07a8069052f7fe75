import 'server-only';

import { desc, gt } from 'drizzle-orm';

import { TAGS } from '@/lib/cache-tags';
import { getDb } from '../client';
import { jobs, peopleNews } from '../schema';
import { cached } from './cache';

export type JobListing = {
  id: number;
  slug: string;
  company: string;
  title: string;
  region: string;
  url: string;
  publishedAt: string;
  expiresAt: string;
};

export type PeopleNewsEntry = {
  id: number;
  slug: string;
  name: string;
  company: string;
  role: string;
  startDate: string | null;
  body: string;
  label: string;
  publishedAt: string;
};

// Jobs are cached as "active when the list was read"; expiry is checked again on every call, so a job
// disappears the moment its deadline passes even while the cached list lives on.
const getCachedActiveJobs = cached(
  (): JobListing[] =>
    getDb()
      .select({
        id: jobs.id,
        slug: jobs.slug,
        company: jobs.company,
        title: jobs.title,
        region: jobs.region,
        url: jobs.url,
        publishedAt: jobs.publishedAt,
        expiresAt: jobs.expiresAt,
      })
      .from(jobs)
      .where(gt(jobs.expiresAt, new Date().toISOString()))
      .orderBy(desc(jobs.publishedAt), desc(jobs.id))
      .all(),
  ['active-jobs'],
  [TAGS.jobs],
  { revalidate: 3600 },
);

/** Active jobs, newest first. */
export async function getActiveJobs({ limit }: { limit: number }): Promise<JobListing[]> {
  const now = new Date().toISOString();
  return (await getCachedActiveJobs()).filter((job) => job.expiresAt > now).slice(0, limit);
}

export const getLatestPeopleNews = cached(
  ({ limit }: { limit: number }): PeopleNewsEntry[] =>
    getDb()
      .select({
        id: peopleNews.id,
        slug: peopleNews.slug,
        name: peopleNews.name,
        company: peopleNews.company,
        role: peopleNews.role,
        startDate: peopleNews.startDate,
        body: peopleNews.body,
        label: peopleNews.label,
        publishedAt: peopleNews.publishedAt,
      })
      .from(peopleNews)
      .orderBy(desc(peopleNews.publishedAt), desc(peopleNews.id))
      .limit(limit)
      .all(),
  ['latest-people-news'],
  [TAGS.peopleNews],
);
