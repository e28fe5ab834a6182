DROP INDEX `cases_live_closed_idx`;--> statement-breakpoint
CREATE INDEX `cases_live_closed_idx` ON `cases` (`deleted_at`,`outcome`,`closed_on`,`stage_id`,`currency`,`value_minor`);