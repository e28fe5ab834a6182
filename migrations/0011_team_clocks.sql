-- Per-field clocks for the team merge (electron/team/clock-triggers.ts writes the triggers below; drizzle-kit
-- has no triggers). The field clocks are read by key, so they live in their primary key (WITHOUT ROWID).
-- Rows already here get no stamps now: the first change to one stamps its birth from its updated_at.
CREATE TABLE `sync_aliases` (
	`alias_id` text PRIMARY KEY NOT NULL,
	`tbl` text NOT NULL,
	`canonical_id` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_clock` (
	`id` integer PRIMARY KEY NOT NULL,
	`hlc` integer NOT NULL,
	`paused` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sync_clock_one_row" CHECK("sync_clock"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `sync_field_clocks` (
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`field` text NOT NULL,
	`hlc` integer NOT NULL,
	`member_id` text,
	PRIMARY KEY(`tbl`, `row_id`, `field`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `sync_merges` (
	`id` text PRIMARY KEY NOT NULL,
	`merged_at` text NOT NULL,
	`from_member_id` text,
	`from_member_name` text NOT NULL,
	`file_id` text NOT NULL,
	`file_name` text NOT NULL,
	`report` text NOT NULL,
	`snapshot_file` text,
	`clock_after` integer NOT NULL,
	`undone_at` text
);
--> statement-breakpoint
CREATE TABLE `sync_seen` (
	`member_id` text PRIMARY KEY NOT NULL,
	`hlc` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `sync_clock` (`id`, `hlc`, `paused`) VALUES (1, 0, 0);
--> statement-breakpoint
CREATE TRIGGER `team_members_clock_insert` AFTER INSERT ON `team_members` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'team_members' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'team_members', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `team_members_clock_update` AFTER UPDATE ON `team_members` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'team_members', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'team_members' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'team_members' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'team_members', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `team_members_clock_delete` AFTER DELETE ON `team_members` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'team_members' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `accounts_clock_insert` AFTER INSERT ON `accounts` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'accounts' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'accounts', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `accounts_clock_update` AFTER UPDATE ON `accounts` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'accounts', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'accounts' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'accounts' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'industry' AS `field` WHERE OLD.`industry` IS NOT NEW.`industry` UNION ALL SELECT 'size_band' AS `field` WHERE OLD.`size_band` IS NOT NEW.`size_band` UNION ALL SELECT 'region' AS `field` WHERE OLD.`region` IS NOT NEW.`region`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'accounts', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'industry' AS `field` WHERE OLD.`industry` IS NOT NEW.`industry` UNION ALL SELECT 'size_band' AS `field` WHERE OLD.`size_band` IS NOT NEW.`size_band` UNION ALL SELECT 'region' AS `field` WHERE OLD.`region` IS NOT NEW.`region`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `accounts_clock_delete` AFTER DELETE ON `accounts` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'accounts' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `competitors_clock_insert` AFTER INSERT ON `competitors` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'competitors' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'competitors', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `competitors_clock_update` AFTER UPDATE ON `competitors` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'competitors', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'competitors' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'competitors' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'notes' AS `field` WHERE OLD.`notes` IS NOT NEW.`notes`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'competitors', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'notes' AS `field` WHERE OLD.`notes` IS NOT NEW.`notes`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `competitors_clock_delete` AFTER DELETE ON `competitors` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'competitors' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stages_clock_insert` AFTER INSERT ON `stages` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'stages' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'stages', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `stages_clock_update` AFTER UPDATE ON `stages` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'stages', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'stages' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'stages' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'position' AS `field` WHERE OLD.`position` IS NOT NEW.`position` UNION ALL SELECT 'win_probability' AS `field` WHERE OLD.`win_probability` IS NOT NEW.`win_probability`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'stages', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'position' AS `field` WHERE OLD.`position` IS NOT NEW.`position` UNION ALL SELECT 'win_probability' AS `field` WHERE OLD.`win_probability` IS NOT NEW.`win_probability`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `stages_clock_delete` AFTER DELETE ON `stages` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'stages' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `buyer_steps_clock_insert` AFTER INSERT ON `buyer_steps` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'buyer_steps' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'buyer_steps', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `buyer_steps_clock_update` AFTER UPDATE ON `buyer_steps` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'buyer_steps', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'buyer_steps' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'buyer_steps' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'position' AS `field` WHERE OLD.`position` IS NOT NEW.`position`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'buyer_steps', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'position' AS `field` WHERE OLD.`position` IS NOT NEW.`position`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `buyer_steps_clock_delete` AFTER DELETE ON `buyer_steps` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'buyer_steps' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `criteria_clock_insert` AFTER INSERT ON `criteria` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'criteria' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'criteria', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `criteria_clock_update` AFTER UPDATE ON `criteria` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'criteria', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'criteria' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'criteria' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'position' AS `field` WHERE OLD.`position` IS NOT NEW.`position`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'criteria', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'position' AS `field` WHERE OLD.`position` IS NOT NEW.`position`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `criteria_clock_delete` AFTER DELETE ON `criteria` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'criteria' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `reason_categories_clock_insert` AFTER INSERT ON `reason_categories` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'reason_categories' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'reason_categories', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reason_categories_clock_update` AFTER UPDATE ON `reason_categories` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'reason_categories', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'reason_categories' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'reason_categories' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'position' AS `field` WHERE OLD.`position` IS NOT NEW.`position`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'reason_categories', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'position' AS `field` WHERE OLD.`position` IS NOT NEW.`position`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reason_categories_clock_delete` AFTER DELETE ON `reason_categories` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'reason_categories' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `reasons_clock_insert` AFTER INSERT ON `reasons` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'reasons' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'reasons', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reasons_clock_update` AFTER UPDATE ON `reasons` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'reasons', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'reasons' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'reasons' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'category_id' AS `field` WHERE OLD.`category_id` IS NOT NEW.`category_id` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'kind' AS `field` WHERE OLD.`kind` IS NOT NEW.`kind` UNION ALL SELECT 'criterion_id' AS `field` WHERE OLD.`criterion_id` IS NOT NEW.`criterion_id`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'reasons', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'category_id' AS `field` WHERE OLD.`category_id` IS NOT NEW.`category_id` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'kind' AS `field` WHERE OLD.`kind` IS NOT NEW.`kind` UNION ALL SELECT 'criterion_id' AS `field` WHERE OLD.`criterion_id` IS NOT NEW.`criterion_id`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reasons_clock_delete` AFTER DELETE ON `reasons` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'reasons' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `people_clock_insert` AFTER INSERT ON `people` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'people' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'people', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_clock_update` AFTER UPDATE ON `people` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'people', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'people' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'people' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'title' AS `field` WHERE OLD.`title` IS NOT NEW.`title` UNION ALL SELECT 'account_id' AS `field` WHERE OLD.`account_id` IS NOT NEW.`account_id` UNION ALL SELECT 'buying_role' AS `field` WHERE OLD.`buying_role` IS NOT NEW.`buying_role` UNION ALL SELECT 'network_role' AS `field` WHERE OLD.`network_role` IS NOT NEW.`network_role` UNION ALL SELECT 'attitude' AS `field` WHERE OLD.`attitude` IS NOT NEW.`attitude` UNION ALL SELECT 'influence' AS `field` WHERE OLD.`influence` IS NOT NEW.`influence` UNION ALL SELECT 'reports_to_id' AS `field` WHERE OLD.`reports_to_id` IS NOT NEW.`reports_to_id` UNION ALL SELECT 'preferred_channel' AS `field` WHERE OLD.`preferred_channel` IS NOT NEW.`preferred_channel` UNION ALL SELECT 'owner_id' AS `field` WHERE OLD.`owner_id` IS NOT NEW.`owner_id` UNION ALL SELECT 'visibility' AS `field` WHERE OLD.`visibility` IS NOT NEW.`visibility`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'people', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'name' AS `field` WHERE OLD.`name` IS NOT NEW.`name` UNION ALL SELECT 'title' AS `field` WHERE OLD.`title` IS NOT NEW.`title` UNION ALL SELECT 'account_id' AS `field` WHERE OLD.`account_id` IS NOT NEW.`account_id` UNION ALL SELECT 'buying_role' AS `field` WHERE OLD.`buying_role` IS NOT NEW.`buying_role` UNION ALL SELECT 'network_role' AS `field` WHERE OLD.`network_role` IS NOT NEW.`network_role` UNION ALL SELECT 'attitude' AS `field` WHERE OLD.`attitude` IS NOT NEW.`attitude` UNION ALL SELECT 'influence' AS `field` WHERE OLD.`influence` IS NOT NEW.`influence` UNION ALL SELECT 'reports_to_id' AS `field` WHERE OLD.`reports_to_id` IS NOT NEW.`reports_to_id` UNION ALL SELECT 'preferred_channel' AS `field` WHERE OLD.`preferred_channel` IS NOT NEW.`preferred_channel` UNION ALL SELECT 'owner_id' AS `field` WHERE OLD.`owner_id` IS NOT NEW.`owner_id` UNION ALL SELECT 'visibility' AS `field` WHERE OLD.`visibility` IS NOT NEW.`visibility`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_clock_delete` AFTER DELETE ON `people` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'people' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_clock_insert` AFTER INSERT ON `cases` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'cases' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'cases', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_clock_update` AFTER UPDATE ON `cases` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'cases', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'cases' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'cases' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'title' AS `field` WHERE OLD.`title` IS NOT NEW.`title` UNION ALL SELECT 'account_id' AS `field` WHERE OLD.`account_id` IS NOT NEW.`account_id` UNION ALL SELECT 'offering' AS `field` WHERE OLD.`offering` IS NOT NEW.`offering` UNION ALL SELECT 'value_minor' AS `field` WHERE OLD.`value_minor` IS NOT NEW.`value_minor` UNION ALL SELECT 'currency' AS `field` WHERE OLD.`currency` IS NOT NEW.`currency` UNION ALL SELECT 'source' AS `field` WHERE OLD.`source` IS NOT NEW.`source` UNION ALL SELECT 'owner_id' AS `field` WHERE OLD.`owner_id` IS NOT NEW.`owner_id` UNION ALL SELECT 'opened_on' AS `field` WHERE OLD.`opened_on` IS NOT NEW.`opened_on` UNION ALL SELECT 'expected_close_on' AS `field` WHERE OLD.`expected_close_on` IS NOT NEW.`expected_close_on` UNION ALL SELECT 'closed_on' AS `field` WHERE OLD.`closed_on` IS NOT NEW.`closed_on` UNION ALL SELECT 'stage_id' AS `field` WHERE OLD.`stage_id` IS NOT NEW.`stage_id` UNION ALL SELECT 'probability' AS `field` WHERE OLD.`probability` IS NOT NEW.`probability` UNION ALL SELECT 'outcome' AS `field` WHERE OLD.`outcome` IS NOT NEW.`outcome` UNION ALL SELECT 'winner_competitor_id' AS `field` WHERE OLD.`winner_competitor_id` IS NOT NEW.`winner_competitor_id` UNION ALL SELECT 'debrief' AS `field` WHERE OLD.`debrief` IS NOT NEW.`debrief` UNION ALL SELECT 'debrief_step' AS `field` WHERE OLD.`debrief_step` IS NOT NEW.`debrief_step` UNION ALL SELECT 'notes' AS `field` WHERE OLD.`notes` IS NOT NEW.`notes` UNION ALL SELECT 'external_id' AS `field` WHERE OLD.`external_id` IS NOT NEW.`external_id`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'cases', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'title' AS `field` WHERE OLD.`title` IS NOT NEW.`title` UNION ALL SELECT 'account_id' AS `field` WHERE OLD.`account_id` IS NOT NEW.`account_id` UNION ALL SELECT 'offering' AS `field` WHERE OLD.`offering` IS NOT NEW.`offering` UNION ALL SELECT 'value_minor' AS `field` WHERE OLD.`value_minor` IS NOT NEW.`value_minor` UNION ALL SELECT 'currency' AS `field` WHERE OLD.`currency` IS NOT NEW.`currency` UNION ALL SELECT 'source' AS `field` WHERE OLD.`source` IS NOT NEW.`source` UNION ALL SELECT 'owner_id' AS `field` WHERE OLD.`owner_id` IS NOT NEW.`owner_id` UNION ALL SELECT 'opened_on' AS `field` WHERE OLD.`opened_on` IS NOT NEW.`opened_on` UNION ALL SELECT 'expected_close_on' AS `field` WHERE OLD.`expected_close_on` IS NOT NEW.`expected_close_on` UNION ALL SELECT 'closed_on' AS `field` WHERE OLD.`closed_on` IS NOT NEW.`closed_on` UNION ALL SELECT 'stage_id' AS `field` WHERE OLD.`stage_id` IS NOT NEW.`stage_id` UNION ALL SELECT 'probability' AS `field` WHERE OLD.`probability` IS NOT NEW.`probability` UNION ALL SELECT 'outcome' AS `field` WHERE OLD.`outcome` IS NOT NEW.`outcome` UNION ALL SELECT 'winner_competitor_id' AS `field` WHERE OLD.`winner_competitor_id` IS NOT NEW.`winner_competitor_id` UNION ALL SELECT 'debrief' AS `field` WHERE OLD.`debrief` IS NOT NEW.`debrief` UNION ALL SELECT 'debrief_step' AS `field` WHERE OLD.`debrief_step` IS NOT NEW.`debrief_step` UNION ALL SELECT 'notes' AS `field` WHERE OLD.`notes` IS NOT NEW.`notes` UNION ALL SELECT 'external_id' AS `field` WHERE OLD.`external_id` IS NOT NEW.`external_id`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_clock_delete` AFTER DELETE ON `cases` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'cases' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `case_buyer_steps_clock_insert` AFTER INSERT ON `case_buyer_steps` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_buyer_steps' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_buyer_steps', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_buyer_steps_clock_update` AFTER UPDATE ON `case_buyer_steps` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_buyer_steps', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'case_buyer_steps' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_buyer_steps' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'buyer_step_id' AS `field` WHERE OLD.`buyer_step_id` IS NOT NEW.`buyer_step_id` UNION ALL SELECT 'reached_on' AS `field` WHERE OLD.`reached_on` IS NOT NEW.`reached_on`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_buyer_steps', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'buyer_step_id' AS `field` WHERE OLD.`buyer_step_id` IS NOT NEW.`buyer_step_id` UNION ALL SELECT 'reached_on' AS `field` WHERE OLD.`reached_on` IS NOT NEW.`reached_on`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_buyer_steps_clock_delete` AFTER DELETE ON `case_buyer_steps` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_buyer_steps' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `case_reasons_clock_insert` AFTER INSERT ON `case_reasons` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_reasons' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_reasons', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_reasons_clock_update` AFTER UPDATE ON `case_reasons` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_reasons', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'case_reasons' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_reasons' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'reason_id' AS `field` WHERE OLD.`reason_id` IS NOT NEW.`reason_id` UNION ALL SELECT 'is_primary' AS `field` WHERE OLD.`is_primary` IS NOT NEW.`is_primary` UNION ALL SELECT 'evidence' AS `field` WHERE OLD.`evidence` IS NOT NEW.`evidence` UNION ALL SELECT 'confidence' AS `field` WHERE OLD.`confidence` IS NOT NEW.`confidence`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_reasons', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'reason_id' AS `field` WHERE OLD.`reason_id` IS NOT NEW.`reason_id` UNION ALL SELECT 'is_primary' AS `field` WHERE OLD.`is_primary` IS NOT NEW.`is_primary` UNION ALL SELECT 'evidence' AS `field` WHERE OLD.`evidence` IS NOT NEW.`evidence` UNION ALL SELECT 'confidence' AS `field` WHERE OLD.`confidence` IS NOT NEW.`confidence`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_reasons_clock_delete` AFTER DELETE ON `case_reasons` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_reasons' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `case_competitors_clock_insert` AFTER INSERT ON `case_competitors` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_competitors' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_competitors', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_competitors_clock_update` AFTER UPDATE ON `case_competitors` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_competitors', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'case_competitors' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_competitors' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'competitor_id' AS `field` WHERE OLD.`competitor_id` IS NOT NEW.`competitor_id` UNION ALL SELECT 'incumbent' AS `field` WHERE OLD.`incumbent` IS NOT NEW.`incumbent` UNION ALL SELECT 'price_minor' AS `field` WHERE OLD.`price_minor` IS NOT NEW.`price_minor`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_competitors', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'competitor_id' AS `field` WHERE OLD.`competitor_id` IS NOT NEW.`competitor_id` UNION ALL SELECT 'incumbent' AS `field` WHERE OLD.`incumbent` IS NOT NEW.`incumbent` UNION ALL SELECT 'price_minor' AS `field` WHERE OLD.`price_minor` IS NOT NEW.`price_minor`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_competitors_clock_delete` AFTER DELETE ON `case_competitors` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_competitors' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `case_criteria_clock_insert` AFTER INSERT ON `case_criteria` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_criteria' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_criteria', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_criteria_clock_update` AFTER UPDATE ON `case_criteria` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_criteria', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'case_criteria' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_criteria' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'criterion_id' AS `field` WHERE OLD.`criterion_id` IS NOT NEW.`criterion_id` UNION ALL SELECT 'importance' AS `field` WHERE OLD.`importance` IS NOT NEW.`importance` UNION ALL SELECT 'our_rating' AS `field` WHERE OLD.`our_rating` IS NOT NEW.`our_rating` UNION ALL SELECT 'rival_rating' AS `field` WHERE OLD.`rival_rating` IS NOT NEW.`rival_rating`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_criteria', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'criterion_id' AS `field` WHERE OLD.`criterion_id` IS NOT NEW.`criterion_id` UNION ALL SELECT 'importance' AS `field` WHERE OLD.`importance` IS NOT NEW.`importance` UNION ALL SELECT 'our_rating' AS `field` WHERE OLD.`our_rating` IS NOT NEW.`our_rating` UNION ALL SELECT 'rival_rating' AS `field` WHERE OLD.`rival_rating` IS NOT NEW.`rival_rating`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_criteria_clock_delete` AFTER DELETE ON `case_criteria` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_criteria' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `case_people_clock_insert` AFTER INSERT ON `case_people` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_people' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_people', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_people_clock_update` AFTER UPDATE ON `case_people` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_people', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'case_people' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_people' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'person_id' AS `field` WHERE OLD.`person_id` IS NOT NEW.`person_id` UNION ALL SELECT 'reached' AS `field` WHERE OLD.`reached` IS NOT NEW.`reached`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'case_people', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'person_id' AS `field` WHERE OLD.`person_id` IS NOT NEW.`person_id` UNION ALL SELECT 'reached' AS `field` WHERE OLD.`reached` IS NOT NEW.`reached`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_people_clock_delete` AFTER DELETE ON `case_people` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'case_people' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `relationships_clock_insert` AFTER INSERT ON `relationships` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'relationships' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'relationships', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `relationships_clock_update` AFTER UPDATE ON `relationships` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'relationships', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'relationships' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'relationships' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'member_id' AS `field` WHERE OLD.`member_id` IS NOT NEW.`member_id` UNION ALL SELECT 'person_id' AS `field` WHERE OLD.`person_id` IS NOT NEW.`person_id` UNION ALL SELECT 'strength' AS `field` WHERE OLD.`strength` IS NOT NEW.`strength`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'relationships', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'member_id' AS `field` WHERE OLD.`member_id` IS NOT NEW.`member_id` UNION ALL SELECT 'person_id' AS `field` WHERE OLD.`person_id` IS NOT NEW.`person_id` UNION ALL SELECT 'strength' AS `field` WHERE OLD.`strength` IS NOT NEW.`strength`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `relationships_clock_delete` AFTER DELETE ON `relationships` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'relationships' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_clock_insert` AFTER INSERT ON `interactions` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'interactions' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'interactions', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_clock_update` AFTER UPDATE ON `interactions` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'interactions', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'interactions' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'interactions' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'person_id' AS `field` WHERE OLD.`person_id` IS NOT NEW.`person_id` UNION ALL SELECT 'on_date' AS `field` WHERE OLD.`on_date` IS NOT NEW.`on_date` UNION ALL SELECT 'channel' AS `field` WHERE OLD.`channel` IS NOT NEW.`channel` UNION ALL SELECT 'notes' AS `field` WHERE OLD.`notes` IS NOT NEW.`notes`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'interactions', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'person_id' AS `field` WHERE OLD.`person_id` IS NOT NEW.`person_id` UNION ALL SELECT 'on_date' AS `field` WHERE OLD.`on_date` IS NOT NEW.`on_date` UNION ALL SELECT 'channel' AS `field` WHERE OLD.`channel` IS NOT NEW.`channel` UNION ALL SELECT 'notes' AS `field` WHERE OLD.`notes` IS NOT NEW.`notes`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_clock_delete` AFTER DELETE ON `interactions` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'interactions' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_clock_insert` AFTER INSERT ON `lessons` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'lessons' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'lessons', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_clock_update` AFTER UPDATE ON `lessons` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'lessons', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'lessons' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'lessons' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'text' AS `field` WHERE OLD.`text` IS NOT NEW.`text` UNION ALL SELECT 'kind' AS `field` WHERE OLD.`kind` IS NOT NEW.`kind` UNION ALL SELECT 'tag_kind' AS `field` WHERE OLD.`tag_kind` IS NOT NEW.`tag_kind` UNION ALL SELECT 'tag_id' AS `field` WHERE OLD.`tag_id` IS NOT NEW.`tag_id`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'lessons', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'case_id' AS `field` WHERE OLD.`case_id` IS NOT NEW.`case_id` UNION ALL SELECT 'text' AS `field` WHERE OLD.`text` IS NOT NEW.`text` UNION ALL SELECT 'kind' AS `field` WHERE OLD.`kind` IS NOT NEW.`kind` UNION ALL SELECT 'tag_kind' AS `field` WHERE OLD.`tag_kind` IS NOT NEW.`tag_kind` UNION ALL SELECT 'tag_id' AS `field` WHERE OLD.`tag_id` IS NOT NEW.`tag_id`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_clock_delete` AFTER DELETE ON `lessons` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'lessons' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `actions_clock_insert` AFTER INSERT ON `actions` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'actions' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'actions', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `actions_clock_update` AFTER UPDATE ON `actions` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'actions', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'actions' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'actions' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'title' AS `field` WHERE OLD.`title` IS NOT NEW.`title` UNION ALL SELECT 'kind' AS `field` WHERE OLD.`kind` IS NOT NEW.`kind` UNION ALL SELECT 'owner_id' AS `field` WHERE OLD.`owner_id` IS NOT NEW.`owner_id` UNION ALL SELECT 'due_on' AS `field` WHERE OLD.`due_on` IS NOT NEW.`due_on` UNION ALL SELECT 'status' AS `field` WHERE OLD.`status` IS NOT NEW.`status` UNION ALL SELECT 'done_on' AS `field` WHERE OLD.`done_on` IS NOT NEW.`done_on` UNION ALL SELECT 'scope' AS `field` WHERE OLD.`scope` IS NOT NEW.`scope` UNION ALL SELECT 'scope_value' AS `field` WHERE OLD.`scope_value` IS NOT NEW.`scope_value`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'actions', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'title' AS `field` WHERE OLD.`title` IS NOT NEW.`title` UNION ALL SELECT 'kind' AS `field` WHERE OLD.`kind` IS NOT NEW.`kind` UNION ALL SELECT 'owner_id' AS `field` WHERE OLD.`owner_id` IS NOT NEW.`owner_id` UNION ALL SELECT 'due_on' AS `field` WHERE OLD.`due_on` IS NOT NEW.`due_on` UNION ALL SELECT 'status' AS `field` WHERE OLD.`status` IS NOT NEW.`status` UNION ALL SELECT 'done_on' AS `field` WHERE OLD.`done_on` IS NOT NEW.`done_on` UNION ALL SELECT 'scope' AS `field` WHERE OLD.`scope` IS NOT NEW.`scope` UNION ALL SELECT 'scope_value' AS `field` WHERE OLD.`scope_value` IS NOT NEW.`scope_value`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `actions_clock_delete` AFTER DELETE ON `actions` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'actions' AND `row_id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `action_lessons_clock_insert` AFTER INSERT ON `action_lessons` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'action_lessons' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'action_lessons', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `action_lessons_clock_update` AFTER UPDATE ON `action_lessons` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'action_lessons', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'action_lessons' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'action_lessons' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'action_id' AS `field` WHERE OLD.`action_id` IS NOT NEW.`action_id` UNION ALL SELECT 'lesson_id' AS `field` WHERE OLD.`lesson_id` IS NOT NEW.`lesson_id`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'action_lessons', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'action_id' AS `field` WHERE OLD.`action_id` IS NOT NEW.`action_id` UNION ALL SELECT 'lesson_id' AS `field` WHERE OLD.`lesson_id` IS NOT NEW.`lesson_id`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `action_lessons_clock_delete` AFTER DELETE ON `action_lessons` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'action_lessons' AND `row_id` = OLD.`id`;
END;
