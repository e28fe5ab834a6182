-- Day tallies of the review rows (electron/review/day-tallies.ts): the day counts (win rates, stage history, the
-- loop's "all cases"), the criteria gaps and "where they rate above us" sum a few thousand tallies instead of
-- grouping every decided case of the cases table and every rating of the period in each review (44 ms of a review
-- at 100,000 cases). Filled here from the review rows as they stand; the case-facts refresh keeps them equal.
-- WITHOUT ROWID is hand-written (drizzle-kit does not write it): a day's tally is one descent of the key.
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
CREATE TABLE `derived_review_rating_days` (
	`criterion_id` text NOT NULL,
	`day` text NOT NULL,
	`outcome` text NOT NULL,
	`n` integer NOT NULL,
	`gap_sum` integer NOT NULL,
	PRIMARY KEY(`criterion_id`, `day`, `outcome`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `derived_review_rival_rating_days` (
	`competitor_id` text NOT NULL,
	`criterion_id` text NOT NULL,
	`day` text NOT NULL,
	`n` integer NOT NULL,
	`diff_sum` real NOT NULL,
	PRIMARY KEY(`competitor_id`, `criterion_id`, `day`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `derived_review_days` (`outcome`, `day`, `stage_id`, `currency`, `n`, `value_minor`)
	SELECT `outcome`, `closed_on`, coalesce(`stage_id`, ''), `currency`, count(*), sum(`value_minor`)
	FROM `derived_review_closed_cases`
	GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO `derived_review_rating_days` (`criterion_id`, `day`, `outcome`, `n`, `gap_sum`)
	SELECT `criterion_id`, `closed_on`, `outcome`, count(*), sum(`importance` * (`rival_rating` - `our_rating`))
	FROM `derived_review_ratings`
	GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO `derived_review_rival_rating_days` (`competitor_id`, `criterion_id`, `day`, `n`, `diff_sum`)
	SELECT `competitor_id`, `criterion_id`, `closed_on`, count(*), total(`weighted_diff`)
	FROM `derived_review_rival_ratings`
	GROUP BY 1, 2, 3;
