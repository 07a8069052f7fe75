import 'server-only';

import { and, asc, desc, eq, or } from 'drizzle-orm';

import { PUBLISH_CHECK_COPY } from '@/copy/admin';
import type { ArticleContent } from '@/domain/article/content';
import { checkPublish, type PublishCheck } from '@/domain/article/publish-check';
import { UserError } from '@/domain/errors';
import { getDb } from '@/db/client';
import { articles, frontPageSlots, media, revisions, sections } from '@/db/schema';
import type { Tx } from './editor';

// The publish check (domain/article/publish-check.ts) on stored facts: whether the section and the top image
// exist, the image's texts, and whether the article leads the front page. The workflow refuses to publish or
// schedule an article with blocking findings, and a save may not give a live or scheduled article a new one.

type Reader = Tx | ReturnType<typeof getDb>;

/**
 * The article the front page would lead with if `articleId` were published: the first pin that is published news,
 * or `articleId` itself. Null when nothing is pinned.
 */
function leadPin(db: Reader, articleId: number): number | null {
  const pin = db
    .select({ id: frontPageSlots.articleId })
    .from(frontPageSlots)
    .innerJoin(articles, eq(articles.id, frontPageSlots.articleId))
    .where(
      or(and(eq(articles.status, 'published'), eq(articles.kind, 'news')), eq(frontPageSlots.articleId, articleId)),
    )
    .orderBy(asc(frontPageSlots.position))
    .limit(1)
    .get();
  return pin?.id ?? null;
}

/** Whether the article is (or, published, would be) the front page's lead story. */
export function leadsFrontPage(articleId: number, db: Reader = getDb()): boolean {
  return leadPin(db, articleId) === articleId;
}

/** The check of `content` as article `id` (null for one not created yet), with what the database knows. */
export function publishCheckFor(db: Reader, id: number | null, content: ArticleContent): PublishCheck {
  const sectionExists = Boolean(
    db.select({ id: sections.id }).from(sections).where(eq(sections.id, content.sectionId)).get(),
  );
  const topImage =
    content.topImageId === null
      ? null
      : (db
          .select({ alt: media.alt, credit: media.credit })
          .from(media)
          .where(eq(media.id, content.topImageId))
          .get() ?? 'gone');
  const leadStory = id !== null && content.kind === 'news' && leadPin(db, id) === id;
  return { ...checkPublish({ ...content, sectionExists, topImage, leadStory }) };
}

/** Refuses to publish or schedule an article that fails a blocking rule, naming every one. */
export function assertPublishable(tx: Tx, id: number, content: ArticleContent, transition: 'publish' | 'schedule') {
  const { blocking } = publishCheckFor(tx, id, content);
  if (blocking.length > 0) {
    throw new UserError(
      PUBLISH_CHECK_COPY.refused(
        transition,
        blocking.map((issue) => issue.message),
      ),
    );
  }
}

/**
 * Refuses a save that would give a live or scheduled article a blocking finding it did not have. Findings it had
 * already (an article published before the check existed) do not stop a typo fix.
 */
export function assertStaysPublishable(tx: Tx, id: number, before: ArticleContent, after: ArticleContent) {
  const had = new Set(publishCheckFor(tx, id, before).blocking.map((issue) => issue.code));
  const added = publishCheckFor(tx, id, after).blocking.filter((issue) => !had.has(issue.code));
  if (added.length > 0) throw new UserError(PUBLISH_CHECK_COPY.refusedSave(added.map((issue) => issue.message)));
}

/**
 * When the scheduler last stopped the article's scheduled publication (its newest version says so), else null:
 * the editor tells the desk why the article is back in review.
 */
export function stoppedPublication(id: number, db: Reader = getDb()): string | null {
  const newest = db
    .select({ event: revisions.event, at: revisions.createdAt })
    .from(revisions)
    .where(eq(revisions.articleId, id))
    .orderBy(desc(revisions.version), desc(revisions.id))
    .limit(1)
    .get();
  return newest?.event === 'auto-publish-stopped' ? newest.at : null;
}
