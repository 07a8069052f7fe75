import 'server-only';

import { and, eq, lte } from 'drizzle-orm';

import { contentOf } from '@/domain/article/content';
import { canMove, isHandover, type Transition } from '@/domain/article/workflow';
import { UserError } from '@/domain/errors';
import { getDb } from '@/db/client';
import { articles, sections } from '@/db/schema';
import { writeRevision } from './article-writes';
import { articleTagsFor, readContent } from './editor';
import { notifyHandover } from './handover';
import { assertPublishable, publishCheckFor } from './publish-check';

// Moving articles through the workflow (domain/article/workflow.ts says which moves exist), by hand and by the
// scheduler. Each move is a new version with a revision, like a save.

/** Moves an article through the workflow; returns the tags to expire (none unless the public site changes). */
export function transitionArticle(
  id: number,
  transition: Transition,
  userId: number,
  { publishAt, note = null }: { publishAt?: string; note?: string | null } = {},
) {
  const db = getDb();
  return db.transaction((tx) => {
    const current = readContent(tx, id);
    if (!current) throw new UserError('Artiklen findes ikke længere.');
    const at = new Date().toISOString();
    const from = current.status;
    if (!canMove(transition, from)) throw new UserError('Artiklen kan ikke flyttes dertil fra sin nuværende status.');
    if (transition === 'publish' || transition === 'schedule')
      assertPublishable(tx, id, contentOf(current), transition);
    const set: Partial<typeof articles.$inferInsert> = {
      updatedBy: userId,
      version: current.version + 1,
      updatedAt: at,
    };
    if (transition === 'submit') set.status = 'review';
    if (transition === 'back-to-draft') Object.assign(set, { status: 'draft', publishAt: null });
    if (transition === 'schedule') {
      if (!publishAt || Number.isNaN(Date.parse(publishAt))) throw new UserError('Vælg et tidspunkt for udgivelsen.');
      if (Date.parse(publishAt) <= Date.now())
        throw new UserError('Tidspunktet for udgivelsen skal ligge i fremtiden.');
      Object.assign(set, { status: 'scheduled', publishAt: new Date(publishAt).toISOString() });
    }
    if (transition === 'publish')
      Object.assign(set, { status: 'published', publishAt: null, publishedAt: current.publishedAt ?? at });
    if (transition === 'unpublish') set.status = 'unpublished';
    tx.update(articles).set(set).where(eq(articles.id, id)).run();
    // A status change is a save too: it gets a revision, so the history shows who moved it when.
    const handoverNote = isHandover(transition) ? note : null;
    writeRevision(tx, id, current.version + 1, userId, contentOf(current), at, transition, handoverNote);
    if (isHandover(transition))
      notifyHandover(tx, { articleId: id, kind: transition, actorId: userId, note: handoverNote, at });
    const publicChange = transition === 'publish' || transition === 'unpublish' || from === 'published';
    const key = { id, slug: current.slug, sectionSlug: current.sectionSlug };
    return { version: current.version + 1, tags: publicChange ? articleTagsFor(null, key) : [], from };
  });
}

/** A scheduled article the scheduler did not publish, and what it lacked. */
export type StoppedArticle = { id: number; title: string; problems: string[] };

/**
 * The scheduler's work: every scheduled article whose time has come goes live, with its scheduled time as its
 * publication time. One that fails the publish check then (something changed since it was scheduled, or it was
 * scheduled before the check existed) does not go live: it goes back to the desk ("Til redigering") without a
 * time, and its history and the editor say why. Returns what it published and stopped, and the tags to expire.
 */
export function publishDueArticles(now = new Date()): {
  /** Each with the time it was scheduled for, for the scheduler's delay metric. */
  published: { id: number; title: string; publishAt: string | null }[];
  stopped: StoppedArticle[];
  tags: string[];
} {
  const db = getDb();
  return db.transaction((tx) => {
    const due = tx
      .select({
        id: articles.id,
        title: articles.title,
        slug: articles.slug,
        sectionSlug: sections.slug,
        publishAt: articles.publishAt,
        publishedAt: articles.publishedAt,
        version: articles.version,
      })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(eq(articles.status, 'scheduled'), lte(articles.publishAt, now.toISOString())))
      .all();
    const expire = new Set<string>();
    const at = now.toISOString();
    const published: { id: number; title: string; publishAt: string | null }[] = [];
    const stopped: StoppedArticle[] = [];
    for (const article of due) {
      const content = contentOf(readContent(tx, article.id)!);
      const { blocking } = publishCheckFor(tx, article.id, content);
      // Nobody pressed a button: the version has no user, and its revision says what the scheduler did.
      const base = { publishAt: null, version: article.version + 1, updatedAt: at, updatedBy: null };
      if (blocking.length > 0) {
        tx.update(articles)
          .set({ ...base, status: 'review' })
          .where(eq(articles.id, article.id))
          .run();
        writeRevision(tx, article.id, article.version + 1, null, content, at, 'auto-publish-stopped');
        stopped.push({ id: article.id, title: article.title, problems: blocking.map((issue) => issue.message) });
        continue;
      }
      tx.update(articles)
        .set({ ...base, status: 'published', publishedAt: article.publishedAt ?? article.publishAt })
        .where(eq(articles.id, article.id))
        .run();
      writeRevision(tx, article.id, article.version + 1, null, content, at, 'auto-publish');
      published.push({ id: article.id, title: article.title, publishAt: article.publishAt });
      articleTagsFor(null, { id: article.id, slug: article.slug, sectionSlug: article.sectionSlug }).forEach((tag) =>
        expire.add(tag),
      );
    }
    return { published, stopped, tags: [...expire] };
  });
}
