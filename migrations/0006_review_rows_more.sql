CREATE TABLE `derived_review_lessons` (
	`tag_kind` text NOT NULL,
	`tag_id` text NOT NULL,
	`closed_on` text NOT NULL,
	`lesson_id` text NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`tag_kind`, `tag_id`, `closed_on`, `lesson_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `derived_review_lessons_case_idx` ON `derived_review_lessons` (`case_id`);--> statement-breakpoint
CREATE TABLE `derived_review_loss_reasons` (
	`reason_id` text NOT NULL,
	`closed_on` text NOT NULL,
	`case_id` text NOT NULL,
	`evidence` text NOT NULL,
	PRIMARY KEY(`reason_id`, `closed_on`, `case_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `derived_review_loss_reasons_case_idx` ON `derived_review_loss_reasons` (`case_id`);--> statement-breakpoint
CREATE TABLE `derived_review_segments` (
	`industry` text NOT NULL,
	`closed_on` text NOT NULL,
	`case_id` text NOT NULL,
	`outcome` text NOT NULL,
	PRIMARY KEY(`industry`, `closed_on`, `case_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `derived_review_segments_case_idx` ON `derived_review_segments` (`case_id`);
--> statement-breakpoint
-- Hand-written below: the segment rows depend on the case's account and that account's industry.
INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT `id` FROM `cases` WHERE `id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
--> statement-breakpoint
CREATE TRIGGER `cases_review_account` AFTER UPDATE OF `account_id` ON `cases` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `accounts_review_industry` AFTER UPDATE OF `industry` ON `accounts` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT `id` FROM `cases` WHERE `account_id` = NEW.`id` AND `id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
END;
