import 'server-only';

import { eq } from 'drizzle-orm';

import { isSlugParam } from '@/lib/params';
import { isReservedSlug } from '@/lib/slug';
import { getDb } from '../client';
import { articles, jobs, sections, slugHistory } from '../schema';
import { jobPath, stillActive } from './jobs';

// What a public path means before any page renders: moved (301 to the current path), gone (410) or "let the page
// decide" (which renders it or answers 404). proxy.ts asks this for every two-segment path, so it is one or two
// indexed lookups and bypasses the data cache: a verdict is always as fresh as the database.

export type PathVerdict =
  | { kind: 'page' }
  | { kind: 'moved'; location: string }
  | { kind: 'gone' };

const PAGE: PathVerdict = { kind: 'page' };
const GONE: PathVerdict = { kind: 'gone' };

/** "/job/<id>-<slug>" (the slug part optional), as the job page reads it. */
const JOB_PATH = /^([1-9]\d{0,11})(?:-(.*))?$/;

const articlePath = (section: string, slug: string) => `/${section}/${slug}`;

function articleById(id: number) {
  return getDb()
    .select({ slug: articles.slug, status: articles.status, section: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id))
    .get();
}

function articleBySlug(slug: string) {
  return getDb()
    .select({ slug: articles.slug, status: articles.status, section: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.slug, slug))
    .get();
}

/**
 * `/<section>/<slug>`: the article living there renders (or is gone when unpublished); an old path from the slug
 * history, or the right slug under a section it has left, moves to the article's current path in one hop. Articles
 * that were never published stay 404 whatever path reaches them, so drafts don't leak.
 */
export function articlePathVerdict(section: string, slug: string): PathVerdict {
  if (isReservedSlug(section) || !isSlugParam(section) || !isSlugParam(slug)) return PAGE;
  const here = articleBySlug(slug);
  if (here && here.section === section) return here.status === 'unpublished' ? GONE : PAGE;

  const path = articlePath(section, slug);
  const moved = getDb().select({ articleId: slugHistory.articleId }).from(slugHistory).where(eq(slugHistory.path, path)).get();
  const target = moved ? articleById(moved.articleId) : here;
  if (!target) return PAGE;
  if (target.status === 'published') return { kind: 'moved', location: articlePath(target.section, target.slug) };
  return target.status === 'unpublished' ? GONE : PAGE;
}

/** `/job/<id>-<slug>`: a job reached by an old or missing slug moves to its current path; an expired job is gone. */
export function jobPathVerdict(segment: string): PathVerdict {
  const match = JOB_PATH.exec(segment);
  // A malformed slug part is junk, not an old address: the page answers 404.
  if (!match || (match[2] !== undefined && !isSlugParam(match[2]))) return PAGE;
  const job = getDb()
    .select({ slug: jobs.slug, expiresAt: jobs.expiresAt })
    .from(jobs)
    .where(eq(jobs.id, Number(match[1])))
    .get();
  if (!job) return PAGE;
  if ((match[2] ?? '') !== job.slug) return { kind: 'moved', location: jobPath(Number(match[1]), job.slug) };
  // The expired job's own page says so, with a link to the board.
  return stillActive([job]).length === 0 ? GONE : PAGE;
}
