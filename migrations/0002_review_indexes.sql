CREATE INDEX `accounts_industry_idx` ON `accounts` (`industry`);--> statement-breakpoint
CREATE INDEX `case_buyer_steps_review_idx` ON `case_buyer_steps` (`case_id`,`deleted_at`,`buyer_step_id`,`reached_on`);--> statement-breakpoint
CREATE INDEX `case_competitors_review_idx` ON `case_competitors` (`case_id`,`deleted_at`,`competitor_id`);--> statement-breakpoint
CREATE INDEX `case_criteria_review_idx` ON `case_criteria` (`case_id`,`deleted_at`,`criterion_id`,`importance`,`our_rating`,`rival_rating`);--> statement-breakpoint
CREATE INDEX `case_reasons_review_idx` ON `case_reasons` (`case_id`,`deleted_at`,`is_primary`,`reason_id`,`evidence`);--> statement-breakpoint
CREATE INDEX `cases_review_idx` ON `cases` (`deleted_at`,`outcome`,`closed_on`,`id`,`account_id`,`owner_id`,`stage_id`,`offering`,`currency`,`value_minor`,`probability`,`opened_on`,`winner_competitor_id`,`debrief`);--> statement-breakpoint
CREATE INDEX `case_people_review_idx` ON `case_people` (`case_id`,`deleted_at`,`reached`,`person_id`);--> statement-breakpoint
CREATE INDEX `interactions_review_idx` ON `interactions` (`case_id`,`deleted_at`,`channel`);--> statement-breakpoint
CREATE INDEX `lessons_review_idx` ON `lessons` (`case_id`,`deleted_at`,`kind`,`tag_kind`,`tag_id`);