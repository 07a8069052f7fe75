import 'server-only';

import { TAGS } from '@/domain/cache-tags';
import { cached } from '@/db/cache';
import { getActiveJobList, type JobSummary } from './jobs';
import { peopleNewsRows, type PeopleNewsItem } from './people-news';

// The sidebar's job and Navnenyt widgets read the same rows as the job board and the Navnenyt page
// (db/queries/jobs.ts, db/queries/people-news.ts), so a link in a widget always leads to the same job or entry.

export type JobListing = JobSummary;
export type PeopleNewsEntry = PeopleNewsItem;

/** Active jobs, newest first; a job disappears the moment its deadline passes (see getActiveJobList). */
export async function getActiveJobs({ limit }: { limit: number }): Promise<JobListing[]> {
  return (await getActiveJobList()).slice(0, limit);
}

export const getLatestPeopleNews = cached(
  ({ limit }: { limit: number }): PeopleNewsEntry[] => peopleNewsRows({ limit }),
  ['latest-people-news'],
  [TAGS.peopleNews, TAGS.companies],
);
