-- The case facts are read by key once per case in every review: stored in their primary key's b-tree
-- (WITHOUT ROWID) a lookup is one descent instead of two. Derived data, so rebuilt rather than copied:
-- every case is marked stale and recomputed at the next review.
DROP TABLE `derived_case_facts`;
--> statement-breakpoint
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
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT `id` FROM `cases` WHERE `id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
