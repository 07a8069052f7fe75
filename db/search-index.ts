import { asc, count, eq, sql } from 'drizzle-orm';

import { markdownToPlainText } from '../lib/markdown';
import type { Db } from './connection';
import { articles, articleTags, tags } from './schema';

// The search index (articles_fts, migration 0002) holds plain text, so it is kept in sync here rather than by SQL
// triggers: every write that changes an article's title, lead, body or tags calls indexArticle() in the same
// transaction. No server-only guard: the seeder and start-up code use it too.

/** The database or a transaction on it. */
type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export function indexArticle(db: DbOrTx, articleId: number): void {
  const article = db
    .select({ title: articles.title, lead: articles.lead, body: articles.body })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  db.run(sql`DELETE FROM articles_fts WHERE rowid = ${articleId}`);
  if (!article) return;
  const tagNames = db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
    .all()
    .map((tag) => tag.name)
    .join(', ');
  db.run(
    sql`INSERT INTO articles_fts (rowid, title, lead, body, tags)
        VALUES (${articleId}, ${article.title}, ${article.lead}, ${markdownToPlainText(article.body)}, ${tagNames})`,
  );
}

/** Rebuilds the index when it does not cover every article (a new install, or a database restored from before it). */
export function ensureSearchIndex(db: Db): boolean {
  const indexed = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM articles_fts`).n;
  const total = db.select({ n: count() }).from(articles).get()?.n ?? 0;
  if (indexed === total) return false;
  db.transaction((tx) => {
    tx.run(sql`DELETE FROM articles_fts`);
    for (const { id } of tx.select({ id: articles.id }).from(articles).all()) indexArticle(tx, id);
  });
  return true;
}
