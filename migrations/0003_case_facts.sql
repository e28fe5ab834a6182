CREATE TABLE `derived_case_facts` (
	`case_id` text PRIMARY KEY NOT NULL,
	`steps` integer NOT NULL,
	`step_id` text,
	`last_step_on` text,
	`longest_gap` real,
	`reached` integer,
	`dm` integer NOT NULL,
	`f2f` integer,
	`has_reasons` integer NOT NULL,
	`has_criteria` integer NOT NULL,
	`has_lessons` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `derived_case_facts_stale` (
	`case_id` text PRIMARY KEY NOT NULL
);;
--> statement-breakpoint
-- Hand-written below (drizzle-kit has no triggers): mark a case stale whenever a row its facts depend on
-- changes, whoever writes it (services, imports, merges, a hand edit). See electron/analytics/case-facts.ts.
-- NOT EXISTS rather than INSERT OR IGNORE: an upsert firing a trigger imposes its own conflict policy on it.
INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT `id` FROM `cases`;
--> statement-breakpoint
CREATE TRIGGER `case_buyer_steps_facts_insert` AFTER INSERT ON `case_buyer_steps` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_buyer_steps_facts_update` AFTER UPDATE ON `case_buyer_steps` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_buyer_steps_facts_delete` AFTER DELETE ON `case_buyer_steps` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_people_facts_insert` AFTER INSERT ON `case_people` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_people_facts_update` AFTER UPDATE ON `case_people` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_people_facts_delete` AFTER DELETE ON `case_people` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_facts_insert` AFTER INSERT ON `interactions` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_facts_update` AFTER UPDATE ON `interactions` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_facts_delete` AFTER DELETE ON `interactions` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_reasons_facts_insert` AFTER INSERT ON `case_reasons` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_reasons_facts_update` AFTER UPDATE ON `case_reasons` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_reasons_facts_delete` AFTER DELETE ON `case_reasons` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_criteria_facts_insert` AFTER INSERT ON `case_criteria` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_criteria_facts_update` AFTER UPDATE ON `case_criteria` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_criteria_facts_delete` AFTER DELETE ON `case_criteria` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_facts_insert` AFTER INSERT ON `lessons` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_facts_update` AFTER UPDATE ON `lessons` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_facts_delete` AFTER DELETE ON `lessons` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `people_facts_role` AFTER UPDATE OF `buying_role` ON `people` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT DISTINCT `case_id` FROM `case_people` WHERE `person_id` = NEW.`id` AND `case_id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `buyer_steps_facts_position` AFTER UPDATE OF `position`, `deleted_at` ON `buyer_steps` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT DISTINCT `case_id` FROM `case_buyer_steps` WHERE `buyer_step_id` = NEW.`id` AND `case_id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_facts_insert` AFTER INSERT ON `cases` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_facts_opened` AFTER UPDATE OF `opened_on` ON `cases` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`id`);
END;
