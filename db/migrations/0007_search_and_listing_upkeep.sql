-- Archive scale (issue 12): what the listings, sitemaps and search read is kept up to date by triggers, so no page
-- has to pass over the archive to answer. Hand-written (drizzle-kit generate --custom): Drizzle's schema has no
-- triggers, virtual tables or WITHOUT ROWID tables.

-- 1. Tag and author listings: article_tags / article_authors carry the article's publication time while it is
--    published (null otherwise), so a tag or author page is one range of one index, newest first.
UPDATE `article_tags` SET `published_at` = (
	SELECT CASE WHEN a.`status` = 'published' THEN a.`published_at` END FROM `articles` a WHERE a.`id` = `article_tags`.`article_id`
);
--> statement-breakpoint
UPDATE `article_authors` SET `published_at` = (
	SELECT CASE WHEN a.`status` = 'published' THEN a.`published_at` END FROM `articles` a WHERE a.`id` = `article_authors`.`article_id`
);
--> statement-breakpoint
CREATE TRIGGER `article_tags_listed` AFTER INSERT ON `article_tags` BEGIN
	UPDATE `article_tags` SET `published_at` = (
		SELECT CASE WHEN `status` = 'published' THEN `published_at` END FROM `articles` WHERE `id` = NEW.`article_id`
	) WHERE `rowid` = NEW.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_authors_listed` AFTER INSERT ON `article_authors` BEGIN
	UPDATE `article_authors` SET `published_at` = (
		SELECT CASE WHEN `status` = 'published' THEN `published_at` END FROM `articles` WHERE `id` = NEW.`article_id`
	) WHERE `rowid` = NEW.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_listed` AFTER UPDATE OF `status`, `published_at` ON `articles`
WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`published_at` IS NOT NEW.`published_at`
BEGIN
	UPDATE `article_tags` SET `published_at` = CASE WHEN NEW.`status` = 'published' THEN NEW.`published_at` END WHERE `article_id` = NEW.`id`;
	UPDATE `article_authors` SET `published_at` = CASE WHEN NEW.`status` = 'published' THEN NEW.`published_at` END WHERE `article_id` = NEW.`id`;
END;
--> statement-breakpoint

-- 2. The article sitemaps' months: published articles per UTC month of publication and the newest change among
--    them. An edit counts as leaving and re-entering the month, so the count stays and the time moves; an
--    unpublished article leaves its month, which changed too.
INSERT INTO `sitemap_months` (`month`, `articles`, `lastmod`)
	SELECT substr(`published_at`, 1, 7), count(*), max(`updated_at`) FROM `articles`
	WHERE `status` = 'published' AND `published_at` IS NOT NULL GROUP BY 1;
--> statement-breakpoint
CREATE TRIGGER `articles_sitemap_insert` AFTER INSERT ON `articles`
WHEN NEW.`status` = 'published' AND NEW.`published_at` IS NOT NULL
BEGIN
	INSERT INTO `sitemap_months` (`month`, `articles`, `lastmod`) VALUES (substr(NEW.`published_at`, 1, 7), 1, NEW.`updated_at`)
		ON CONFLICT (`month`) DO UPDATE SET `articles` = `articles` + 1, `lastmod` = max(`lastmod`, excluded.`lastmod`);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_sitemap_update` AFTER UPDATE ON `articles`
WHEN (OLD.`status` = 'published' AND OLD.`published_at` IS NOT NULL) OR (NEW.`status` = 'published' AND NEW.`published_at` IS NOT NULL)
BEGIN
	UPDATE `sitemap_months` SET `articles` = `articles` - 1, `lastmod` = max(`lastmod`, NEW.`updated_at`)
		WHERE OLD.`status` = 'published' AND OLD.`published_at` IS NOT NULL AND `month` = substr(OLD.`published_at`, 1, 7);
	INSERT INTO `sitemap_months` (`month`, `articles`, `lastmod`)
		SELECT substr(NEW.`published_at`, 1, 7), 1, NEW.`updated_at` WHERE NEW.`status` = 'published' AND NEW.`published_at` IS NOT NULL
		ON CONFLICT (`month`) DO UPDATE SET `articles` = `articles` + 1, `lastmod` = max(`lastmod`, excluded.`lastmod`);
	DELETE FROM `sitemap_months` WHERE `articles` <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_sitemap_delete` AFTER DELETE ON `articles`
WHEN OLD.`status` = 'published' AND OLD.`published_at` IS NOT NULL
BEGIN
	UPDATE `sitemap_months` SET `articles` = `articles` - 1, `lastmod` = max(`lastmod`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
		WHERE `month` = substr(OLD.`published_at`, 1, 7);
	DELETE FROM `sitemap_months` WHERE `articles` <= 0;
END;
--> statement-breakpoint

-- 3. Search. The index is recreated with articles.search_key as its rowid (newest first; see db/schema.ts) and
--    filled again in the background by the server (db/search-index.ts), which reads search_index_state.
--    search_terms lists every word the index holds, so a prefix ("digi") is expanded to its words with one range
--    read. article_titles holds each article's title folded to lower case (Æ/Ø/Å included) in a trigram index,
--    for the newsroom's "title contains" search.
DROP TABLE `articles_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	`title`,
	`lead`,
	`body`,
	`tags`,
	tokenize = 'unicode61 remove_diacritics 0'
);
--> statement-breakpoint
CREATE TABLE `search_terms` (`term` text PRIMARY KEY NOT NULL) WITHOUT ROWID;
--> statement-breakpoint
CREATE VIRTUAL TABLE `article_titles` USING fts5(`title`, tokenize = 'trigram');
--> statement-breakpoint
INSERT INTO `search_index_state` (`id`, `rebuild_cursor`, `updated_at`) VALUES (1, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
--> statement-breakpoint
CREATE TRIGGER `articles_search_key` AFTER UPDATE OF `published_at`, `created_at` ON `articles`
WHEN OLD.`search_key` IS NOT NEW.`search_key`
BEGIN
	UPDATE `articles_fts` SET `rowid` = NEW.`search_key` WHERE `rowid` = OLD.`search_key`;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_delete` AFTER DELETE ON `articles` BEGIN
	DELETE FROM `articles_fts` WHERE `rowid` = OLD.`search_key`;
	DELETE FROM `article_titles` WHERE `rowid` = OLD.`id`;
END;
