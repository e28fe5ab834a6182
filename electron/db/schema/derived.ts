/**
 * Derived tables: figures computed from this file's own rows and kept for the review, never merged or
 * exported (a teammate's file derives its own). Triggers (migration 0003) mark a case stale whenever a row
 * its figures depend on changes; electron/analytics/case-facts.ts recomputes the stale ones before a review.
 * That keeps the review a scan of the period's cases instead of a dozen child-table lookups per case.
 */
import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Per case, what its child rows say (NULL where nothing is recorded). */
export const caseFacts = sqliteTable('derived_case_facts', {
  caseId: text('case_id').primaryKey(),
  /** Live buyer steps recorded. */
  steps: integer('steps').notNull(),
  /** The furthest buyer step recorded (by position) that is still in the settings' list. */
  stepId: text('step_id'),
  lastStepOn: text('last_step_on'),
  /** Longest gap in days between consecutive buyer steps, the first counted from the opening day. */
  longestGap: real('longest_gap'),
  /** Stakeholders reached; NULL when none is recorded. */
  reached: integer('reached'),
  /** The decision maker was reached. */
  dm: integer('dm').notNull(),
  /** 1 if any interaction was face to face, 0 if none was; NULL when no interaction is recorded. */
  f2f: integer('f2f'),
  hasReasons: integer('has_reasons').notNull(),
  hasCriteria: integer('has_criteria').notNull(),
  hasLessons: integer('has_lessons').notNull(),
});

/** Cases whose facts must be recomputed; filled by triggers, emptied by the refresh. */
export const caseFactsStale = sqliteTable('derived_case_facts_stale', {
  caseId: text('case_id').primaryKey(),
});
