CREATE TABLE `author_slug_history` (
	`slug` text PRIMARY KEY NOT NULL,
	`author_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `authors` ADD `show_email` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `authors` ADD `linkedin_url` text;--> statement-breakpoint
ALTER TABLE `authors` ADD `x_url` text;--> statement-breakpoint
ALTER TABLE `authors` ADD `mastodon_url` text;--> statement-breakpoint
ALTER TABLE `authors` ADD `active` integer DEFAULT true NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `authors_user_idx` ON `authors` (`user_id`);--> statement-breakpoint
ALTER TABLE `people_news` ADD `author_id` integer REFERENCES authors(id);--> statement-breakpoint
CREATE INDEX `people_news_author_idx` ON `people_news` (`author_id`,`published_at`);