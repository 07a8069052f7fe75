import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { desc, eq, isNotNull, sql } from 'drizzle-orm';
import type Database from 'better-sqlite3';

import { generateArchive } from '@/db/archive/generate';
import { getDb } from '@/db/client';
import { articles, articleTags, authors, companies, sections, tags } from '@/db/schema';
import { demoDatabaseForTests } from '@/db/test-database';
import { getArticleTeasers, getPublishedArticleBySlug, getSectionNeighbours } from '@/db/queries/article-page';
import { getAuthorPage, getFrontPage, getSectionPage, getSponsoredPage, getTagPage } from '@/db/queries/listings';
import { getCompanyPage } from './companies';
import { findArticlesForPicker } from '@/db/queries/editor';
import { getFeed } from './feeds';
import { findPinCandidates } from './front-page';
import { getJobBoard } from './jobs';
import { listNewsroomArticles, SORTS, type SortKey } from './newsroom';
import { getPeopleNewsLabels, getPeopleNewsPage } from './people-news';
import { listAuthorsForAdmin } from './authors';
import { getFeaturedTags, getSections } from '@/db/queries/listings';
import { articlePathVerdict, pathVerdict } from './routing';
import { listSectionsForAdmin } from './sections';
import { listTagsForAdmin } from './tag-admin';
import { searchArticles } from './search';
import { getNewsSitemap, getSitemapFile, getSitemapIndex } from './sitemaps';
import { getSponsorCampaign } from './sponsor-campaigns';
import { getMostRead } from './views';
import { getActiveJobs, getLatestPeopleNews } from './widgets';

// Every query a page runs, on a generated archive with the planner's statistics gathered (as the server does with
// PRAGMA optimize): none may scan a table that grows with the archive, or sort such a table's rows in a temporary
// B-tree. The page queries are run for real while every statement they prepare is recorded with its parameters;
// then EXPLAIN QUERY PLAN is asked of each. A plan that passes here is one whose cost does not grow with the
// archive (the archive benchmark, `npm run bench -- --archive`, measures the times).

const ARCHIVE = 3_000;

/** Tables with a row (or more) per article: a full pass over one of them is a pass over the archive. */
const ARCHIVE_TABLES = [
  'articles',
  'article_tags',
  'article_authors',
  'article_related',
  'revisions',
  'page_views',
  'article_corrections',
  'slug_history',
];
/** Tables that grow with the archive more slowly (a job or Navnenyt entry per 20–100 articles, a tag per 60). */
const GROWING_TABLES = ['jobs', 'people_news', 'tags'];
const FTS_TABLES = ['articles_fts', 'article_titles'];

demoDatabaseForTests('query-plans', () => {
  generateArchive(getDb(), { articles: ARCHIVE, seed: 7 });
  getDb().run(sql`ANALYZE`);
});

type Recorded = { sql: string; params: unknown[] };

/** Runs `work` and returns every statement it executed, with its parameters. */
async function recordStatements(work: () => Promise<unknown>): Promise<Recorded[]> {
  const client = (getDb() as unknown as { $client: Database.Database }).$client;
  const recorded: Recorded[] = [];
  const prepare = client.prepare.bind(client);
  client.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of ['all', 'get', 'run', 'iterate', 'raw', 'values'] as const) {
      const original = (statement as unknown as Record<string, unknown>)[method];
      if (typeof original !== 'function') continue;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        if (method !== 'raw') recorded.push({ sql: source, params });
        const result = (original as (...args: unknown[]) => unknown).apply(statement, params);
        // Drizzle calls raw() to get rows as arrays and then one of the others on what it returns.
        return result === statement ? statement : result;
      };
    }
    return statement;
  }) as typeof client.prepare;
  try {
    await work();
  } finally {
    client.prepare = prepare;
  }
  return recorded;
}

type PlanRow = { id: number; parent: number; detail: string };

/** The statement's table aliases ("articles_fts f", "articles AS a"), so a plan's "SEARCH a" is read as articles. */
function aliases(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, table, alias] of source.matchAll(
    /\b(?:FROM|JOIN)\s+"?(\w+)"?(?:\s+(?:AS\s+)?(?!ON\b|WHERE\b|JOIN\b|CROSS\b|INNER\b|LEFT\b|ORDER\b|GROUP\b|LIMIT\b)"?(\w+)"?)?/gi,
  )) {
    if (alias) map.set(alias, table!);
  }
  return map;
}

/**
 * Reads bounded by something other than the archive: the week's page views (a week's readers), and one author's
 * articles in the newsroom's author filter (what one person writes; sorting a few thousand of them is what the
 * filter costs, and it does not grow with everyone else's articles).
 */
const BOUNDED_OTHERWISE = [
  /^SEARCH page_views USING (COVERING )?INDEX page_views_day_idx \(day>\?\)$/,
  /^SEARCH article_authors USING (COVERING )?INDEX article_authors_listing_idx \(author_id=\?\)$/,
];

/** What is wrong with a statement's plan, if anything. */
function planProblems({ sql: source, params }: Recorded): string[] {
  const client = (getDb() as unknown as { $client: Database.Database }).$client;
  const names = aliases(source);
  const plan = (client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...(params as unknown[])) as PlanRow[]).map(
    (row) => ({
      ...row,
      detail: row.detail.replace(
        /^(SCAN|SEARCH) (\w+)\b/,
        (whole, verb: string, name: string) => `${verb} ${names.get(name) ?? name}`,
      ),
    }),
  );
  const problems: string[] = [];
  // Rows of an archive table reached by article (its primary key, or the rows of one article in a link table)
  // are as many as the articles the statement names; any other way in (a scan, a range, a tag's or an author's
  // rows) can be as many as the archive holds, and sorting those is what must not happen.
  const perArticle =
    /USING (INTEGER PRIMARY KEY \(rowid=\?\)|(COVERING )?INDEX \w+ \((article_id|rowid)=\?( AND [^<>)]*)?\))$/;
  const readsArchive = plan.some((row) =>
    ARCHIVE_TABLES.some(
      (table) =>
        new RegExp(`^(SCAN|SEARCH) ${table}\\b`).test(row.detail) &&
        !perArticle.test(row.detail) &&
        !BOUNDED_OTHERWISE.some((pattern) => pattern.test(row.detail)),
    ),
  );
  // An index walked in order is a scan that stops: only with a LIMIT (the newest 15, page 3 of a list).
  const stops = /\blimit\b/i.test(source);
  for (const { detail } of plan) {
    const scanned = /^SCAN (\w+)(?: AS \w+)?(.*)$/.exec(detail);
    if (scanned) {
      const [, table, rest] = scanned;
      const walk = /USING (COVERING )?INDEX/.test(rest!) && stops;
      if (ARCHIVE_TABLES.includes(table!) && !walk) problems.push(`full scan: ${detail}`);
      // The smaller tables may be counted through an index of their own, never read row by row.
      if (GROWING_TABLES.includes(table!) && !walk && !/USING COVERING INDEX/.test(rest!))
        problems.push(`full scan: ${detail}`);
      // A virtual table "scan" is an index lookup when it has a MATCH (M), GLOB (G) or LIKE (L) constraint or a
      // rowid bound/lookup; without one it reads the whole index.
      if (FTS_TABLES.includes(table!) && /VIRTUAL TABLE INDEX \d+:$/.test(rest!))
        problems.push(`full index read: ${detail}`);
    }
    if (/USE TEMP B-TREE/.test(detail) && readsArchive) problems.push(`sort of archive rows: ${detail}`);
  }
  return problems;
}

async function assertPlans(label: string, work: () => Promise<unknown>) {
  const statements = await recordStatements(work);
  assert.ok(statements.length > 0, `${label}: no statements recorded`);
  const problems = [
    ...new Set(
      statements.flatMap((statement) =>
        planProblems(statement).map((problem) => `${problem}\n    in: ${statement.sql.slice(0, 300)}`),
      ),
    ),
  ];
  assert.deepEqual(problems, [], `${label}:\n  ${problems.join('\n  ')}`);
}

function samples() {
  const db = getDb();
  const popularTag = db.get<{ slug: string }>(
    sql`SELECT t.slug FROM tags t JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`,
  );
  const author = db.select({ slug: authors.slug }).from(authors).limit(1).get()!;
  const article = db
    .select({ id: articles.id, slug: articles.slug, section: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.status, 'published'))
    .orderBy(desc(articles.id))
    .limit(1)
    .get()!;
  const company = db.select({ slug: companies.slug }).from(companies).where(isNotNull(companies.tagId)).limit(1).get()!;
  const tagRow = db
    .select({ id: tags.id })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .limit(1)
    .get()!;
  return { popularTag: popularTag.slug, author: author.slug, article, company: company.slug, tagId: tagRow.id };
}

describe('query plans on a generated archive', () => {
  it('reader pages: front page, sections, tags, authors, sponsored, article', async () => {
    const { popularTag, author, article } = samples();
    await assertPlans('front page', () => getFrontPage());
    for (const page of [1, 2, 30]) {
      await assertPlans(`section page ${page}`, () => getSectionPage({ slug: 'nyheder', page }));
      await assertPlans(`tag page ${page}`, () => getTagPage({ slug: popularTag, page }));
      await assertPlans(`author page ${page}`, () => getAuthorPage({ slug: author, page }));
    }
    await assertPlans('sponsored page', () => getSponsoredPage({ page: 1 }));
    await assertPlans('article page', async () => {
      await getPublishedArticleBySlug({ slug: article.slug });
      await getArticleTeasers({ ids: [article.id, article.id - 1, article.id - 2] });
      await getSectionNeighbours({ id: article.id, sectionSlug: article.section });
      articlePathVerdict(article.section, article.slug);
    });
  });

  it('the sidebar and the directory: most read, jobs, Navnenyt, sponsor, companies', async () => {
    const { company } = samples();
    await assertPlans('sidebar', async () => {
      await getMostRead();
      await getActiveJobs({ limit: 5 });
      await getLatestPeopleNews({ limit: 5 });
      await getSponsorCampaign();
    });
    await assertPlans('job board', () => getJobBoard({}));
    await assertPlans('Navnenyt', async () => {
      await getPeopleNewsLabels();
      await getPeopleNewsPage({ page: 3 });
    });
    await assertPlans('company page', () => getCompanyPage({ slug: company }));
  });

  it('search: rare, common, several words, æøå, prefixes, filters and later pages', async () => {
    for (const q of [
      'sikkerhed',
      'cloud sikkerhed',
      'økonomi',
      'københavn',
      'digi',
      'kom',
      'og',
      'Netcompany kontrakt',
      'zoom',
    ]) {
      await assertPlans(`search ${q}`, () => searchArticles({ q, page: 1 }));
    }
    await assertPlans('search in a section', () => searchArticles({ q: 'cloud', section: 'sikkerhed', page: 1 }));
    await assertPlans('search in a period', () => searchArticles({ q: 'cloud', period: 'maaned', page: 1 }));
    await assertPlans('search page 3', () => searchArticles({ q: 'data', page: 3 }));
  });

  it('feeds and sitemaps', async () => {
    const { popularTag, author } = samples();
    await assertPlans('feeds', async () => {
      await getFeed({ kind: 'site' });
      await getFeed({ kind: 'section', slug: 'sikkerhed' });
      await getFeed({ kind: 'tag', slug: popularTag });
      await getFeed({ kind: 'author', slug: author });
    });
    const index = await getSitemapIndex();
    await assertPlans('sitemap index', () => getSitemapIndex());
    await assertPlans('news sitemap', () => getNewsSitemap());
    for (const file of [
      index[0],
      index.find((entry) => entry.path.includes('emner-')),
      index.find((entry) => entry.path.includes('navnenyt-')),
      index.at(-1),
      index[Math.floor(index.length / 2)],
    ]) {
      assert.ok(file, 'a sitemap of each kind');
      await assertPlans(file.path, () => getSitemapFile(file.path.replace('/sitemaps/', '')));
    }
  });

  it('the newsroom: every filter and sort, the title search, deep pages and the pickers', async () => {
    const { author } = samples();
    for (const sort of Object.keys(SORTS) as SortKey[]) {
      for (const direction of ['asc', 'desc'] as const) {
        await assertPlans(`newsroom ${sort} ${direction}`, async () => {
          listNewsroomArticles({ sort, direction });
          listNewsroomArticles({ sort, direction, page: 40 });
          listNewsroomArticles({ sort, direction, status: 'published' });
          listNewsroomArticles({ sort, direction, section: 'cloud', page: 5 });
        });
      }
    }
    await assertPlans('newsroom filters', async () => {
      listNewsroomArticles({ status: 'draft' });
      listNewsroomArticles({ author });
      listNewsroomArticles({ author, status: 'published', page: 2 });
      listNewsroomArticles({ q: 'netcompany' });
      listNewsroomArticles({ q: 'sikkerhed', status: 'published', sort: 'titel', direction: 'asc' });
    });
    await assertPlans('authors, sections and tags admin', async () => {
      listAuthorsForAdmin();
      listSectionsForAdmin();
      listTagsForAdmin({ query: '', page: 1 });
      listTagsForAdmin({ query: '', page: 20 });
      listTagsForAdmin({ query: 'cloud', page: 1 });
    });
    await assertPlans('the menu, the Fokus row and old slugs', async () => {
      await getSections();
      await getFeaturedTags();
      pathVerdict('/gammel-sektion');
      pathVerdict('/gammel-sektion/rss.xml');
      pathVerdict('/tag/gammelt-emne');
      pathVerdict('/tag/gammelt-emne/rss.xml');
      pathVerdict(`/skribent/${author}`);
      pathVerdict('/skribent/gammel-skribent');
    });
    await assertPlans('pickers', async () => {
      findArticlesForPicker('cloud');
      findPinCandidates('data');
      findPinCandidates('');
    });
  });
});
