-- The review's route factors (electron/review/route-factors.ts) read two derived tables instead of walking every
-- relationship and every case's people in each review (two thirds of a review at 100,000 cases):
-- the deciders of each decided case, by close date (a review rows table, refreshed with the case facts), and
-- who the team can reach today (electron/review/person-reach.ts), recomputed whole after any relationship, link
-- or member changes. Both are keyed like their readers (WITHOUT ROWID: a range or a lookup is one descent).
CREATE TABLE `derived_person_reach` (
	`person_id` text PRIMARY KEY NOT NULL,
	`routed` integer NOT NULL,
	`covered` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `derived_person_reach_stale` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `derived_review_deciders` (
	`closed_on` text NOT NULL,
	`case_id` text NOT NULL,
	`person_id` text NOT NULL,
	`outcome` text NOT NULL,
	`routed` integer NOT NULL,
	`covered` integer NOT NULL,
	PRIMARY KEY(`closed_on`, `case_id`, `person_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `derived_review_deciders_case_idx` ON `derived_review_deciders` (`case_id`);
--> statement-breakpoint
CREATE TRIGGER `relationships_reach_insert` AFTER INSERT ON `relationships` BEGIN
	INSERT OR IGNORE INTO `derived_person_reach_stale` (`id`) VALUES (1);
END;
--> statement-breakpoint
CREATE TRIGGER `relationships_reach_update` AFTER UPDATE ON `relationships` BEGIN
	INSERT OR IGNORE INTO `derived_person_reach_stale` (`id`) VALUES (1);
END;
--> statement-breakpoint
CREATE TRIGGER `relationships_reach_delete` AFTER DELETE ON `relationships` BEGIN
	INSERT OR IGNORE INTO `derived_person_reach_stale` (`id`) VALUES (1);
END;
--> statement-breakpoint
CREATE TRIGGER `person_links_reach_insert` AFTER INSERT ON `person_links` BEGIN
	INSERT OR IGNORE INTO `derived_person_reach_stale` (`id`) VALUES (1);
END;
--> statement-breakpoint
CREATE TRIGGER `person_links_reach_update` AFTER UPDATE ON `person_links` BEGIN
	INSERT OR IGNORE INTO `derived_person_reach_stale` (`id`) VALUES (1);
END;
--> statement-breakpoint
CREATE TRIGGER `person_links_reach_delete` AFTER DELETE ON `person_links` BEGIN
	INSERT OR IGNORE INTO `derived_person_reach_stale` (`id`) VALUES (1);
END;
--> statement-breakpoint
CREATE TRIGGER `team_members_reach_insert` AFTER INSERT ON `team_members` BEGIN
	INSERT OR IGNORE INTO `derived_person_reach_stale` (`id`) VALUES (1);
END;
--> statement-breakpoint
CREATE TRIGGER `team_members_reach_update` AFTER UPDATE ON `team_members` BEGIN
	INSERT OR IGNORE INTO `derived_person_reach_stale` (`id`) VALUES (1);
END;
--> statement-breakpoint
CREATE TRIGGER `team_members_reach_delete` AFTER DELETE ON `team_members` BEGIN
	INSERT OR IGNORE INTO `derived_person_reach_stale` (`id`) VALUES (1);
END;
--> statement-breakpoint
-- A person deleted stops counting as a case's decider, as a changed usual role already did.
DROP TRIGGER `people_facts_role`;
--> statement-breakpoint
CREATE TRIGGER `people_facts_role` AFTER UPDATE OF `buying_role`, `deleted_at` ON `people` BEGIN
	INSERT INTO `derived_case_facts_stale` (`case_id`) SELECT DISTINCT `case_id` FROM `case_people` WHERE `person_id` = NEW.`id` AND `case_id` NOT IN (SELECT `case_id` FROM `derived_case_facts_stale`);
END;
--> statement-breakpoint
-- Who the team reaches today (electron/review/person-reach.ts at the time of writing), then the deciders of every
-- decided case as review-rows.ts defines them: the first review after the upgrade has nothing to recompute.
INSERT INTO `derived_person_reach` (`person_id`, `routed`, `covered`)
WITH RECURSIVE reach(id) AS (
	SELECT r.`person_id` FROM `relationships` r JOIN `team_members` m ON m.`id` = r.`member_id`
	WHERE r.`deleted_at` IS NULL AND m.`deleted_at` IS NULL
	UNION
	SELECT CASE WHEN l.`kind` = 'influences' THEN l.`to_id` ELSE l.`from_id` END
	FROM `person_links` l JOIN reach ON reach.id = CASE WHEN l.`kind` = 'influences' THEN l.`from_id` ELSE l.`to_id` END
	WHERE l.`deleted_at` IS NULL AND l.`kind` IN ('influences', 'trusts')
),
known(id) AS (
	SELECT r.`person_id` FROM `relationships` r JOIN `team_members` m ON m.`id` = r.`member_id`
	WHERE r.`deleted_at` IS NULL AND m.`deleted_at` IS NULL AND r.`strength` >= 2
)
SELECT id, max(routed), max(covered) FROM (
	SELECT id, 1 AS routed, 0 AS covered FROM reach
	UNION ALL
	SELECT id, 0, 1 FROM known
)
GROUP BY id;
--> statement-breakpoint
INSERT INTO `derived_review_deciders` (`closed_on`, `case_id`, `person_id`, `outcome`, `routed`, `covered`)
SELECT DISTINCT c.`closed_on`, c.`id`, cp.`person_id`, c.`outcome`, coalesce(r.`routed`, 0), coalesce(r.`covered`, 0)
FROM `cases` c
JOIN `case_people` cp ON cp.`case_id` = c.`id` AND cp.`deleted_at` IS NULL
JOIN `people` pe ON pe.`id` = cp.`person_id` AND pe.`deleted_at` IS NULL
LEFT JOIN `derived_person_reach` r ON r.`person_id` = cp.`person_id`
WHERE c.`deleted_at` IS NULL AND c.`closed_on` IS NOT NULL AND c.`outcome` IN ('won', 'lost', 'no_decision')
	AND coalesce(cp.`buying_role`, pe.`buying_role`) IN ('decision_maker', 'economic_buyer');
