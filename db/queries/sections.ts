import 'server-only';

import { and, asc, desc, eq, gt, lt, max, ne, sql } from 'drizzle-orm';

import { TAGS } from '@/domain/cache-tags';
import { UserError } from '@/domain/errors';
import { isReservedSlug } from '@/domain/slug';
import { getDb } from '@/db/client';
import { articles, sections, sectionSlugHistory } from '@/db/schema';
import type { Tx } from './widget-admin';

// The newsroom's sections: the site's menu, in order. A section's slug is the first segment of its page and of
// every article in it, so a rename keeps the old slug in section_slug_history: /<old> and /<old>/rss.xml answer
// 301 (db/queries/routing.ts), and /<old>/<article> moves by the rule for an article under a section it is not in.

export type SectionInput = { name: string; slug: string; description: string; hidden: boolean };

export type AdminSection = SectionInput & { id: number; position: number; articleCount: number };

/** Articles in the section, whatever their status: the newsroom's counts, kept by triggers (article_counts). */
const articleCount = sql<number>`(SELECT coalesce(sum(ac.articles), 0) FROM article_counts ac WHERE ac.section_id = ${sections.id})`;

const adminColumns = {
  id: sections.id,
  name: sections.name,
  slug: sections.slug,
  description: sections.description,
  hidden: sections.hidden,
  position: sections.position,
  articleCount,
};

export function listSectionsForAdmin(): AdminSection[] {
  return getDb().select(adminColumns).from(sections).orderBy(asc(sections.position), asc(sections.id)).all();
}

export function getSectionForAdmin(id: number): AdminSection | null {
  return getDb().select(adminColumns).from(sections).where(eq(sections.id, id)).get() ?? null;
}

/**
 * What a change to a section expires: the menu on every page and the front page's blocks (`sections`), its page
 * and feed under the old and new slug, and the lists, sitemaps and article pages that show its name and address.
 */
const sectionTags = (...slugs: string[]) => [TAGS.sections, TAGS.articleLists, ...slugs.map(TAGS.section)];

function assertSlugFree(tx: Tx, slug: string, id: number | null) {
  if (isReservedSlug(slug)) {
    throw new UserError(`»${slug}« er reserveret af sitet og kan ikke bruges som adresse.`, {
      fieldErrors: { slug: 'Vælg en anden adresse.' },
    });
  }
  const taken = tx
    .select({ name: sections.name })
    .from(sections)
    .where(id === null ? eq(sections.slug, slug) : and(eq(sections.slug, slug), ne(sections.id, id)))
    .get();
  if (taken) {
    throw new UserError(`Adressen »${slug}« bruges allerede af sektionen ${taken.name}.`, {
      fieldErrors: { slug: 'Vælg en anden adresse.' },
      conflict: {},
    });
  }
}

/** The slug is a current section's now: it no longer redirects anywhere. */
const claimSlug = (tx: Tx, slug: string) =>
  tx.delete(sectionSlugHistory).where(eq(sectionSlugHistory.slug, slug)).run();

/** A new section, last in the menu. */
export function createSection(input: SectionInput): { id: number; tags: string[] } {
  return getDb().transaction((tx) => {
    assertSlugFree(tx, input.slug, null);
    claimSlug(tx, input.slug);
    const last =
      tx
        .select({ position: max(sections.position) })
        .from(sections)
        .get()?.position ?? -1;
    const { id } = tx
      .insert(sections)
      .values({ ...input, position: last + 1 })
      .returning({ id: sections.id })
      .get();
    return { id, tags: sectionTags(input.slug) };
  });
}

/** Saves a section; a new slug keeps the old one in the history. */
export function updateSection(id: number, input: SectionInput): { oldSlug: string; tags: string[] } {
  return getDb().transaction((tx) => {
    const current = tx.select({ slug: sections.slug }).from(sections).where(eq(sections.id, id)).get();
    if (!current) throw new UserError('Sektionen findes ikke længere.', { status: 404 });
    assertSlugFree(tx, input.slug, id);
    if (input.slug !== current.slug) {
      claimSlug(tx, input.slug);
      tx.insert(sectionSlugHistory)
        .values({ slug: current.slug, sectionId: id })
        .onConflictDoUpdate({ target: sectionSlugHistory.slug, set: { sectionId: id } })
        .run();
    }
    tx.update(sections).set(input).where(eq(sections.id, id)).run();
    return { oldSlug: current.slug, tags: sectionTags(current.slug, input.slug) };
  });
}

/** Moves a section one place up (-1) or down (1) in the menu, swapping it with its neighbour. */
export function moveSection(id: number, by: -1 | 1): { name: string; tags: string[] } {
  return getDb().transaction((tx) => {
    const current = tx
      .select({ name: sections.name, position: sections.position })
      .from(sections)
      .where(eq(sections.id, id))
      .get();
    if (!current) throw new UserError('Sektionen findes ikke længere.', { status: 404 });
    const neighbour = tx
      .select({ id: sections.id, position: sections.position })
      .from(sections)
      .where(by < 0 ? lt(sections.position, current.position) : gt(sections.position, current.position))
      .orderBy(by < 0 ? desc(sections.position) : asc(sections.position))
      .limit(1)
      .get();
    if (!neighbour) {
      throw new UserError(by < 0 ? `${current.name} er allerede først.` : `${current.name} er allerede sidst.`);
    }
    tx.update(sections).set({ position: neighbour.position }).where(eq(sections.id, id)).run();
    tx.update(sections).set({ position: current.position }).where(eq(sections.id, neighbour.id)).run();
    return { name: current.name, tags: [TAGS.sections] };
  });
}

/** Deletes a section no article is in (one made by mistake); one with articles is refused with the count. */
export function deleteSection(id: number): { name: string; tags: string[] } {
  return getDb().transaction((tx) => {
    const section = tx
      .select({ name: sections.name, slug: sections.slug })
      .from(sections)
      .where(eq(sections.id, id))
      .get();
    if (!section) throw new UserError('Sektionen findes ikke længere.', { status: 404 });
    // Any article at all, whatever its status: one row of articles_section_updated_idx.
    const used = tx.select({ id: articles.id }).from(articles).where(eq(articles.sectionId, id)).limit(1).get();
    if (used) {
      const count = getSectionForAdmin(id)?.articleCount ?? 0;
      throw new UserError(
        `Sektionen ${section.name} har ${count === 1 ? '1 artikel' : `${count.toLocaleString('da-DK')} artikler`} og kan ikke slettes. Flyt artiklerne, eller skjul sektionen i menuen.`,
        { conflict: {} },
      );
    }
    tx.delete(sections).where(eq(sections.id, id)).run();
    return { name: section.name, tags: sectionTags(section.slug) };
  });
}

/** The current slug of a section that had `slug` before: null when it never did. */
export function movedSectionSlug(slug: string): string | null {
  return (
    getDb()
      .select({ slug: sections.slug })
      .from(sectionSlugHistory)
      .innerJoin(sections, eq(sections.id, sectionSlugHistory.sectionId))
      .where(eq(sectionSlugHistory.slug, slug))
      .get()?.slug ?? null
  );
}
