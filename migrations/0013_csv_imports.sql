CREATE TABLE `csv_mappings` (
	`signature` text PRIMARY KEY NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `import_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` text NOT NULL,
	`entity` text NOT NULL,
	`row_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_changes_import_idx` ON `import_changes` (`import_id`,`seq`);--> statement-breakpoint
CREATE TABLE `import_reason_map` (
	`key` text PRIMARY KEY NOT NULL,
	`imported_name` text NOT NULL,
	`reason_id` text NOT NULL,
	FOREIGN KEY (`reason_id`) REFERENCES `reasons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `imports` (
	`id` text PRIMARY KEY NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`status` text NOT NULL,
	`file_name` text NOT NULL,
	`file_hash` text NOT NULL,
	`signature` text NOT NULL,
	`format` text NOT NULL,
	`mapping` text NOT NULL,
	`rows_read` integer DEFAULT 0 NOT NULL,
	`imported` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`rejects` text DEFAULT '[]' NOT NULL,
	`created` text DEFAULT '{}' NOT NULL,
	`undone_at` text
);
--> statement-breakpoint
CREATE INDEX `imports_hash_idx` ON `imports` (`file_hash`,`status`);