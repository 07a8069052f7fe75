-- tags.newest_published_at: the publication time of the tag's newest published article, kept by triggers on
-- article_tags (hand-written: drizzle-kit generate --custom). article_tags.published_at is itself kept by the
-- triggers of migration 0007, so a publish, an unpublish, a retag and a delete all arrive here. One index seek each.
UPDATE `tags` SET `newest_published_at` = (SELECT max(`published_at`) FROM `article_tags` WHERE `tag_id` = `tags`.`id`);
--> statement-breakpoint
CREATE TRIGGER `tags_newest_insert` AFTER INSERT ON `article_tags` BEGIN
	UPDATE `tags` SET `newest_published_at` = (SELECT max(`published_at`) FROM `article_tags` WHERE `tag_id` = NEW.`tag_id`) WHERE `id` = NEW.`tag_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tags_newest_update` AFTER UPDATE OF `published_at`, `tag_id` ON `article_tags` BEGIN
	UPDATE `tags` SET `newest_published_at` = (SELECT max(`published_at`) FROM `article_tags` WHERE `tag_id` = NEW.`tag_id`) WHERE `id` = NEW.`tag_id`;
	UPDATE `tags` SET `newest_published_at` = (SELECT max(`published_at`) FROM `article_tags` WHERE `tag_id` = OLD.`tag_id`) WHERE `id` = OLD.`tag_id` AND OLD.`tag_id` IS NOT NEW.`tag_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tags_newest_delete` AFTER DELETE ON `article_tags` BEGIN
	UPDATE `tags` SET `newest_published_at` = (SELECT max(`published_at`) FROM `article_tags` WHERE `tag_id` = OLD.`tag_id`) WHERE `id` = OLD.`tag_id`;
END;
