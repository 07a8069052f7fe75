import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { eq } from 'drizzle-orm';
import sharp from 'sharp';

import { companyShortName } from '@/domain/company';
import { copenhagenDay } from '@/domain/dates';
import type { ArticleContent } from '@/domain/article/content';
import { removeFiles, writeCrops } from '@/server/media/store';
import { slugify } from '@/domain/slug';
import type { Db } from './connection';
import { indexArticle, markSearchIndexComplete } from './search-index';
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
  sponsorCampaigns,
  tags,
} from './schema';
import { loadSeedArticles } from './seed-content/articles';
import { AUTHORS } from './seed-content/authors';
import { COMPANIES } from './seed-content/companies';
import { IMAGES } from './seed-content/images';
import { JOBS } from './seed-content/jobs';
import { PEOPLE_NEWS } from './seed-content/people-news';
import { SECTIONS } from './seed-content/sections';
import { SEED_TAGS } from './seed-content/tags';
import type { SeedArticle, SeedImage } from './seed-content/types';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const IMAGE_DIR = path.join(process.cwd(), 'db', 'seed-content', 'images');

const iso = (ms: number) => new Date(ms).toISOString();

// Every byline has a portrait illustration, images/authors/<slug>.jpg.
const AUTHOR_PORTRAITS: SeedImage[] = AUTHORS.map((author) => ({
  key: `author:${author.slug}`,
  file: `authors/${author.slug}.jpg`,
  alt: `Portrætillustration af ${author.name}`,
  caption: '',
  credit: 'Illustration: Spalte',
}));

/** Rewrites `::related{slug="…"}` in seed bodies to the stored `::related{id=…}` form. */
function resolveRelatedDirectives(body: string, idBySlug: Map<string, number>): string {
  return body.replace(/::related\{slug="([^"]+)"/g, (_match, slug: string) => {
    const id = idBySlug.get(slug);
    if (!id) throw new Error(`Seed body refers to unknown article "${slug}"`);
    return `::related{id=${id}`;
  });
}

/**
 * Loads the demo content when the database has no articles yet; does nothing otherwise, so it is safe to call
 * on every start. Returns whether it seeded.
 */
export async function seedDemoContent({
  db,
  uploadDir,
  now = new Date(),
}: {
  db: Db;
  uploadDir: string;
  now?: Date;
}): Promise<boolean> {
  // Any article at all (one row read, not a count of the archive).
  if (db.select({ id: articles.id }).from(articles).limit(1).get()) return false;

  // Image files are copied before the transaction (file I/O and sharp are async); if the transaction fails
  // they are removed again so no orphan files stay behind.
  fs.mkdirSync(uploadDir, { recursive: true });
  const images = [...IMAGES, ...AUTHOR_PORTRAITS];
  const copied: { key: string; fileName: string; width: number; height: number; byteSize: number }[] = [];
  // Every file written (images and their focal-point crops), to remove again if seeding fails.
  const written: string[] = [];
  try {
    for (const image of images) {
      const source = path.join(IMAGE_DIR, image.file);
      const meta = await sharp(source).metadata();
      const fileName = `${randomUUID()}.jpg`;
      fs.copyFileSync(source, path.join(uploadDir, fileName));
      written.push(fileName);
      written.push(
        ...(await writeCrops(uploadDir, {
          fileName,
          width: meta.width,
          height: meta.height,
          focalX: 0.5,
          focalY: 0.5,
        })),
      );
      copied.push({
        key: image.key,
        fileName,
        width: meta.width ?? 0,
        height: meta.height ?? 0,
        byteSize: fs.statSync(source).size,
      });
    }
    insertAll(db, now.getTime(), images, copied);
  } catch (error) {
    await removeFiles(uploadDir, written);
    throw error;
  }
  return true;
}

function insertAll(
  db: Db,
  now: number,
  images: typeof IMAGES,
  copied: { key: string; fileName: string; width: number; height: number; byteSize: number }[],
) {
  const allArticles: SeedArticle[] = loadSeedArticles();
  db.transaction((tx) => {
    const sectionIds = new Map<string, number>();
    SECTIONS.forEach((section, position) => {
      const row = tx
        .insert(sections)
        .values({ ...section, position })
        .returning({ id: sections.id })
        .get();
      sectionIds.set(section.slug, row.id);
    });

    const mediaIds = new Map<string, number>();
    for (const file of copied) {
      const image = images.find((candidate) => candidate.key === file.key)!;
      const row = tx
        .insert(media)
        .values({
          fileName: file.fileName,
          originalName: image.file,
          mime: 'image/jpeg',
          width: file.width,
          height: file.height,
          byteSize: file.byteSize,
          alt: image.alt,
          caption: image.caption,
          credit: image.credit,
        })
        .returning({ id: media.id })
        .get();
      mediaIds.set(image.key, row.id);
    }

    const authorIds = new Map<string, number>();
    for (const author of AUTHORS) {
      const row = tx
        .insert(authors)
        .values({ ...author, photoId: mediaIds.get(`author:${author.slug}`) ?? null })
        .returning({ id: authors.id })
        .get();
      authorIds.set(author.slug, row.id);
    }

    const tagIds = new Map<string, number>();
    const tagId = (name: string) => {
      const slug = slugify(name);
      let id = tagIds.get(slug);
      if (!id) {
        id = tx.insert(tags).values({ slug, name }).returning({ id: tags.id }).get().id;
        tagIds.set(slug, id);
      }
      return id;
    };

    const lookup = <T>(map: Map<string, T>, key: string, what: string): T => {
      const value = map.get(key);
      if (value === undefined) throw new Error(`Seed refers to unknown ${what} "${key}"`);
      return value;
    };

    // Oldest first, so ids grow with publishing time as they would in a real newsroom.
    const ordered = [...allArticles].sort((a, b) => b.hoursAgo - a.hoursAgo);
    const articleIds = new Map<string, number>();
    for (const article of ordered) {
      const publishedAt = iso(now - article.hoursAgo * HOUR);
      const row = tx
        .insert(articles)
        .values({
          slug: article.slug,
          title: article.title,
          lead: article.lead,
          body: article.body,
          kind: article.kind ?? 'news',
          status: 'published',
          sectionId: lookup(sectionIds, article.section, 'section'),
          topImageId: article.image ? lookup(mediaIds, article.image, 'image') : null,
          sponsor: article.sponsor ?? null,
          publishedAt,
          createdAt: publishedAt,
          updatedAt: iso(now - (article.updatedHoursAgo ?? article.hoursAgo) * HOUR),
        })
        .returning({ id: articles.id })
        .get();
      articleIds.set(article.slug, row.id);
    }

    for (const article of ordered) {
      const id = lookup(articleIds, article.slug, 'article');
      const body = resolveRelatedDirectives(article.body, articleIds);
      if (body !== article.body) tx.update(articles).set({ body }).where(eq(articles.id, id)).run();

      article.authors.forEach((slug, position) => {
        tx.insert(articleAuthors)
          .values({ articleId: id, authorId: lookup(authorIds, slug, 'author'), position })
          .run();
      });
      for (const name of new Set(article.tags)) {
        tx.insert(articleTags)
          .values({ articleId: id, tagId: tagId(name) })
          .run();
      }
      (article.related ?? []).forEach((slug, position) => {
        tx.insert(articleRelated)
          .values({ articleId: id, relatedId: lookup(articleIds, slug, 'related article'), position })
          .run();
      });
      (article.views ?? []).forEach((views, daysAgo) => {
        if (views > 0) {
          tx.insert(pageViews)
            .values({ articleId: id, day: copenhagenDay(now - daysAgo * DAY), count: views })
            .run();
        }
      });
      // The revision holds the article's content as a save would (a stale save merges against it).
      const snapshot: ArticleContent = {
        title: article.title,
        slug: article.slug,
        lead: article.lead,
        body,
        kind: article.kind ?? 'news',
        sponsor: article.sponsor ?? null,
        sectionId: lookup(sectionIds, article.section, 'section'),
        topImageId: article.image ? lookup(mediaIds, article.image, 'image') : null,
        seoTitle: null,
        seoDescription: null,
        authorIds: article.authors.map((slug) => lookup(authorIds, slug, 'author')),
        tags: [...new Set(article.tags)],
        relatedIds: (article.related ?? []).map((slug) => lookup(articleIds, slug, 'related article')),
      };
      tx.insert(revisions)
        .values({
          articleId: id,
          version: 1,
          snapshot: JSON.stringify(snapshot),
          event: 'publish',
          createdAt: iso(now - article.hoursAgo * HOUR),
        })
        .run();
      // An article updated after publishing carries a marked update, which is what readers see as "Opdateret".
      if (article.updatedHoursAgo !== undefined && article.updatedHoursAgo < article.hoursAgo) {
        tx.insert(revisions)
          .values({
            articleId: id,
            version: 2,
            snapshot: JSON.stringify({ ...article, body }),
            event: 'update',
            createdAt: iso(now - article.updatedHoursAgo * HOUR),
          })
          .run();
        tx.update(articles).set({ version: 2 }).where(eq(articles.id, id)).run();
      }
    }

    for (const tag of SEED_TAGS) {
      tx.update(tags)
        .set({ description: tag.description, featured: tag.featured })
        .where(eq(tags.id, lookup(tagIds, slugify(tag.name), 'tag')))
        .run();
    }

    for (const id of articleIds.values()) indexArticle(tx, id);
    markSearchIndexComplete(tx);

    // Companies are shared by jobs and Navnenyt; one whose name (without "A/S" etc.) is also a tag gathers the
    // articles with that tag on its page.
    const companyIds = new Map<string, number>();
    const companyId = (name: string) => {
      let id = companyIds.get(name);
      if (id === undefined) {
        const profile = COMPANIES.find((candidate) => candidate.name === name);
        const shortName = companyShortName(name);
        id = tx
          .insert(companies)
          .values({
            slug: slugify(shortName),
            name,
            description: profile?.description ?? '',
            website: profile?.website ?? null,
            tagId: tagIds.get(slugify(profile?.tag ?? shortName)) ?? null,
          })
          .returning({ id: companies.id })
          .get().id;
        companyIds.set(name, id);
      }
      return id;
    };

    for (const job of JOBS) {
      tx.insert(jobs)
        .values({
          slug: slugify(`${job.title} ${job.company}`),
          company: job.company,
          companyId: companyId(job.company),
          title: job.title,
          region: job.region,
          url: job.url,
          description: job.description,
          publishedAt: iso(now - job.daysAgo * DAY),
          expiresAt: iso(now + job.expiresInDays * DAY),
        })
        .run();
    }

    const usedPeopleSlugs = new Set<string>();
    for (const entry of PEOPLE_NEWS) {
      let slug = slugify(`${entry.name} ${entry.company}`);
      while (usedPeopleSlugs.has(slug)) slug = `${slug}-2`;
      usedPeopleSlugs.add(slug);
      tx.insert(peopleNews)
        .values({
          slug,
          name: entry.name,
          company: entry.company,
          companyId: companyId(entry.company),
          role: entry.role,
          startDate: entry.startDate,
          body: entry.body,
          label: entry.label,
          publishedAt: iso(now - entry.daysAgo * DAY),
        })
        .run();
    }

    insertSponsorCampaigns(tx, allArticles, articleIds, now);
  });
}

/** The sponsored seed article (DE-CIX) runs in the sidebar's sponsor widget for a year from seeding. */
function insertSponsorCampaigns(
  tx: Parameters<Parameters<Db['transaction']>[0]>[0],
  allArticles: SeedArticle[],
  articleIds: Map<string, number>,
  now: number,
) {
  for (const article of allArticles.filter((candidate) => candidate.kind === 'sponsored')) {
    tx.insert(sponsorCampaigns)
      .values({ articleId: articleIds.get(article.slug)!, startsAt: iso(now), endsAt: iso(now + 365 * DAY) })
      .run();
  }
}
