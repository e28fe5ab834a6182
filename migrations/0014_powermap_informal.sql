CREATE TABLE `person_links` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`from_id` text NOT NULL,
	`to_id` text NOT NULL,
	`kind` text NOT NULL,
	`strength` integer NOT NULL,
	FOREIGN KEY (`from_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_links_unique` ON `person_links` (`from_id`,`to_id`,`kind`);--> statement-breakpoint
CREATE INDEX `person_links_to_idx` ON `person_links` (`to_id`);--> statement-breakpoint
ALTER TABLE `case_people` ADD `buying_role` text;--> statement-breakpoint
ALTER TABLE `people` ADD `side` text DEFAULT 'stakeholder' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `connector_kind` text;--> statement-breakpoint
ALTER TABLE `people` ADD `motivation` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `motivation_tags` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `weighed_criteria` text DEFAULT '[]' NOT NULL;