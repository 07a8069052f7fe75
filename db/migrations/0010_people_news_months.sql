DROP INDEX `people_news_published_idx`;--> statement-breakpoint
CREATE INDEX `people_news_published_idx` ON `people_news` (`published_at`,`updated_at`);