-- Exchange rates to a home currency from a day on (electron/db/schema/rates.ts), shared with the team: the table's
-- clock triggers come with it (electron/team/clock-triggers.ts; test/team/clock-schema.test.ts checks they agree).
CREATE TABLE `currency_rates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`currency` text NOT NULL,
	`home_currency` text NOT NULL,
	`rate` real NOT NULL,
	`from_on` text NOT NULL,
	CONSTRAINT "currency_rates_rate_positive" CHECK("currency_rates"."rate" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `currency_rates_unique` ON `currency_rates` (`home_currency`,`currency`,`from_on`);--> statement-breakpoint
CREATE INDEX `currency_rates_live_idx` ON `currency_rates` (`home_currency`,`currency`,`from_on`,`rate`) WHERE "currency_rates"."deleted_at" is null;--> statement-breakpoint
CREATE TRIGGER `currency_rates_clock_insert` AFTER INSERT ON `currency_rates` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'currency_rates' AND `row_id` = NEW.`id`;
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'currency_rates', NEW.`id`, '*', `hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock` WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `currency_rates_clock_update` AFTER UPDATE ON `currency_rates` WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0 BEGIN
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'currency_rates', OLD.`id`, '*', coalesce(CAST(round(unixepoch(OLD.`updated_at`, 'subsec') * 1000) AS INTEGER), 0) * 1024, NULL WHERE NOT EXISTS (SELECT 1 FROM `sync_field_clocks` WHERE `tbl` = 'currency_rates' AND `row_id` = OLD.`id` AND `field` = '*');
	UPDATE `sync_clock` SET `hlc` = max(`hlc` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1024) WHERE `id` = 1;
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'currency_rates' AND `row_id` = NEW.`id` AND `field` IN (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'currency' AS `field` WHERE OLD.`currency` IS NOT NEW.`currency` UNION ALL SELECT 'home_currency' AS `field` WHERE OLD.`home_currency` IS NOT NEW.`home_currency` UNION ALL SELECT 'rate' AS `field` WHERE OLD.`rate` IS NOT NEW.`rate` UNION ALL SELECT 'from_on' AS `field` WHERE OLD.`from_on` IS NOT NEW.`from_on`);
	INSERT INTO `sync_field_clocks` (`tbl`, `row_id`, `field`, `hlc`, `member_id`) SELECT 'currency_rates', NEW.`id`, `changed`.`field`, `sync_clock`.`hlc`, (SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1) FROM `sync_clock`, (SELECT 'deleted_at' AS `field` WHERE OLD.`deleted_at` IS NOT NEW.`deleted_at` UNION ALL SELECT 'currency' AS `field` WHERE OLD.`currency` IS NOT NEW.`currency` UNION ALL SELECT 'home_currency' AS `field` WHERE OLD.`home_currency` IS NOT NEW.`home_currency` UNION ALL SELECT 'rate' AS `field` WHERE OLD.`rate` IS NOT NEW.`rate` UNION ALL SELECT 'from_on' AS `field` WHERE OLD.`from_on` IS NOT NEW.`from_on`) AS `changed` WHERE `sync_clock`.`id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `currency_rates_clock_delete` AFTER DELETE ON `currency_rates` BEGIN
	DELETE FROM `sync_field_clocks` WHERE `tbl` = 'currency_rates' AND `row_id` = OLD.`id`;
END;
