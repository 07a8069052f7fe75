CREATE TABLE `article_counts` (
	`status` text NOT NULL,
	`section_id` integer NOT NULL,
	`articles` integer NOT NULL,
	PRIMARY KEY(`status`, `section_id`)
);
--> statement-breakpoint
CREATE INDEX `articles_section_published_idx` ON `articles` (`section_id`,`published_at`);--> statement-breakpoint
CREATE INDEX `articles_status_title_idx` ON `articles` (`status`,`title`);--> statement-breakpoint
CREATE INDEX `articles_section_title_idx` ON `articles` (`section_id`,`title`);