ALTER TABLE `derived_review_closed_cases` ADD `cycle_days` real;--> statement-breakpoint
-- Hand-written: every closed case gets its cycle length at the next review.
INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT `id` FROM `cases` WHERE `id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
