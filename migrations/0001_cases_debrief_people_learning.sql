CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`industry` text,
	`size_band` text,
	`region` text
);
--> statement-breakpoint
CREATE INDEX `accounts_name_idx` ON `accounts` (`name`);--> statement-breakpoint
CREATE TABLE `buyer_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `competitors` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `criteria` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reason_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reasons` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`category_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`criterion_id` text,
	FOREIGN KEY (`category_id`) REFERENCES `reason_categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`criterion_id`) REFERENCES `criteria`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reasons_category_idx` ON `reasons` (`category_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `reasons_category_name_idx` ON `reasons` (`category_id`,`name`);--> statement-breakpoint
CREATE TABLE `stages` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`win_probability` integer,
	CONSTRAINT "stages_probability_range" CHECK("stages"."win_probability" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE `team_members` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`is_me` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `case_buyer_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`buyer_step_id` text NOT NULL,
	`reached_on` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`buyer_step_id`) REFERENCES `buyer_steps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_buyer_steps_unique` ON `case_buyer_steps` (`case_id`,`buyer_step_id`);--> statement-breakpoint
CREATE TABLE `case_competitors` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`competitor_id` text NOT NULL,
	`incumbent` integer DEFAULT false NOT NULL,
	`price_minor` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`competitor_id`) REFERENCES `competitors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_competitors_unique` ON `case_competitors` (`case_id`,`competitor_id`);--> statement-breakpoint
CREATE INDEX `case_competitors_competitor_idx` ON `case_competitors` (`competitor_id`);--> statement-breakpoint
CREATE TABLE `case_criteria` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`criterion_id` text NOT NULL,
	`importance` integer NOT NULL,
	`our_rating` integer NOT NULL,
	`rival_rating` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`criterion_id`) REFERENCES `criteria`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "case_criteria_ranges" CHECK("case_criteria"."importance" BETWEEN 1 AND 5 AND "case_criteria"."our_rating" BETWEEN 1 AND 5 AND ("case_criteria"."rival_rating" IS NULL OR "case_criteria"."rival_rating" BETWEEN 1 AND 5))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_criteria_unique` ON `case_criteria` (`case_id`,`criterion_id`);--> statement-breakpoint
CREATE INDEX `case_criteria_criterion_idx` ON `case_criteria` (`criterion_id`);--> statement-breakpoint
CREATE TABLE `case_reasons` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`reason_id` text NOT NULL,
	`is_primary` integer NOT NULL,
	`evidence` text NOT NULL,
	`confidence` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reason_id`) REFERENCES `reasons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_reasons_unique` ON `case_reasons` (`case_id`,`reason_id`);--> statement-breakpoint
CREATE INDEX `case_reasons_reason_idx` ON `case_reasons` (`reason_id`);--> statement-breakpoint
CREATE TABLE `case_people` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`person_id` text NOT NULL,
	`reached` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_people_unique` ON `case_people` (`case_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `case_people_person_idx` ON `case_people` (`person_id`);--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`person_id` text,
	`on_date` text NOT NULL,
	`channel` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `interactions_case_idx` ON `interactions` (`case_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`account_id` text NOT NULL,
	`buying_role` text,
	`network_role` text,
	`attitude` text DEFAULT 'neutral' NOT NULL,
	`influence` text DEFAULT 'medium' NOT NULL,
	`reports_to_id` text,
	`preferred_channel` text,
	`owner_id` text,
	`visibility` text DEFAULT 'team' NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_account_idx` ON `people` (`account_id`);--> statement-breakpoint
CREATE TABLE `relationships` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`member_id` text NOT NULL,
	`person_id` text NOT NULL,
	`strength` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `relationships_unique` ON `relationships` (`member_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `relationships_person_idx` ON `relationships` (`person_id`);--> statement-breakpoint
CREATE TABLE `action_lessons` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`action_id` text NOT NULL,
	`lesson_id` text NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lesson_id`) REFERENCES `lessons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_lessons_unique` ON `action_lessons` (`action_id`,`lesson_id`);--> statement-breakpoint
CREATE INDEX `action_lessons_lesson_idx` ON `action_lessons` (`lesson_id`);--> statement-breakpoint
CREATE TABLE `actions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`owner_id` text,
	`due_on` text,
	`status` text DEFAULT 'open' NOT NULL,
	`done_on` text,
	`scope` text DEFAULT 'all' NOT NULL,
	`scope_value` text,
	FOREIGN KEY (`owner_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actions_status_idx` ON `actions` (`deleted_at`,`status`,`due_on`);--> statement-breakpoint
CREATE TABLE `lessons` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`tag_kind` text,
	`tag_id` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lessons_case_idx` ON `lessons` (`case_id`);--> statement-breakpoint
CREATE INDEX `lessons_tag_idx` ON `lessons` (`tag_kind`,`tag_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_cases` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`title` text NOT NULL,
	`account_id` text NOT NULL,
	`offering` text,
	`value_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`source` text,
	`owner_id` text,
	`opened_on` text NOT NULL,
	`expected_close_on` text,
	`closed_on` text,
	`stage_id` text,
	`probability` integer,
	`outcome` text NOT NULL,
	`winner_competitor_id` text,
	`debrief` text DEFAULT 'none' NOT NULL,
	`debrief_step` integer DEFAULT 0 NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`external_id` text,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`winner_competitor_id`) REFERENCES `competitors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "cases_value_nonnegative" CHECK("__new_cases"."value_minor" >= 0),
	CONSTRAINT "cases_probability_range" CHECK("__new_cases"."probability" BETWEEN 0 AND 100)
);
--> statement-breakpoint
-- Hand-written data move (reviewed): every distinct customer name of v1 becomes an account, and the v1
-- status carries over as the outcome. Closed v1 cases get a pending debrief and their last edit as close date.
INSERT INTO `accounts` ("id", "created_at", "updated_at", "deleted_at", "name") SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), min("created_at"), max("updated_at"), NULL, min(trim("customer_name")) FROM `cases` GROUP BY lower(trim("customer_name"));--> statement-breakpoint
INSERT INTO `__new_cases`("id", "created_at", "updated_at", "deleted_at", "title", "account_id", "offering", "value_minor", "currency", "source", "owner_id", "opened_on", "expected_close_on", "closed_on", "stage_id", "probability", "outcome", "winner_competitor_id", "debrief", "debrief_step", "notes", "external_id") SELECT c."id", c."created_at", c."updated_at", c."deleted_at", c."title", a."id", NULL, c."value_minor", c."currency", NULL, NULL, substr(c."created_at", 1, 10), NULL, CASE WHEN c."status" = 'open' THEN NULL ELSE substr(c."updated_at", 1, 10) END, NULL, NULL, c."status", NULL, CASE WHEN c."status" = 'open' THEN 'none' ELSE 'pending' END, 0, '', NULL FROM `cases` c JOIN `accounts` a ON lower(a."name") = lower(trim(c."customer_name"));--> statement-breakpoint
DROP TABLE `cases`;--> statement-breakpoint
ALTER TABLE `__new_cases` RENAME TO `cases`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `cases_live_updated_idx` ON `cases` (`deleted_at`,`updated_at`);--> statement-breakpoint
CREATE INDEX `cases_live_closed_idx` ON `cases` (`deleted_at`,`outcome`,`closed_on`);--> statement-breakpoint
CREATE INDEX `cases_account_idx` ON `cases` (`account_id`);--> statement-breakpoint
CREATE INDEX `cases_owner_idx` ON `cases` (`owner_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `cases_external_id_idx` ON `cases` (`external_id`);--> statement-breakpoint
-- Seed vocabularies (editable in Settings). Fixed ids (UUIDv5 of the name) so teammates' files agree when merged.
INSERT INTO `stages` ("id", "created_at", "updated_at", "name", "position", "win_probability") VALUES ('c7ce0a92-611d-5a8b-90d6-96e89ab6d048', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Lead', 0, 10);--> statement-breakpoint
INSERT INTO `stages` ("id", "created_at", "updated_at", "name", "position", "win_probability") VALUES ('ce00015f-5ce0-5842-85e8-865c348e5561', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Qualified', 1, 25);--> statement-breakpoint
INSERT INTO `stages` ("id", "created_at", "updated_at", "name", "position", "win_probability") VALUES ('6b36b1e2-4973-578f-908f-64407cc1d9de', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Proposal', 2, 50);--> statement-breakpoint
INSERT INTO `stages` ("id", "created_at", "updated_at", "name", "position", "win_probability") VALUES ('72711874-d8d1-52af-b8a9-ba85c4683371', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Negotiation', 3, 75);--> statement-breakpoint
INSERT INTO `buyer_steps` ("id", "created_at", "updated_at", "name", "position") VALUES ('eb49e884-1ea7-5306-9a52-575b13c7e35d', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Need recognised', 0);--> statement-breakpoint
INSERT INTO `buyer_steps` ("id", "created_at", "updated_at", "name", "position") VALUES ('13f800f1-33d6-56b7-8d72-c5a9920ac451', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Requirements set', 1);--> statement-breakpoint
INSERT INTO `buyer_steps` ("id", "created_at", "updated_at", "name", "position") VALUES ('cb0b5849-b6c2-52be-9e75-171fa09824e1', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Vendors shortlisted', 2);--> statement-breakpoint
INSERT INTO `buyer_steps` ("id", "created_at", "updated_at", "name", "position") VALUES ('8c2970c3-84c9-58a4-88a6-fc460c782a6f', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Evaluated', 3);--> statement-breakpoint
INSERT INTO `buyer_steps` ("id", "created_at", "updated_at", "name", "position") VALUES ('de909c6b-eb0c-5479-8a83-de8fde27a1e3', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Decision', 4);--> statement-breakpoint
INSERT INTO `buyer_steps` ("id", "created_at", "updated_at", "name", "position") VALUES ('0e6d5b7c-0546-5e35-bb24-1b49d48b59f8', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Contract', 5);--> statement-breakpoint
INSERT INTO `criteria` ("id", "created_at", "updated_at", "name", "position") VALUES ('a4b7b6ae-aff8-5f87-b823-b9d0b0857f1b', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Price', 0);--> statement-breakpoint
INSERT INTO `criteria` ("id", "created_at", "updated_at", "name", "position") VALUES ('00d2c6a0-512b-5bc1-9442-c4f6ac5cc6fe', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Strategy fit', 1);--> statement-breakpoint
INSERT INTO `criteria` ("id", "created_at", "updated_at", "name", "position") VALUES ('9f850826-022f-577b-b056-20d390817515', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Quality', 2);--> statement-breakpoint
INSERT INTO `criteria` ("id", "created_at", "updated_at", "name", "position") VALUES ('54b9836a-d82a-5936-a9e5-4bbd54458966', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Brand', 3);--> statement-breakpoint
INSERT INTO `criteria` ("id", "created_at", "updated_at", "name", "position") VALUES ('4f613890-b135-5170-b99e-92a5955ad1c5', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Security', 4);--> statement-breakpoint
INSERT INTO `criteria` ("id", "created_at", "updated_at", "name", "position") VALUES ('8d98994e-bddb-5552-a86f-d9295bc7891a', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Sustainability', 5);--> statement-breakpoint
INSERT INTO `reason_categories` ("id", "created_at", "updated_at", "name", "position") VALUES ('99ebd276-090b-5d4b-afb4-4f3e2efe6a6a', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Buying criteria', 0);--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('98e62bed-f3ee-5300-8117-f0ca2c4df089', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '99ebd276-090b-5d4b-afb4-4f3e2efe6a6a', 'Price', 'either', 'a4b7b6ae-aff8-5f87-b823-b9d0b0857f1b');--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('a1b37540-a541-5570-aaa0-5dd96c9c7d5a', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '99ebd276-090b-5d4b-afb4-4f3e2efe6a6a', 'Strategy fit', 'either', '00d2c6a0-512b-5bc1-9442-c4f6ac5cc6fe');--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('b40166a8-260c-56a1-b063-f04689e971ef', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '99ebd276-090b-5d4b-afb4-4f3e2efe6a6a', 'Quality', 'either', '9f850826-022f-577b-b056-20d390817515');--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('901f1a90-4d7a-5a0a-95ff-f173c5d13d7d', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '99ebd276-090b-5d4b-afb4-4f3e2efe6a6a', 'Brand', 'either', '54b9836a-d82a-5936-a9e5-4bbd54458966');--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('6d2ac0c3-bca9-56b0-848e-c38eb43e0073', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '99ebd276-090b-5d4b-afb4-4f3e2efe6a6a', 'Security', 'either', '4f613890-b135-5170-b99e-92a5955ad1c5');--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('63f1e44d-92af-5767-993c-337c0691d9a6', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '99ebd276-090b-5d4b-afb4-4f3e2efe6a6a', 'Sustainability', 'either', '8d98994e-bddb-5552-a86f-d9295bc7891a');--> statement-breakpoint
INSERT INTO `reason_categories` ("id", "created_at", "updated_at", "name", "position") VALUES ('671d98dd-ff0b-5cad-9761-86ab84e7afaf', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Process', 1);--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('210acc4f-71f8-5040-9309-612aae26dcc0', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '671d98dd-ff0b-5cad-9761-86ab84e7afaf', 'No budget', 'loss', NULL);--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('a78594d9-5dd0-5c81-8db9-82ffdfe11e58', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '671d98dd-ff0b-5cad-9761-86ab84e7afaf', 'Timing', 'either', NULL);--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('d825d4c1-765e-5071-bcbe-d5256c6e253b', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '671d98dd-ff0b-5cad-9761-86ab84e7afaf', 'Lost to status quo', 'loss', NULL);--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('92c5ead0-5e7e-5a9e-a580-26e5c95461b5', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '671d98dd-ff0b-5cad-9761-86ab84e7afaf', 'Decision maker not reached', 'loss', NULL);--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('59cf93ce-8f45-5240-90ea-1b7812fb0794', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '671d98dd-ff0b-5cad-9761-86ab84e7afaf', 'Came in late', 'loss', NULL);--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('b82a9536-35b2-5636-a6f6-c3875a13ce46', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '671d98dd-ff0b-5cad-9761-86ab84e7afaf', 'Early involvement', 'win', NULL);--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('1c825702-21b8-5451-b2f7-7faea3d483fe', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '671d98dd-ff0b-5cad-9761-86ab84e7afaf', 'Strong champion', 'win', NULL);--> statement-breakpoint
INSERT INTO `reason_categories` ("id", "created_at", "updated_at", "name", "position") VALUES ('570f1acf-bac0-5c6d-8d94-d0672ba393cc', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Relationship', 2);--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('8614d193-2337-51e2-8f33-950a4dec343f', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '570f1acf-bac0-5c6d-8d94-d0672ba393cc', 'Relationship with the buyer', 'either', NULL);--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('6f586f0d-34e9-5955-b6e7-81671eea4239', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '570f1acf-bac0-5c6d-8d94-d0672ba393cc', 'Incumbent advantage', 'either', NULL);--> statement-breakpoint
INSERT INTO `reasons` ("id", "created_at", "updated_at", "category_id", "name", "kind", "criterion_id") VALUES ('cab7fcbe-5b5a-5f4a-9d0d-81564eeeeda2', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '570f1acf-bac0-5c6d-8d94-d0672ba393cc', 'References', 'either', NULL);
