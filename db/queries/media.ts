import 'server-only';

import { desc, eq, or } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { cropFiles, normaliseFocal } from '@/domain/media/crops';
import { getDb } from '@/db/client';
import { articles, authors, media, peopleNews, sections } from '@/db/schema';
import { mediaSrc } from '@/db/queries/teasers';
import { containsText } from './text-match';
import { UserError } from '@/domain/errors';
import { PUBLISHED_IMAGE_NEEDS } from '@/copy/admin';
import { missingImageTexts } from '@/domain/article/publish-check';

// The media library: listing and searching, reading one image with where it is used, storing a new upload's row
// and editing its texts and focal point. Files are server/media/store.ts's; the routes and actions call both and
// expire the tags a change returns.

export type Media = typeof media.$inferSelect;

/** What the library grid and the editor's picker show of an image. */
export type MediaSummary = Pick<
  Media,
  | 'id'
  | 'fileName'
  | 'originalName'
  | 'width'
  | 'height'
  | 'alt'
  | 'caption'
  | 'credit'
  | 'focalX'
  | 'focalY'
  | 'createdAt'
> & {
  src: string;
  /** The square crop, as the grid's thumbnail. */
  thumbnail: string;
};

export type MediaUse = { articleId: number; title: string; status: string };

export function toSummary(row: Media): MediaSummary {
  const square = cropFiles(row).find((crop) => crop.crop === 'square')!;
  const { id, fileName, originalName, width, height, alt, caption, credit, focalX, focalY, createdAt } = row;
  return {
    ...{ id, fileName, originalName, width, height, alt, caption, credit, focalX, focalY, createdAt },
    src: mediaSrc(fileName),
    thumbnail: mediaSrc(square.fileName),
  };
}

/** Newest first; `query` matches alt text, caption, credit and the uploaded file name. */
export function listMedia({ query = '', limit = 60 }: { query?: string; limit?: number } = {}): MediaSummary[] {
  const text = query.trim().slice(0, 100);
  const matches = text
    ? or(...[media.alt, media.caption, media.credit, media.originalName].map((column) => containsText(column, text)))
    : undefined;
  return getDb().select().from(media).where(matches).orderBy(desc(media.id)).limit(limit).all().map(toSummary);
}

export function getMedia({ id }: { id: number }): Media | null {
  return getDb().select().from(media).where(eq(media.id, id)).get() ?? null;
}

export function getMediaSummary({ id }: { id: number }): MediaSummary | null {
  const row = getMedia({ id });
  return row ? toSummary(row) : null;
}

/** Articles that use the image as their top image. */
export function listMediaUses({ id }: { id: number }): MediaUse[] {
  return getDb()
    .select({ articleId: articles.id, title: articles.title, status: articles.status })
    .from(articles)
    .where(eq(articles.topImageId, id))
    .orderBy(desc(articles.id))
    .all();
}

export function createMedia(values: typeof media.$inferInsert): Media {
  return getDb().insert(media).values(values).returning().get();
}

export type MediaChanges = { alt: string; caption: string; credit: string; focalX: number; focalY: number };

/**
 * Saves texts and focal point. An image in a published or scheduled article must keep its alt text and credit.
 * Returns the row before and after, and the cache tags of every public page that shows the image.
 */
export function updateMedia({ id, changes }: { id: number; changes: MediaChanges }): {
  before: Media;
  after: Media;
  tags: string[];
} {
  return getDb().transaction((tx) => {
    const before = tx.select().from(media).where(eq(media.id, id)).get();
    if (!before) throw new UserError('Billedet findes ikke længere.');
    const live = tx
      .select({ id: articles.id, slug: articles.slug, status: articles.status, sectionSlug: sections.slug })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(eq(articles.topImageId, id))
      .all();
    const publishedUse = live.some((use) => use.status === 'published' || use.status === 'scheduled');
    if (publishedUse && missingImageTexts(changes).length > 0) {
      throw new UserError(`Billedet bruges i en udgivet eller planlagt artikel og ${PUBLISHED_IMAGE_NEEDS}.`);
    }
    const after = tx
      .update(media)
      .set({ ...changes, focalX: normaliseFocal(changes.focalX), focalY: normaliseFocal(changes.focalY) })
      .where(eq(media.id, id))
      .returning()
      .get();
    const onAuthors = tx.select({ id: authors.id }).from(authors).where(eq(authors.photoId, id)).get();
    const onPeople = tx.select({ id: peopleNews.id }).from(peopleNews).where(eq(peopleNews.photoId, id)).get();
    const published = live.filter((use) => use.status === 'published');
    const tags = [
      TAGS.media,
      ...(published.length > 0 ? [TAGS.articleLists] : []),
      ...published.flatMap((use) => [TAGS.article(use.id), TAGS.articleSlug(use.slug), TAGS.section(use.sectionSlug)]),
      ...(onAuthors ? [TAGS.authors] : []),
      ...(onPeople ? [TAGS.peopleNews] : []),
    ];
    return { before, after, tags: [...new Set(tags)] };
  });
}
