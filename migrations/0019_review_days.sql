-- The review's day counts (electron/review/period-cases.ts) sum a small derived table instead of grouping every
-- decided case of the cases table in each review (16 ms of a review at 100,000 cases). It is filled here from the
-- closed cases as they stand; the case-facts refresh keeps it equal to them (review-rows.ts). WITHOUT ROWID is
-- hand-written (drizzle-kit does not write it): a day's row is one descent of the key.
CREATE TABLE `derived_review_days` (
	`outcome` text NOT NULL,
	`day` text NOT NULL,
	`stage_id` text NOT NULL,
	`currency` text NOT NULL,
	`n` integer NOT NULL,
	`value_minor` integer NOT NULL,
	PRIMARY KEY(`outcome`, `day`, `stage_id`, `currency`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `derived_review_days` (`outcome`, `day`, `stage_id`, `currency`, `n`, `value_minor`)
	SELECT `outcome`, `closed_on`, coalesce(`stage_id`, ''), `currency`, count(*), sum(`value_minor`)
	FROM `derived_review_closed_cases`
	GROUP BY 1, 2, 3, 4;
