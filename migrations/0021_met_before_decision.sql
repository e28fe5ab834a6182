ALTER TABLE `derived_case_facts` ADD `met_before_decision` integer;--> statement-breakpoint
ALTER TABLE `derived_case_facts` ADD `dm_met_before_decision` integer;--> statement-breakpoint
ALTER TABLE `derived_review_closed_cases` ADD `met_before_decision` integer;--> statement-breakpoint
ALTER TABLE `derived_review_closed_cases` ADD `dm_met_before_decision` integer;--> statement-breakpoint
CREATE INDEX `interactions_met_idx` ON `interactions` (`case_id`,`deleted_at`,`person_id`,`on_date`);--> statement-breakpoint
-- Hand-written below. The review's stakeholder and decision-maker factors count the people met before the
-- decision (electron/review/case-facts.ts): every case gets them at the next refresh.
INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT `id` FROM `cases` WHERE `id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
--> statement-breakpoint
-- Which step is the decision (the one named "Decision", else the second to last) can change with any step's
-- name, place or removal, or a new step: that moves the decision day of every case with steps recorded. Rare
-- (the settings' list), so all of those are marked rather than working out which step was the decision before.
CREATE TRIGGER `buyer_steps_facts_decision_update` AFTER UPDATE OF `name`, `position`, `deleted_at` ON `buyer_steps`
WHEN OLD.`name` IS NOT NEW.`name` OR OLD.`position` IS NOT NEW.`position` OR OLD.`deleted_at` IS NOT NEW.`deleted_at` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT DISTINCT `case_id` FROM `case_buyer_steps` WHERE `case_id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `buyer_steps_facts_decision_insert` AFTER INSERT ON `buyer_steps` WHEN NEW.`deleted_at` IS NULL BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT DISTINCT `case_id` FROM `case_buyer_steps` WHERE `case_id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
END;
--> statement-breakpoint
CREATE TRIGGER `buyer_steps_facts_decision_delete` AFTER DELETE ON `buyer_steps` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT DISTINCT `case_id` FROM `case_buyer_steps` WHERE `case_id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
END;
