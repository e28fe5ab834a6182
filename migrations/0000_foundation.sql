CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`title` text NOT NULL,
	`customer_name` text NOT NULL,
	`value_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	CONSTRAINT "cases_value_nonnegative" CHECK("cases"."value_minor" >= 0)
);
--> statement-breakpoint
CREATE INDEX `cases_live_updated_idx` ON `cases` (`deleted_at`,`updated_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
