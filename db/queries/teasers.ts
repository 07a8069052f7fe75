import 'server-only';

import { and, eq, inArray, max } from 'drizzle-orm';

import { cropFiles, type CropName, type CropRef } from '@/domain/media/crops';
import { getDb } from '@/db/client';
import { articles, media, revisions, sections } from '@/db/schema';

import { isPublishedNews } from './visibility';

// Teasers: the article cards every listing, the front page and "Mest læste" show, read from one select.

export type ImageRef = {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  /** The 1:1, 4:3 and 16:9 crops around the focal point (see domain/media/crops.ts). */
  crops: Record<CropName, CropRef>;
};

export type ArticleTeaser = {
  id: number;
  slug: string;
  path: string;
  title: string;
  lead: string;
  kind: 'news' | 'sponsored';
  sponsor: string | null;
  section: { slug: string; name: string };
  publishedAt: string;
  image: ImageRef | null;
};

export type TeaserPage = { items: ArticleTeaser[]; total: number; page: number; pageCount: number };

export const articlePath = (sectionSlug: string, slug: string) => `/${sectionSlug}/${slug}`;
export const mediaSrc = (fileName: string) => `/medier/${fileName}`;

/** The columns of a media row an image reference needs. */
export type MediaRow = {
  fileName: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  focalX: number;
  focalY: number;
};

export function toImageRef(row: MediaRow): ImageRef {
  const crops = Object.fromEntries(
    cropFiles(row).map((crop) => [crop.crop, { src: mediaSrc(crop.fileName), width: crop.width, height: crop.height }]),
  ) as Record<CropName, CropRef>;
  return {
    src: mediaSrc(row.fileName),
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    crops,
  };
}

/** A left-joined image (all columns null when there is none) as an image reference. */
export function joinedImage(row: { [K in keyof MediaRow]: MediaRow[K] | null }): ImageRef | null {
  if (row.fileName === null) return null;
  return toImageRef({
    fileName: row.fileName,
    width: row.width ?? 0,
    height: row.height ?? 0,
    alt: row.alt ?? '',
    caption: row.caption ?? '',
    credit: row.credit ?? '',
    focalX: row.focalX ?? 0.5,
    focalY: row.focalY ?? 0.5,
  });
}

/** The media columns for a left join, under the names joinedImage() reads. */
export const joinedMediaColumns = {
  fileName: media.fileName,
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  focalX: media.focalX,
  focalY: media.focalY,
};

/** The columns a teaser is made from (toTeaser); feeds select them too, with the image's type and size. */
export const teaserColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  lead: articles.lead,
  kind: articles.kind,
  sponsor: articles.sponsor,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  imageFile: media.fileName,
  imageWidth: media.width,
  imageHeight: media.height,
  imageAlt: media.alt,
  imageCaption: media.caption,
  imageCredit: media.credit,
  imageFocalX: media.focalX,
  imageFocalY: media.focalY,
};

/** The columns of a teaser as selected (also by the raw search query in search.ts). */
export type TeaserRow = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  kind: 'news' | 'sponsored';
  sponsor: string | null;
  publishedAt: string | null;
  updatedAt: string;
  sectionSlug: string;
  sectionName: string;
  imageFile: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageAlt: string | null;
  imageCaption: string | null;
  imageCredit: string | null;
  imageFocalX: number | null;
  imageFocalY: number | null;
};

export function toTeaser(row: TeaserRow): ArticleTeaser {
  return {
    id: row.id,
    slug: row.slug,
    path: articlePath(row.sectionSlug, row.slug),
    title: row.title,
    lead: row.lead,
    kind: row.kind,
    sponsor: row.sponsor,
    section: { slug: row.sectionSlug, name: row.sectionName },
    // A draft in the newsroom's preview has no publication time yet: its last change stands in.
    publishedAt: row.publishedAt ?? row.updatedAt,
    image: joinedImage({
      fileName: row.imageFile,
      width: row.imageWidth,
      height: row.imageHeight,
      alt: row.imageAlt,
      caption: row.imageCaption,
      credit: row.imageCredit,
      focalX: row.imageFocalX,
      focalY: row.imageFocalY,
    }),
  };
}

export function teaserQuery() {
  return getDb()
    .select(teaserColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.topImageId))
    .$dynamic();
}

/** Teasers of the given articles in the given order (the ids come from a listing, so they are published). */
export function teasersInOrder(ids: number[]): ArticleTeaser[] {
  if (ids.length === 0) return [];
  const byId = new Map(
    teaserQuery()
      .where(inArray(articles.id, ids))
      .all()
      .map((row) => [row.id, toTeaser(row)]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Published news by id, used by "Mest læste" once the ranking is known. */
export function teasersByIds(ids: number[]): ArticleTeaser[] {
  if (ids.length === 0) return [];
  const rows = teaserQuery()
    .where(and(isPublishedNews, inArray(articles.id, ids)))
    .all()
    .map(toTeaser);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The time readers are told an article was updated ("Opdateret", dateModified, feeds), by article id: its newest
 * save marked as an update or its newest correction. Silent saves (a typo fixed) leave it alone, so it is not
 * `articles.updated_at`, which is the newsroom's "last changed". Articles never updated are missing from the map.
 */
export function readerModifiedTimes(ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = getDb()
    .select({ id: revisions.articleId, at: max(revisions.createdAt) })
    .from(revisions)
    .where(and(inArray(revisions.articleId, ids), inArray(revisions.event, ['update', 'correction'])))
    .groupBy(revisions.articleId)
    .all();
  return new Map(rows.flatMap((row) => (row.at ? [[row.id, row.at] as const] : [])));
}
