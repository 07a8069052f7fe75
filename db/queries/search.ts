import 'server-only';

import { eq, inArray, sql } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { highlight, MARK_END, MARK_START, queryMatcher, snippet, termMatchers } from '@/domain/search/marks';
import { buildFtsQuery, expandedFtsGroups, MAX_PREFIX_WORDS } from '@/domain/search/query';
import { getDb } from '@/db/client';
import { articles, sections } from '@/db/schema';
import { searchIndexStatus } from '@/db/search-index';
import { PAGE_SIZE } from '@/db/queries/listings';
import { teaserQuery, toTeaser, type ArticleTeaser } from '@/db/queries/teasers';
import { cached } from '@/db/cache';

export const SEARCH_PERIODS = {
  doegn: { label: 'Seneste døgn', days: 1 },
  uge: { label: 'Seneste uge', days: 7 },
  maaned: { label: 'Seneste måned', days: 31 },
  aar: { label: 'Seneste år', days: 366 },
} as const;
export type SearchPeriod = keyof typeof SEARCH_PERIODS;

/** Marks around matched words in `titleMarked` and `snippet`; the page turns them into <mark>. */
export { MARK_END, MARK_START };

/**
 * How many of the newest matches a search ranks. A word found in half the archive must not cost a pass over half
 * the archive: the index is read newest first (its rowid is articles.search_key) and stops here, so a search costs
 * the same at 300,000 articles as at 3,000. Readers see "more than" this many and the best of the newest.
 */
export const SEARCH_MAX_HITS = 200;
/** How many of the newest matches a bounded search looks through for SEARCH_MAX_HITS that pass its filters. */
export const SEARCH_MAX_EXAMINED = 20_000;

/** articles.search_key keeps the article id in its low 27 bits (db/schema.ts). */
const KEY_ID_BITS = 134217727;
const KEY_MINUTE = 134217728;
/** The smallest search key of anything published at or after `iso`: the index can skip everything older. */
const searchKeyAt = (iso: string) =>
  Math.max(0, Math.floor((Date.parse(iso) - Date.UTC(2000, 0, 1)) / 60_000)) * KEY_MINUTE;

export type SearchHit = ArticleTeaser & { titleMarked: string; snippet: string };
export type SearchResults = {
  hits: SearchHit[];
  /** Matches found; when `capped`, there are more than this and the newest `total` were ranked. */
  total: number;
  capped: boolean;
  page: number;
  pageCount: number;
  /** The index is being rebuilt (db/search-index.ts), so older articles may be missing. */
  rebuilding: boolean;
};

/** A match; `score` is BM25 as FTS5 gives it (negative, lower is better), or a bounded search's field score. */
type Candidate = { id: number; key: number; publishedAt: string; score: number };

type FieldTexts = { title: string; lead: string; tags: string };
const WORDS = /[\p{L}\p{N}\p{Co}]+/gu;

/** Field weights, as in BM25 here: title, tags, lead, body. */
const WEIGHTS = { title: 10, tags: 6, lead: 4, body: 1 };
type TextRow = { key: number; title: string; lead: string; body: string };

/** Words of the index that start with `prefix`, from its vocabulary (search_terms). */
function wordsStartingWith(prefix: string): string[] {
  return getDb()
    .all<{ term: string }>(
      sql`SELECT term FROM search_terms WHERE term >= ${prefix} AND term < ${`${prefix}\u{10FFFF}`} ORDER BY term LIMIT ${MAX_PREFIX_WORDS}`,
    )
    .map((row) => row.term);
}

/**
 * Relevance (`score`, lower is better) boosted for recency, so of two equally good matches the newer wins; ties go
 * to the newer article.
 */
function rank(candidates: Candidate[], now: number): Candidate[] {
  const boosted = (c: Candidate) =>
    c.score * (1 + 1 / (1 + Math.max(0, (now - Date.parse(c.publishedAt)) / 86_400_000) / 30));
  return candidates
    .map((candidate) => ({ candidate, order: boosted(candidate) }))
    .sort(
      (a, b) =>
        a.order - b.order ||
        (b.candidate.publishedAt > a.candidate.publishedAt
          ? 1
          : b.candidate.publishedAt < a.candidate.publishedAt
            ? -1
            : 0),
    )
    .map(({ candidate }) => candidate);
}

/** Whether at most `limit` indexed articles match an FTS5 expression (read newest first, stopping at limit + 1). */
function matchesAtMost(match: string, limit: number): boolean {
  const row = getDb().get<{ n: number }>(
    sql`SELECT count(*) AS n FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${limit + 1})`,
  );
  return row.n <= limit;
}

/**
 * Which MATCH expression a search runs. When every word is specific (each matches at most SEARCH_MAX_HITS articles
 * on its own), the query as typed: prefixes as FTS5 prefix phrases, every match ranked by BM25 (reading the words'
 * lists in full is cheap when they are short). When a word is common, the search is bounded: only the newest
 * SEARCH_MAX_HITS matches are read (see fieldScores), so a search for a word in half the archive costs the same as
 * one for a word in a hundred articles. In a bounded search a word that is common by itself ("cloud") matches as
 * itself, not as the prefix of every compound it starts: two such words intersect in a few milliseconds, where two
 * lists of dozens of compounds each took tens. Other words' prefixes are spelled out as the indexed words they
 * start (FTS5 merges every such word's list in full for a prefix phrase).
 */
function chooseMatch(q: string): { match: string; bounded: boolean } | 'no-words' | 'no-hits' {
  const exact = buildFtsQuery(q);
  const groups = expandedFtsGroups(q, wordsStartingWith);
  if (!exact || !groups) return 'no-words';
  if (groups.some(({ group }) => group === '')) return 'no-hits';
  const common = groups.map(({ group, complete }) => !complete || !matchesAtMost(group, SEARCH_MAX_HITS));
  if (!common.some(Boolean)) return { match: exact, bounded: false };
  const match = groups
    .map(({ group, whole }, index) => (common[index] && !matchesAtMost(whole, SEARCH_MAX_HITS) ? whole : group))
    .join(' AND ');
  return { match, bounded: true };
}

/** The title, lead and tags of bounded candidates, from the index's own text. */
function withFieldTexts(candidates: Candidate[]): (Candidate & FieldTexts)[] {
  if (candidates.length === 0) return [];
  const texts = new Map(
    getDb()
      .all<FieldTexts & { key: number }>(
        sql`SELECT rowid AS key, title, lead, tags FROM articles_fts WHERE rowid IN ${candidates.map((c) => c.key)}`,
      )
      .map((row) => [row.key, row]),
  );
  return candidates.map((candidate) => ({ title: '', lead: '', tags: '', ...texts.get(candidate.key), ...candidate }));
}

function fieldScores(q: string, candidates: (Candidate & FieldTexts)[]): Candidate[] {
  const matchers = termMatchers(q);
  return candidates.map(({ title, lead, tags, ...candidate }) => {
    const words = (text: string) => text.match(WORDS) ?? [];
    const fields: [string[], number][] = [
      [words(title), WEIGHTS.title],
      [words(tags), WEIGHTS.tags],
      [words(lead), WEIGHTS.lead],
    ];
    let score = 0;
    for (const matches of matchers) {
      score += WEIGHTS.body;
      for (const [list, weight] of fields) if (list.some(matches)) score += weight;
    }
    return { ...candidate, score: -score };
  });
}

function runSearch({
  q,
  section,
  period,
  page,
}: {
  q: string;
  section?: string;
  period?: SearchPeriod;
  page: number;
}): SearchResults | null {
  const db = getDb();
  const rebuilding = searchIndexStatus(db).rebuilding;
  const empty = { hits: [], total: 0, capped: false, page: 1, pageCount: 1, rebuilding };
  const chosen = chooseMatch(q);
  if (typeof chosen === 'string') return page > 1 ? null : empty;
  const { match, bounded } = chosen;
  const sectionId = section
    ? db.select({ id: sections.id }).from(sections).where(eq(sections.slug, section)).get()?.id
    : undefined;
  if (section && sectionId === undefined) return page > 1 ? null : empty;
  const since = period ? new Date(Date.now() - SEARCH_PERIODS[period].days * 24 * 60 * 60 * 1000).toISOString() : null;
  // The index is the outer loop, newest first (its rowid order); each match is joined to its article by primary
  // key. A bounded search examines at most SEARCH_MAX_EXAMINED of the newest matches (a common word in a small
  // section must not walk the whole archive) and stops after SEARCH_MAX_HITS + 1 published ones.
  const filters = sql`a.status = 'published'
    ${sectionId !== undefined ? sql`AND a.section_id = ${sectionId}` : sql``}
    ${since ? sql`AND a.published_at >= ${since}` : sql``}`;
  const newer = since ? sql`AND rowid >= ${searchKeyAt(since)}` : sql``;
  const found = bounded
    ? withFieldTexts(
        db.all<Candidate>(sql`
          SELECT a.id AS id, m.key AS key, a.published_at AS publishedAt, 0 AS score
          FROM (SELECT rowid AS key FROM articles_fts WHERE articles_fts MATCH ${match} ${newer} ORDER BY rowid DESC LIMIT ${SEARCH_MAX_EXAMINED}) m
          CROSS JOIN articles a ON a.id = (m.key & ${KEY_ID_BITS})
          WHERE ${filters}
          ORDER BY m.key DESC
          LIMIT ${SEARCH_MAX_HITS + 1}`),
      )
    : db.all<Candidate>(sql`
        SELECT a.id AS id, f.rowid AS key, a.published_at AS publishedAt,
          ${sql.raw(`bm25(articles_fts, ${WEIGHTS.title}, ${WEIGHTS.lead}, ${WEIGHTS.body}, ${WEIGHTS.tags})`)} AS score
        FROM articles_fts f CROSS JOIN articles a
        WHERE articles_fts MATCH ${match} ${since ? sql`AND f.rowid >= ${searchKeyAt(since)}` : sql``}
          AND a.id = (f.rowid & ${KEY_ID_BITS}) AND ${filters}
        ORDER BY f.rowid DESC`);
  const capped = found.length > SEARCH_MAX_HITS;
  const candidates = found.slice(0, SEARCH_MAX_HITS);
  const ranked = rank(bounded ? fieldScores(q, candidates as (Candidate & FieldTexts)[]) : candidates, Date.now());
  const total = ranked.length;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pageCount) return null;
  const shown = ranked.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  if (shown.length === 0) return { ...empty, page, pageCount };
  const teasers = new Map(
    teaserQuery()
      .where(
        inArray(
          articles.id,
          shown.map((hit) => hit.id),
        ),
      )
      .all()
      .map((row) => [row.id, toTeaser(row)]),
  );
  // The indexed text of the shown hits, marked here rather than by FTS5's highlight() and snippet() (see
  // domain/search/marks.ts): those run the whole MATCH again for every hit.
  const texts = new Map(
    db
      .all<TextRow>(
        sql`SELECT rowid AS key, title, lead, body FROM articles_fts WHERE rowid IN ${shown.map((hit) => hit.key)}`,
      )
      .map((row) => [row.key, row]),
  );
  const matches = queryMatcher(q);
  const hits = shown.flatMap((hit): SearchHit[] => {
    const teaser = teasers.get(hit.id);
    const text = texts.get(hit.key);
    if (!teaser) return [];
    const bodySnippet = text ? snippet(text.body, matches) : '';
    return [
      {
        ...teaser,
        titleMarked: highlight(teaser.title, matches),
        // Prefer the body passage with the match; when only the title or lead matched, show the lead.
        snippet: bodySnippet.includes(MARK_START) ? bodySnippet : snippet(text?.lead ?? teaser.lead, matches),
      },
    ];
  });
  return { hits, total, capped, page, pageCount, rebuilding };
}

const cachedSearch = cached(runSearch, ['search-articles'], [TAGS.articleLists], { revalidate: 300 });

/**
 * Published articles matching the reader's words, best first. Null when the page is past the last one. While the
 * index is being rebuilt, results are not cached (each search sees the index as far as it has come).
 */
export async function searchArticles(params: {
  q: string;
  section?: string;
  period?: SearchPeriod;
  page: number;
}): Promise<SearchResults | null> {
  if (searchIndexStatus(getDb()).rebuilding) return runSearch(params);
  return cachedSearch(params);
}
