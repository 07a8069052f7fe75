CREATE TABLE `search_index_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`rebuild_cursor` integer,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sitemap_months` (
	`month` text PRIMARY KEY NOT NULL,
	`articles` integer NOT NULL,
	`lastmod` text NOT NULL
);
--> statement-breakpoint
DROP INDEX `article_authors_author_idx`;--> statement-breakpoint
ALTER TABLE `article_authors` ADD `published_at` text;--> statement-breakpoint
CREATE INDEX `article_authors_listing_idx` ON `article_authors` (`author_id`,`published_at`,`article_id`);--> statement-breakpoint
DROP INDEX `article_tags_tag_idx`;--> statement-breakpoint
ALTER TABLE `article_tags` ADD `published_at` text;--> statement-breakpoint
CREATE INDEX `article_tags_listing_idx` ON `article_tags` (`tag_id`,`published_at`,`article_id`);--> statement-breakpoint
DROP INDEX `articles_section_status_published_idx`;--> statement-breakpoint
ALTER TABLE `articles` ADD `search_key` integer GENERATED ALWAYS AS (max(0, CAST((julianday(coalesce(published_at, created_at)) - 2451544.5) * 1440 AS INTEGER)) * 134217728 + id) VIRTUAL;--> statement-breakpoint
CREATE INDEX `articles_section_listing_idx` ON `articles` (`section_id`,`kind`,`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `articles_updated_idx` ON `articles` (`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_status_updated_idx` ON `articles` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_section_updated_idx` ON `articles` (`section_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_published_idx` ON `articles` (`published_at`);--> statement-breakpoint
CREATE INDEX `articles_title_idx` ON `articles` (`title`);