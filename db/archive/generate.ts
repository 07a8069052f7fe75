import { and, asc, count, eq, isNotNull, ne, sql } from 'drizzle-orm';

import { copenhagenDay } from '@/domain/dates';
import { markdownToPlainText } from '@/domain/markdown';
import { slugify } from '@/domain/slug';
import { contentColumns } from '@/domain/article/content';
import type { Db } from '@/db/connection';
import {
  articleAuthors,
  articleRelated,
  articles,
  articleTags,
  authors,
  companies,
  jobs,
  media,
  pageViews,
  peopleNews,
  revisions,
  sections,
  tags,
} from '@/db/schema';
import { writeSearchEntry, type DbOrTx } from '@/db/search-index';
import { createRandom, createTextGenerator, zipf, type Random } from './text';
import type { ArticleContent } from '@/domain/article/content';

// The archive generator behind `npm run seed:archive`: adds N published articles of realistic shape to a
// database that already holds the demo content (sections, authors, images), the way a newsroom's archive looks
// after years: dates spread over years (ids growing with time), one to three bylines out of fifty, two to five
// tags from a pool of thousands used unevenly, related links, top images, a revision each, some sponsored, some
// unpublished, plus jobs and Navnenyt in proportion. Rows are written with the schema's tables and the search
// index with the same entry writer the editor uses (db/search-index.ts), so every index is consistent.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const BATCH = 500;
/** Authors the archive is written by, demo bylines included. */
const AUTHOR_COUNT = 50;

export type ArchiveOptions = {
  articles: number;
  /** The newest generated article is published just before this moment. */
  now?: Date;
  /** Years the archive spans (default: one per 60,000 articles, at least one). */
  years?: number;
  seed?: number;
  /** Called after every batch with the number of articles written so far. */
  progress?: (written: number) => void;
};

export type ArchiveSummary = { articles: number; authors: number; tags: number; jobs: number; peopleNews: number };

const FIRST_NAMES =
  `Anne Mette Line Camilla Sofie Ida Maria Louise Julie Emma Peter Jens Lars Søren Henrik Thomas Martin
  Anders Mikkel Rasmus Jesper Morten Kasper Mads Jonas Niels Bo Kristian Frederik Ole`.split(/\s+/);
const LAST_NAMES = `Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen
  Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen Holm Lund Bech Dahl Skov Krogh Brandt Vestergaard
  Kjær Damgaard Frost`.split(/\s+/);
const REGIONS = [
  'Hovedstaden',
  'Sjælland',
  'Syddanmark',
  'Midtjylland',
  'Nordjylland',
  'Aarhus',
  'København',
  'Odense',
  'Aalborg',
  'Hele landet',
];
const JOB_TITLES = [
  'Udvikler',
  'Senior udvikler',
  'It-arkitekt',
  'Projektleder',
  'Sikkerhedsspecialist',
  'Cloudarkitekt',
  'Data scientist',
  'It-chef',
  'Product owner',
  'Driftstekniker',
  'Scrum master',
  'Testmanager',
];
const ROLES = [
  'Ny direktør',
  'Ny it-chef',
  'Ny salgsdirektør',
  'Ny CTO',
  'Ny teamleder',
  'Ny partner',
  'Ny udviklingschef',
];
const LABELS = ['Nyt job', 'Forfremmelse', 'Udnævnelse'];

/**
 * Plain text of a block that is not plain prose, through the renderer's own markdownToPlainText. Blocks repeat
 * (headings and lists come from a pool), so the result is remembered; a related-article block's text does not
 * depend on the id it names.
 */
function blockText(): (block: string) => string {
  const memo = new Map<string, string>();
  return (block) => {
    const key = block.replace(/^::related\{id=\d+/, '::related{id=1');
    let text = memo.get(key);
    if (text === undefined) {
      text = markdownToPlainText(key);
      memo.set(key, text);
    }
    return text;
  };
}

type Block = { markdown: string; plain: boolean };

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base.slice(0, 100).replace(/-+$/, '') || 'artikel';
  for (let n = 2; taken.has(slug); n++) slug = `${base.slice(0, 94).replace(/-+$/, '')}-${n}`;
  taken.add(slug);
  return slug;
}

export function generateArchive(db: Db, options: ArchiveOptions): ArchiveSummary {
  const random = createRandom(options.seed ?? 20261207);
  const total = options.articles;
  const now = (options.now ?? new Date()).getTime();
  const years = options.years ?? Math.max(1, Math.round(total / 60_000));
  const start = now - years * 365 * DAY;

  const sectionRows = db.select({ id: sections.id }).from(sections).orderBy(asc(sections.position)).all();
  if (sectionRows.length === 0) throw new Error('The database has no sections: load the demo content first.');
  const text = createTextGenerator(random, sectionRows.length);
  const images = db
    .select({ id: media.id })
    .from(media)
    .where(and(ne(media.alt, ''), ne(media.credit, ''), sql`${media.originalName} NOT LIKE 'authors/%'`))
    .all()
    .map((row) => row.id);
  const authorIds = ensureAuthors(db, random);
  const tagPool = ensureTags(db, text, Math.max(2000, Math.round(total / 60)));
  const tagName = new Map(tagPool.map((tag) => [tag.id, tag.name]));
  // Tags are used unevenly: a few on thousands of articles, most on a handful.
  const tagRank = zipf(tagPool.length, 0.9);
  const takenSlugs = new Set(
    db
      .select({ slug: articles.slug })
      .from(articles)
      .all()
      .map((row) => row.slug),
  );
  const textOf = blockText();
  const knownWords = new Set<string>();

  const headingPool = Array.from({ length: 400 }, () => text.phrase(text.topic(random.int(0, sectionRows.length - 1))));
  const listPool = Array.from({ length: 400 }, () => {
    const about = text.topic(random.int(0, sectionRows.length - 1));
    return Array.from({ length: random.int(3, 5) }, () => `- ${text.phrase(about, 4, 10)}`).join('\n');
  });

  let written = 0;
  let firstId: number | null = null;
  while (written < total) {
    const size = Math.min(BATCH, total - written);
    db.transaction((tx) => {
      for (let i = 0; i < size; i++) {
        const index = written + i;
        // Spread evenly over the years, with some jitter; ids grow with time as in a real newsroom.
        const publishedMs = Math.min(now - MINUTE, start + ((index + random.next()) / total) * (now - start));
        const sectionIndex = random.int(0, sectionRows.length - 1);
        const about = text.topic(sectionIndex);
        const title = text.title(about);
        const lead = text.sentence(about, 14, 28);
        const blocks: Block[] = [];
        const paragraphs = random.int(5, 11);
        for (let p = 0; p < paragraphs; p++) {
          if (p > 1 && random.chance(0.12)) blocks.push({ markdown: `## ${random.pick(headingPool)}`, plain: false });
          if (p > 2 && random.chance(0.06)) blocks.push({ markdown: random.pick(listPool), plain: false });
          blocks.push({ markdown: text.paragraph(about), plain: true });
        }
        const related: number[] = [];
        if (firstId !== null && random.chance(0.3)) {
          const newest = firstId + index - 1;
          for (let r = random.int(1, 3); r > 0; r--) related.push(random.int(Math.max(firstId, newest - 2000), newest));
        }
        if (related.length > 0 && random.chance(0.6)) {
          blocks.splice(random.int(1, blocks.length - 1), 0, {
            markdown: `::related{id=${related[0]} label="Læs også"}`,
            plain: false,
          });
        }
        const body = blocks.map((block) => block.markdown).join('\n\n');
        const bodyText = blocks
          .map((block) => (block.plain ? block.markdown : textOf(block.markdown)))
          .filter(Boolean)
          .join('\n');

        const roll = random.next();
        const status = roll < 0.02 ? 'unpublished' : roll < 0.025 ? 'draft' : 'published';
        const sponsored = status === 'published' && random.chance(0.04);
        const published = status === 'draft' ? null : new Date(publishedMs).toISOString();
        const updatedMs = random.chance(0.2) ? publishedMs + random.int(10, 60 * 24 * 3) * MINUTE : publishedMs;
        const updatedAt = new Date(Math.min(now, updatedMs)).toISOString();
        const byline = pickDistinct(random, authorIds, random.chance(0.75) ? 1 : random.int(2, 3));
        const tagIds = pickDistinct(random, tagPool, random.int(2, 5), () => tagPool[tagRank(random)]!).map(
          (tag) => tag.id,
        );
        const content: ArticleContent = {
          title,
          slug: uniqueSlug(slugify(title), takenSlugs),
          lead,
          body,
          kind: sponsored ? 'sponsored' : 'news',
          sponsor: sponsored ? about.companies[0]! : null,
          sectionId: sectionRows[sectionIndex]!.id,
          topImageId: images.length > 0 && random.chance(0.75) ? random.pick(images) : null,
          seoTitle: null,
          seoDescription: null,
          authorIds: byline,
          tags: tagIds.map((id) => tagName.get(id)!),
          relatedIds: [...new Set(related)],
        };
        const { id } = tx
          .insert(articles)
          .values({
            ...contentColumns(content),
            status,
            publishedAt: published,
            createdAt: new Date(publishedMs - random.int(30, 600) * MINUTE).toISOString(),
            updatedAt,
          })
          .returning({ id: articles.id })
          .get();
        firstId ??= id;
        byline.forEach((authorId, position) =>
          tx.insert(articleAuthors).values({ articleId: id, authorId, position }).run(),
        );
        for (const tagId of tagIds) tx.insert(articleTags).values({ articleId: id, tagId }).run();
        content.relatedIds.forEach((relatedId, position) =>
          tx.insert(articleRelated).values({ articleId: id, relatedId, position }).run(),
        );
        tx.insert(revisions)
          .values({
            articleId: id,
            version: 1,
            snapshot: JSON.stringify(content),
            event: status === 'draft' ? 'create' : 'publish',
            createdAt: published ?? updatedAt,
          })
          .run();
        // A later change is a marked update, as an editor makes it: readers see "Opdateret" on these.
        if (published && updatedAt > published) {
          tx.insert(revisions)
            .values({
              articleId: id,
              version: 2,
              snapshot: JSON.stringify(content),
              event: 'update',
              createdAt: updatedAt,
            })
            .run();
          tx.update(articles).set({ version: 2 }).where(eq(articles.id, id)).run();
        }
        writeSearchEntry(tx, { id, title, lead, bodyText, tagNames: [...content.tags].sort() }, knownWords);
        // Readers come in the first days after publication: page_views holds a row per article and day, so it is
        // the archive's largest table, and "Mest læste" ranks the last week's rows among them.
        if (status === 'published') {
          for (let day = 0, days = random.int(1, 3); day < days && publishedMs + day * DAY < now; day++) {
            tx.insert(pageViews)
              .values({
                articleId: id,
                day: copenhagenDay(new Date(publishedMs + day * DAY)),
                count: random.int(1, 400),
              })
              .onConflictDoNothing()
              .run();
          }
        }
      }
    });
    written += size;
    options.progress?.(written);
  }

  const jobCount = Math.round(total / 100);
  const peopleCount = Math.round(total / 20);
  addJobs(db, random, text, jobCount, start, now);
  addPeopleNews(db, random, peopleCount, start, now);
  return { articles: total, authors: authorIds.length, tags: tagPool.length, jobs: jobCount, peopleNews: peopleCount };
}

function pickDistinct<T>(random: Random, list: readonly T[], n: number, draw: () => T = () => random.pick(list)): T[] {
  const chosen = new Set<T>();
  const wanted = Math.min(n, list.length);
  while (chosen.size < wanted) chosen.add(draw());
  return [...chosen];
}

/** The demo bylines plus generated ones, up to fifty. */
function ensureAuthors(db: DbOrTx, random: Random): number[] {
  const existing = db.select({ id: authors.id, slug: authors.slug }).from(authors).all();
  const slugs = new Set(existing.map((row) => row.slug));
  const ids = existing.map((row) => row.id);
  while (ids.length < AUTHOR_COUNT) {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const slug = slugify(name);
    if (slugs.has(slug)) continue;
    slugs.add(slug);
    const row = db
      .insert(authors)
      .values({ slug, name, title: 'Journalist', bio: `${name} skriver om it i den offentlige og private sektor.` })
      .returning({ id: authors.id })
      .get();
    ids.push(row.id);
  }
  return ids;
}

/** At least `size` tags: the existing ones plus company, topic and generated tags. */
function ensureTags(
  db: DbOrTx,
  text: ReturnType<typeof createTextGenerator>,
  size: number,
): { id: number; name: string }[] {
  const pool = db.select({ id: tags.id, name: tags.name, slug: tags.slug }).from(tags).all();
  const slugs = new Set(pool.map((tag) => tag.slug));
  const add = (name: string) => {
    const slug = slugify(name);
    if (!slug || slugs.has(slug)) return;
    slugs.add(slug);
    pool.push({ ...db.insert(tags).values({ slug, name }).returning({ id: tags.id }).get(), name, slug });
  };
  for (let attempts = 0; pool.length < size && attempts < size * 20; attempts++) {
    const roll = attempts % 4;
    add(
      roll === 0
        ? text.company()
        : roll === 1
          ? text.capitalise(text.itWord())
          : text.capitalise(`${text.itWord()} ${text.tailWord()}`),
    );
  }
  return pool.map(({ id, name }) => ({ id, name }));
}

function addJobs(
  db: Db,
  random: Random,
  text: ReturnType<typeof createTextGenerator>,
  n: number,
  start: number,
  now: number,
) {
  const companyRows = db.select({ id: companies.id, name: companies.name }).from(companies).all();
  db.transaction((tx) => {
    for (let i = 0; i < n; i++) {
      const publishedMs = start + ((i + random.next()) / n) * (now - start);
      // Adverts run a month or two; the newest are still open.
      const expiresMs = publishedMs + random.int(21, 60) * DAY;
      const company = companyRows.length > 0 && random.chance(0.5) ? random.pick(companyRows) : null;
      const companyName = company?.name ?? `${text.company()} A/S`;
      const title = `${random.pick(JOB_TITLES)} til ${text.itWord()}`;
      tx.insert(jobs)
        .values({
          slug: slugify(`${title} ${companyName}`),
          company: companyName,
          companyId: company?.id ?? null,
          title,
          region: random.pick(REGIONS),
          url: `https://job.example.dk/${i + 1}`,
          description: text.paragraph(text.topic(0)),
          publishedAt: new Date(publishedMs).toISOString(),
          expiresAt: new Date(expiresMs).toISOString(),
        })
        .run();
    }
  });
}

function addPeopleNews(db: Db, random: Random, n: number, start: number, now: number) {
  const companyRows = db.select({ id: companies.id, name: companies.name }).from(companies).all();
  const taken = new Set(
    db
      .select({ slug: peopleNews.slug })
      .from(peopleNews)
      .all()
      .map((row) => row.slug),
  );
  db.transaction((tx) => {
    for (let i = 0; i < n; i++) {
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      const company = companyRows.length > 0 ? random.pick(companyRows) : { id: null, name: 'Spalte' };
      const role = random.pick(ROLES);
      const publishedMs = start + ((i + random.next()) / n) * (now - start);
      tx.insert(peopleNews)
        .values({
          slug: uniqueSlug(slugify(`${name} ${company.name}`), taken),
          name,
          company: company.name,
          companyId: company.id,
          role,
          startDate: new Date(publishedMs + 14 * DAY).toISOString().slice(0, 10),
          body: `${name} er tiltrådt som ${role.replace(/^Ny /, '').toLowerCase()} hos ${company.name}.`,
          label: random.pick(LABELS),
          publishedAt: new Date(publishedMs).toISOString(),
        })
        .run();
    }
  });
}

/** Articles in the database, and how many of them are published (for the command's report). */
export function archiveCounts(db: Db) {
  return {
    articles: db.select({ n: count() }).from(articles).get()?.n ?? 0,
    published:
      db
        .select({ n: count() })
        .from(articles)
        .where(and(eq(articles.status, 'published'), isNotNull(articles.publishedAt)))
        .get()?.n ?? 0,
  };
}
