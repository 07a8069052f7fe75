-- The newsroom's article counts per status and section, kept by triggers (hand-written: drizzle-kit generate
-- --custom). Drafts come and go, articles change status and section; each change moves one article between rows.
INSERT INTO `article_counts` (`status`, `section_id`, `articles`)
	SELECT `status`, `section_id`, count(*) FROM `articles` GROUP BY `status`, `section_id`;
--> statement-breakpoint
CREATE TRIGGER `article_counts_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `article_counts` (`status`, `section_id`, `articles`) VALUES (NEW.`status`, NEW.`section_id`, 1)
		ON CONFLICT (`status`, `section_id`) DO UPDATE SET `articles` = `articles` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `article_counts_delete` AFTER DELETE ON `articles` BEGIN
	UPDATE `article_counts` SET `articles` = `articles` - 1 WHERE `status` = OLD.`status` AND `section_id` = OLD.`section_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_counts_update` AFTER UPDATE OF `status`, `section_id` ON `articles`
WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`section_id` IS NOT NEW.`section_id`
BEGIN
	UPDATE `article_counts` SET `articles` = `articles` - 1 WHERE `status` = OLD.`status` AND `section_id` = OLD.`section_id`;
	INSERT INTO `article_counts` (`status`, `section_id`, `articles`) VALUES (NEW.`status`, NEW.`section_id`, 1)
		ON CONFLICT (`status`, `section_id`) DO UPDATE SET `articles` = `articles` + 1;
END;
