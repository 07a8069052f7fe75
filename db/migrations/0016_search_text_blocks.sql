-- The search text is now built with block boundaries kept (domain/markdown.ts markdownToPlainText: list items,
-- table cells, quoted paragraphs and headings each on a line of their own), so every article must be indexed again.
-- This does in SQL what requestSearchIndexRebuild() in db/search-index.ts does: empty the three indexes and set the
-- rebuild cursor to 0 (start from the newest article). At the next start db/prepare.ts sees the rebuild is due and
-- the server refills the index in the background (db/search-rebuild-worker.cjs). No schema change.
DELETE FROM `articles_fts`;
--> statement-breakpoint
DELETE FROM `article_titles`;
--> statement-breakpoint
DELETE FROM `search_terms`;
--> statement-breakpoint
INSERT INTO `search_index_state` (`id`, `rebuild_cursor`, `updated_at`) VALUES (1, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
	ON CONFLICT (`id`) DO UPDATE SET `rebuild_cursor` = 0, `updated_at` = excluded.`updated_at`;
