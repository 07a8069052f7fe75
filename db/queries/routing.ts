import 'server-only';

import { eq } from 'drizzle-orm';

import { isSlugParam, parsePageParam } from '@/domain/params';
import { isReservedSlug } from '@/domain/slug';
import { getDb } from '@/db/client';
import { articles, authors, companies, jobs, peopleNews, sections, slugHistory, tags } from '@/db/schema';
import { movedAuthorSlug } from './authors';
import { movedSectionSlug } from './sections';
import { movedTagSlug } from './tag-admin';
import { jobPath, stillActive } from './jobs';

// What a public path means before any page renders: moved (301 to the current path), gone (410) or "let the page
// decide" (which renders it or answers 404). proxy.ts asks this for every two-segment path, so it is one or two
// indexed lookups and bypasses the data cache: a verdict is always as fresh as the database.

export type PathVerdict =
  { kind: 'page' } | { kind: 'moved'; location: string } | { kind: 'gone' } | { kind: 'missing' };

const PAGE: PathVerdict = { kind: 'page' };
const GONE: PathVerdict = { kind: 'gone' };
const MISSING: PathVerdict = { kind: 'missing' };

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
  if (isReservedSlug(section)) return PAGE;
  // A section's feed is a route of its own (a renamed section's moves with it); anything else not slug-shaped is no
  // article.
  if (slug === 'rss.xml') return isSlugParam(section) ? sectionVerdict(section, '/rss.xml', PAGE) : MISSING;
  if (!isSlugParam(section) || !isSlugParam(slug)) return MISSING;
  const here = articleBySlug(slug);
  if (here && here.section === section)
    return here.status === 'published' ? PAGE : here.status === 'unpublished' ? GONE : MISSING;

  const path = articlePath(section, slug);
  const moved = getDb()
    .select({ articleId: slugHistory.articleId })
    .from(slugHistory)
    .where(eq(slugHistory.path, path))
    .get();
  const target = moved ? articleById(moved.articleId) : here;
  if (!target) return MISSING;
  if (target.status === 'published') return { kind: 'moved', location: articlePath(target.section, target.slug) };
  return target.status === 'unpublished' ? GONE : MISSING;
}

/** `/job/<id>-<slug>`: a job reached by an old or missing slug moves to its current path; an expired job is gone. */
export function jobPathVerdict(segment: string): PathVerdict {
  const match = JOB_PATH.exec(segment);
  // A malformed id or slug part is junk, not an old address.
  if (!match || (match[2] !== undefined && !isSlugParam(match[2]))) return MISSING;
  const job = getDb()
    .select({ slug: jobs.slug, expiresAt: jobs.expiresAt })
    .from(jobs)
    .where(eq(jobs.id, Number(match[1])))
    .get();
  if (!job) return MISSING;
  if ((match[2] ?? '') !== job.slug) return { kind: 'moved', location: jobPath(Number(match[1]), job.slug) };
  // The expired job's own page says so, with a link to the board.
  return stillActive([job]).length === 0 ? GONE : PAGE;
}

/** `/<section><suffix>`: the section's page, a move to its current slug (a renamed section), or `otherwise`. */
function sectionVerdict(slug: string, suffix: string, otherwise: PathVerdict): PathVerdict {
  if (getDb().select({ id: sections.id }).from(sections).where(eq(sections.slug, slug)).get()) return PAGE;
  const current = movedSectionSlug(slug);
  return current ? { kind: 'moved', location: `/${current}${suffix}` } : otherwise;
}

/** Pages with a slug under a fixed first segment, and whether that slug exists. */
const DIRECTORY_PAGES: Record<string, (slug: string) => boolean> = {
  tag: (slug) => Boolean(getDb().select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get()),
  skribent: (slug) => Boolean(getDb().select({ id: authors.id }).from(authors).where(eq(authors.slug, slug)).get()),
  virksomhed: (slug) =>
    Boolean(getDb().select({ id: companies.id }).from(companies).where(eq(companies.slug, slug)).get()),
  navnenyt: (slug) =>
    Boolean(getDb().select({ id: peopleNews.id }).from(peopleNews).where(eq(peopleNews.slug, slug)).get()),
};

/** Directory pages whose slugs keep a history (renames, merges): the current slug for an old one, or null. */
const MOVED_DIRECTORY_SLUGS: Record<string, (slug: string) => string | null> = {
  skribent: movedAuthorSlug,
  tag: movedTagSlug,
};

/** `/<first>/<slug>` under a directory: the page, a move to the current slug, or nothing. */
function directoryVerdict(first: string, slug: string, suffix = ''): PathVerdict {
  if (!isSlugParam(slug)) return MISSING;
  if (DIRECTORY_PAGES[first]!(slug)) return PAGE;
  const current = MOVED_DIRECTORY_SLUGS[first]?.(slug);
  return current ? { kind: 'moved', location: `/${first}/${current}${suffix}` } : MISSING;
}

/**
 * The verdict for any public path (proxy.ts asks before rendering; pages ask again when they find nothing, to
 * render the right message for the status the proxy set). "Missing" paths are answered 404 by the proxy and the
 * page renders the not-found message itself: Next's notFound() sends an empty HTML shell in production builds
 * (vercel/next.js#62228), which readers without JavaScript and crawlers would see as a blank page.
 */
export function pathVerdict(pathname: string): PathVerdict {
  const verdict = exactPathVerdict(pathname);
  // Addresses are lower-case; "/Nyheder/…" moves to the lower-case address when that one exists.
  if (verdict.kind !== 'missing' || pathname === pathname.toLowerCase()) return verdict;
  const lower = exactPathVerdict(pathname.toLowerCase());
  if (lower.kind === 'page' || lower.kind === 'gone') return { kind: 'moved', location: pathname.toLowerCase() };
  return lower;
}

/** Single segments that are files or routes of the site's own, not sections (app/ and public/). */
const TOP_LEVEL_FILES = new Set([
  'robots.txt',
  'sitemap.xml',
  'news-sitemap.xml',
  'rss.xml',
  'icon.png',
  'logo.png',
  'og-default.png',
]);

/** Reserved first segments with pages of their own below them; below the others there is nothing. */
const ROUTES_WITH_CHILDREN = new Set(['forside', 'sitemaps', 'medier', 'admin', 'api', '_next']);

function exactPathVerdict(pathname: string): PathVerdict {
  const segments = pathname.split('/').slice(1);
  if (segments.length === 1) {
    const [slug = ''] = segments;
    if (slug === '' || TOP_LEVEL_FILES.has(slug)) return PAGE;
    // Reserved names are the site's routes, except file names it does not serve ("/favicon.ico": the icon is /icon.png).
    if (isReservedSlug(slug)) return slug.includes('.') ? MISSING : PAGE;
    // Anything else is a section, a renamed section's old slug, or nothing (scanners' "/wp-login.php" included).
    if (!isSlugParam(slug)) return MISSING;
    return sectionVerdict(slug, '', MISSING);
  }
  const [first = '', second = '', third] = segments;
  // A renamed or merged author's (or tag's) feed moves with its page; any other feed path is its route's to answer.
  if (segments.length === 3 && third === 'rss.xml' && MOVED_DIRECTORY_SLUGS[first]) {
    const verdict = directoryVerdict(first, second, '/rss.xml');
    return verdict.kind === 'moved' ? verdict : PAGE;
  }
  if (segments.length !== 2) return PAGE;
  if (first === 'job') return jobPathVerdict(second);
  if (DIRECTORY_PAGES[first]) return directoryVerdict(first, second);
  if (isReservedSlug(first) && !ROUTES_WITH_CHILDREN.has(first)) return MISSING;
  return articlePathVerdict(first, second);
}

/** Listings paged with `?side=`: sections, tag and author pages, Navnenyt, sponsored content and search. */
export function isPagedListing(pathname: string): boolean {
  const [first = '', second, ...rest] = pathname.split('/').slice(1);
  if (rest.length > 0) return false;
  if (second !== undefined) return (first === 'tag' || first === 'skribent') && second !== 'rss.xml';
  return ['navnenyt', 'annonceindlaeg', 'soeg'].includes(first) || (isSlugParam(first) && !isReservedSlug(first));
}

/**
 * For pages that found nothing: whether proxy.ts has answered this path (or its malformed `?side=`) 404, so the
 * page renders the message itself instead of calling notFound().
 */
export function isMissingPath(pathname: string, side?: string | string[]): boolean {
  return isMalformedPage(pathname, side) || pathVerdict(pathname).kind === 'missing';
}

/** A paged listing asked for a `?side=` that is no page number ("0", "abc", two of them): proxy.ts answers 404. */
export function isMalformedPage(pathname: string, side: string | string[] | undefined): boolean {
  return side !== undefined && parsePageParam(side) === null && isPagedListing(pathname);
}
