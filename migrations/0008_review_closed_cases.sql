CREATE TABLE `derived_review_closed_cases` (
	`closed_on` text NOT NULL,
	`id` text NOT NULL,
	`outcome` text NOT NULL,
	`opened_on` text NOT NULL,
	`value_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`stage_id` text,
	`winner_competitor_id` text,
	`debrief` text NOT NULL,
	`account_id` text NOT NULL,
	`owner_id` text,
	`offering` text,
	`steps` integer NOT NULL,
	`step_id` text,
	`longest_gap` real,
	`reached` integer,
	`dm` integer NOT NULL,
	`f2f` integer,
	`has_reasons` integer NOT NULL,
	`has_criteria` integer NOT NULL,
	`has_lessons` integer NOT NULL,
	PRIMARY KEY(`closed_on`, `id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `derived_review_closed_cases_id_idx` ON `derived_review_closed_cases` (`id`);
--> statement-breakpoint
-- Hand-written below: the closed cases copy most of a case's columns, so any change to a case marks it stale;
-- that one trigger replaces the column-by-column ones of migrations 0003, 0004 and 0006.
DROP TRIGGER `cases_facts_opened`;
--> statement-breakpoint
DROP TRIGGER `cases_review_rows`;
--> statement-breakpoint
DROP TRIGGER `cases_review_account`;
--> statement-breakpoint
CREATE TRIGGER `cases_review_any` AFTER UPDATE ON `cases` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`id`);
END;
--> statement-breakpoint
INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT `id` FROM `cases` WHERE `id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
