CREATE TABLE `section_slug_history` (
	`slug` text PRIMARY KEY NOT NULL,
	`section_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tag_slug_history` (
	`slug` text PRIMARY KEY NOT NULL,
	`tag_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `sections` ADD `hidden` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `tags` ADD `description` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `tags` ADD `featured` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `tags_name_idx` ON `tags` (`name`);