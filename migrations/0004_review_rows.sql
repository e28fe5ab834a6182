CREATE TABLE `derived_review_ratings` (
	`criterion_id` text NOT NULL,
	`closed_on` text NOT NULL,
	`case_id` text NOT NULL,
	`outcome` text NOT NULL,
	`importance` integer NOT NULL,
	`our_rating` integer NOT NULL,
	`rival_rating` integer NOT NULL,
	PRIMARY KEY(`criterion_id`, `closed_on`, `case_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `derived_review_ratings_case_idx` ON `derived_review_ratings` (`case_id`);--> statement-breakpoint
CREATE TABLE `derived_review_rival_ratings` (
	`competitor_id` text NOT NULL,
	`criterion_id` text NOT NULL,
	`closed_on` text NOT NULL,
	`case_id` text NOT NULL,
	`weighted_diff` real NOT NULL,
	PRIMARY KEY(`competitor_id`, `criterion_id`, `closed_on`, `case_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `derived_review_rival_ratings_case_idx` ON `derived_review_rival_ratings` (`case_id`);--> statement-breakpoint
CREATE TABLE `derived_review_rival_reasons` (
	`competitor_id` text NOT NULL,
	`closed_on` text NOT NULL,
	`case_id` text NOT NULL,
	`reason_id` text NOT NULL,
	`won` integer NOT NULL,
	PRIMARY KEY(`competitor_id`, `closed_on`, `case_id`, `reason_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `derived_review_rival_reasons_case_idx` ON `derived_review_rival_reasons` (`case_id`);--> statement-breakpoint
CREATE TABLE `derived_review_rivals` (
	`competitor_id` text NOT NULL,
	`closed_on` text NOT NULL,
	`case_id` text NOT NULL,
	`outcome` text NOT NULL,
	`theirs` integer NOT NULL,
	PRIMARY KEY(`competitor_id`, `closed_on`, `case_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `derived_review_rivals_case_idx` ON `derived_review_rivals` (`case_id`);
--> statement-breakpoint
-- Hand-written below (drizzle-kit writes neither WITHOUT ROWID nor triggers). The review rows depend on the
-- case's close date, outcome, winner and tombstone and on the competitors met, besides the criteria and reasons
-- migration 0003 already watches; every existing case is computed once, at its first review.
INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT `id` FROM `cases` WHERE `id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
--> statement-breakpoint
CREATE TRIGGER `cases_review_rows` AFTER UPDATE OF `closed_on`, `outcome`, `winner_competitor_id`, `deleted_at` ON `cases` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_competitors_facts_insert` AFTER INSERT ON `case_competitors` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_competitors_facts_update` AFTER UPDATE ON `case_competitors` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT NEW.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_competitors_facts_delete` AFTER DELETE ON `case_competitors` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT OLD.`case_id` WHERE NOT EXISTS (SELECT 1 FROM `derived_case_facts_stale` WHERE `case_id` = OLD.`case_id`);
END;
