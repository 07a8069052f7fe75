CREATE TABLE `companies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`website` text,
	`tag_id` integer,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `companies_slug_unique` ON `companies` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `companies_name_unique` ON `companies` (`name`);--> statement-breakpoint
ALTER TABLE `jobs` ADD `company_id` integer REFERENCES companies(id);--> statement-breakpoint
CREATE INDEX `jobs_company_idx` ON `jobs` (`company_id`,`expires_at`);--> statement-breakpoint
ALTER TABLE `people_news` ADD `company_id` integer REFERENCES companies(id);--> statement-breakpoint
CREATE INDEX `people_news_company_idx` ON `people_news` (`company_id`,`published_at`);