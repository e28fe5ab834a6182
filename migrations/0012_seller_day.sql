ALTER TABLE `cases` ADD `next_step` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `next_step_on` text;--> statement-breakpoint
CREATE INDEX `cases_next_step_idx` ON `cases` (`deleted_at`,`outcome`,`next_step_on`);--> statement-breakpoint
CREATE INDEX `cases_expected_close_idx` ON `cases` (`deleted_at`,`outcome`,`expected_close_on`);--> statement-breakpoint
-- Hand-written below (drizzle-kit has no virtual tables or triggers): one full-text index over cases, accounts,
-- people, lessons and actions for "find anything". derived_search_keys gives each row a stable integer key
-- (a text-keyed table's rowid may change on VACUUM); derived_search holds the words. Triggers keep both current
-- whoever writes (services, imports, merges); trashed rows leave the index. The bulk loader drops triggers and
-- rebuilds with electron/search/search-index.ts, which reads the same columns.
CREATE TABLE `derived_search_keys` (
	`key` integer PRIMARY KEY,
	`kind` text NOT NULL,
	`ref_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `derived_search_keys_ref` ON `derived_search_keys` (`kind`, `ref_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `derived_search` USING fts5(`body`, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'case', `id` FROM `cases`;
--> statement-breakpoint
INSERT INTO `derived_search` (`rowid`, `body`) SELECT k.`key`, r.`title` || ' ' || coalesce(r.`offering`, '') || ' ' || coalesce(r.`next_step`, '') || ' ' || r.`notes` FROM `cases` r JOIN `derived_search_keys` k ON k.`kind` = 'case' AND k.`ref_id` = r.`id` WHERE r.`deleted_at` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `cases_search_insert` AFTER INSERT ON `cases` BEGIN
	INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'case', NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_search_keys` WHERE `kind` = 'case' AND `ref_id` = NEW.`id`);
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'case' AND `ref_id` = NEW.`id`);
	INSERT INTO `derived_search` (`rowid`, `body`) SELECT `key`, NEW.`title` || ' ' || coalesce(NEW.`offering`, '') || ' ' || coalesce(NEW.`next_step`, '') || ' ' || NEW.`notes` FROM `derived_search_keys` WHERE `kind` = 'case' AND `ref_id` = NEW.`id` AND NEW.`deleted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_search_update` AFTER UPDATE OF `title`, `offering`, `next_step`, `notes`, `deleted_at` ON `cases` BEGIN
	INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'case', NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_search_keys` WHERE `kind` = 'case' AND `ref_id` = NEW.`id`);
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'case' AND `ref_id` = NEW.`id`);
	INSERT INTO `derived_search` (`rowid`, `body`) SELECT `key`, NEW.`title` || ' ' || coalesce(NEW.`offering`, '') || ' ' || coalesce(NEW.`next_step`, '') || ' ' || NEW.`notes` FROM `derived_search_keys` WHERE `kind` = 'case' AND `ref_id` = NEW.`id` AND NEW.`deleted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_search_delete` AFTER DELETE ON `cases` BEGIN
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'case' AND `ref_id` = OLD.`id`);
	DELETE FROM `derived_search_keys` WHERE `kind` = 'case' AND `ref_id` = OLD.`id`;
END;
--> statement-breakpoint
INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'account', `id` FROM `accounts`;
--> statement-breakpoint
INSERT INTO `derived_search` (`rowid`, `body`) SELECT k.`key`, r.`name` || ' ' || coalesce(r.`industry`, '') || ' ' || coalesce(r.`region`, '') FROM `accounts` r JOIN `derived_search_keys` k ON k.`kind` = 'account' AND k.`ref_id` = r.`id` WHERE r.`deleted_at` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `accounts_search_insert` AFTER INSERT ON `accounts` BEGIN
	INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'account', NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_search_keys` WHERE `kind` = 'account' AND `ref_id` = NEW.`id`);
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'account' AND `ref_id` = NEW.`id`);
	INSERT INTO `derived_search` (`rowid`, `body`) SELECT `key`, NEW.`name` || ' ' || coalesce(NEW.`industry`, '') || ' ' || coalesce(NEW.`region`, '') FROM `derived_search_keys` WHERE `kind` = 'account' AND `ref_id` = NEW.`id` AND NEW.`deleted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `accounts_search_update` AFTER UPDATE OF `name`, `industry`, `region`, `deleted_at` ON `accounts` BEGIN
	INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'account', NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_search_keys` WHERE `kind` = 'account' AND `ref_id` = NEW.`id`);
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'account' AND `ref_id` = NEW.`id`);
	INSERT INTO `derived_search` (`rowid`, `body`) SELECT `key`, NEW.`name` || ' ' || coalesce(NEW.`industry`, '') || ' ' || coalesce(NEW.`region`, '') FROM `derived_search_keys` WHERE `kind` = 'account' AND `ref_id` = NEW.`id` AND NEW.`deleted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `accounts_search_delete` AFTER DELETE ON `accounts` BEGIN
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'account' AND `ref_id` = OLD.`id`);
	DELETE FROM `derived_search_keys` WHERE `kind` = 'account' AND `ref_id` = OLD.`id`;
END;
--> statement-breakpoint
INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'person', `id` FROM `people`;
--> statement-breakpoint
INSERT INTO `derived_search` (`rowid`, `body`) SELECT k.`key`, r.`name` || ' ' || r.`title` FROM `people` r JOIN `derived_search_keys` k ON k.`kind` = 'person' AND k.`ref_id` = r.`id` WHERE r.`deleted_at` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `people_search_insert` AFTER INSERT ON `people` BEGIN
	INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'person', NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_search_keys` WHERE `kind` = 'person' AND `ref_id` = NEW.`id`);
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'person' AND `ref_id` = NEW.`id`);
	INSERT INTO `derived_search` (`rowid`, `body`) SELECT `key`, NEW.`name` || ' ' || NEW.`title` FROM `derived_search_keys` WHERE `kind` = 'person' AND `ref_id` = NEW.`id` AND NEW.`deleted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_update` AFTER UPDATE OF `name`, `title`, `deleted_at` ON `people` BEGIN
	INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'person', NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_search_keys` WHERE `kind` = 'person' AND `ref_id` = NEW.`id`);
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'person' AND `ref_id` = NEW.`id`);
	INSERT INTO `derived_search` (`rowid`, `body`) SELECT `key`, NEW.`name` || ' ' || NEW.`title` FROM `derived_search_keys` WHERE `kind` = 'person' AND `ref_id` = NEW.`id` AND NEW.`deleted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_delete` AFTER DELETE ON `people` BEGIN
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'person' AND `ref_id` = OLD.`id`);
	DELETE FROM `derived_search_keys` WHERE `kind` = 'person' AND `ref_id` = OLD.`id`;
END;
--> statement-breakpoint
INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'lesson', `id` FROM `lessons`;
--> statement-breakpoint
INSERT INTO `derived_search` (`rowid`, `body`) SELECT k.`key`, r.`text` FROM `lessons` r JOIN `derived_search_keys` k ON k.`kind` = 'lesson' AND k.`ref_id` = r.`id` WHERE r.`deleted_at` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `lessons_search_insert` AFTER INSERT ON `lessons` BEGIN
	INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'lesson', NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_search_keys` WHERE `kind` = 'lesson' AND `ref_id` = NEW.`id`);
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'lesson' AND `ref_id` = NEW.`id`);
	INSERT INTO `derived_search` (`rowid`, `body`) SELECT `key`, NEW.`text` FROM `derived_search_keys` WHERE `kind` = 'lesson' AND `ref_id` = NEW.`id` AND NEW.`deleted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_search_update` AFTER UPDATE OF `text`, `deleted_at` ON `lessons` BEGIN
	INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'lesson', NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_search_keys` WHERE `kind` = 'lesson' AND `ref_id` = NEW.`id`);
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'lesson' AND `ref_id` = NEW.`id`);
	INSERT INTO `derived_search` (`rowid`, `body`) SELECT `key`, NEW.`text` FROM `derived_search_keys` WHERE `kind` = 'lesson' AND `ref_id` = NEW.`id` AND NEW.`deleted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_search_delete` AFTER DELETE ON `lessons` BEGIN
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'lesson' AND `ref_id` = OLD.`id`);
	DELETE FROM `derived_search_keys` WHERE `kind` = 'lesson' AND `ref_id` = OLD.`id`;
END;
--> statement-breakpoint
INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'action', `id` FROM `actions`;
--> statement-breakpoint
INSERT INTO `derived_search` (`rowid`, `body`) SELECT k.`key`, r.`title` FROM `actions` r JOIN `derived_search_keys` k ON k.`kind` = 'action' AND k.`ref_id` = r.`id` WHERE r.`deleted_at` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `actions_search_insert` AFTER INSERT ON `actions` BEGIN
	INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'action', NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_search_keys` WHERE `kind` = 'action' AND `ref_id` = NEW.`id`);
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'action' AND `ref_id` = NEW.`id`);
	INSERT INTO `derived_search` (`rowid`, `body`) SELECT `key`, NEW.`title` FROM `derived_search_keys` WHERE `kind` = 'action' AND `ref_id` = NEW.`id` AND NEW.`deleted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `actions_search_update` AFTER UPDATE OF `title`, `deleted_at` ON `actions` BEGIN
	INSERT INTO `derived_search_keys` (`kind`, `ref_id`) SELECT 'action', NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_search_keys` WHERE `kind` = 'action' AND `ref_id` = NEW.`id`);
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'action' AND `ref_id` = NEW.`id`);
	INSERT INTO `derived_search` (`rowid`, `body`) SELECT `key`, NEW.`title` FROM `derived_search_keys` WHERE `kind` = 'action' AND `ref_id` = NEW.`id` AND NEW.`deleted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `actions_search_delete` AFTER DELETE ON `actions` BEGIN
	DELETE FROM `derived_search` WHERE `rowid` = (SELECT `key` FROM `derived_search_keys` WHERE `kind` = 'action' AND `ref_id` = OLD.`id`);
	DELETE FROM `derived_search_keys` WHERE `kind` = 'action' AND `ref_id` = OLD.`id`;
END;
