/**
 * A case and everything its debrief records about it. Child rows carry their own UUID and tombstone so a
 * teammate's edit to one reason or one rating merges without rewriting the whole case.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { debriefStates, evidenceSources, levels, outcomes } from '../../../shared/domain/vocabulary';
import { mergeable } from '../columns';
import { accounts, buyerSteps, competitors, criteria, reasons, stages, teamMembers } from './reference';

export const cases = sqliteTable(
  'cases',
  {
    ...mergeable,
    title: text('title').notNull(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    offering: text('offering'),
    valueMinor: integer('value_minor').notNull(),
    currency: text('currency').notNull(),
    source: text('source'),
    ownerId: text('owner_id').references(() => teamMembers.id),
    openedOn: text('opened_on').notNull(),
    expectedCloseOn: text('expected_close_on'),
    closedOn: text('closed_on'),
    /** What the seller does next on an open case, and by when: the Today view lists it once that day comes. */
    nextStep: text('next_step'),
    nextStepOn: text('next_step_on'),
    stageId: text('stage_id').references(() => stages.id),
    /** The seller's own win probability (0–100), shown beside the one learned from history. */
    probability: integer('probability'),
    outcome: text('outcome', { enum: outcomes }).notNull(),
    /** Who won a closed case: null with outcome `won` means us. */
    winnerCompetitorId: text('winner_competitor_id').references(() => competitors.id),
    debrief: text('debrief', { enum: debriefStates }).notNull().default('none'),
    /** The debrief step to resume at. */
    debriefStep: integer('debrief_step').notNull().default(0),
    notes: text('notes').notNull().default(''),
    externalId: text('external_id'),
  },
  (t) => [
    index('cases_live_updated_idx').on(t.deletedAt, t.updatedAt),
    // Narrow enough to scan fast: the unfiltered win rates (by day) and the stage history read it alone.
    index('cases_live_closed_idx').on(t.deletedAt, t.outcome, t.closedOn, t.stageId, t.currency, t.valueMinor),
    // Open cases largest first: the cases at risk are found by walking this and stopping at the first few.
    index('cases_open_value_idx').on(t.deletedAt, t.outcome, t.valueMinor),
    // Today: open cases whose next step or expected close has come, read as a range of each.
    index('cases_next_step_idx').on(t.deletedAt, t.outcome, t.nextStepOn),
    index('cases_expected_close_idx').on(t.deletedAt, t.outcome, t.expectedCloseOn),
    index('cases_account_idx').on(t.accountId),
    index('cases_owner_idx').on(t.ownerId),
    // The review's period scans read closed cases by date from this index alone (no table lookups).
    index('cases_review_idx').on(
      t.deletedAt,
      t.outcome,
      t.closedOn,
      t.id,
      t.accountId,
      t.ownerId,
      t.stageId,
      t.offering,
      t.currency,
      t.valueMinor,
      t.probability,
      t.openedOn,
      t.winnerCompetitorId,
      t.debrief,
    ),
    uniqueIndex('cases_external_id_idx').on(t.externalId),
    check('cases_value_nonnegative', sql`${t.valueMinor} >= 0`),
    check('cases_probability_range', sql`${t.probability} BETWEEN 0 AND 100`),
  ],
);

export const caseBuyerSteps = sqliteTable(
  'case_buyer_steps',
  {
    ...mergeable,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    buyerStepId: text('buyer_step_id')
      .notNull()
      .references(() => buyerSteps.id),
    reachedOn: text('reached_on').notNull(),
  },
  (t) => [
    uniqueIndex('case_buyer_steps_unique').on(t.caseId, t.buyerStepId),
    // Covering indexes (case_id, deleted_at, …) let the review read a case's live children without the table.
    index('case_buyer_steps_review_idx').on(t.caseId, t.deletedAt, t.buyerStepId, t.reachedOn),
  ],
);

export const caseReasons = sqliteTable(
  'case_reasons',
  {
    ...mergeable,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    reasonId: text('reason_id')
      .notNull()
      .references(() => reasons.id),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull(),
    evidence: text('evidence', { enum: evidenceSources }).notNull(),
    confidence: text('confidence', { enum: levels }).notNull(),
  },
  (t) => [
    uniqueIndex('case_reasons_unique').on(t.caseId, t.reasonId),
    index('case_reasons_reason_idx').on(t.reasonId),
    index('case_reasons_review_idx').on(t.caseId, t.deletedAt, t.isPrimary, t.reasonId, t.evidence),
  ],
);

export const caseCompetitors = sqliteTable(
  'case_competitors',
  {
    ...mergeable,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    competitorId: text('competitor_id')
      .notNull()
      .references(() => competitors.id),
    incumbent: integer('incumbent', { mode: 'boolean' }).notNull().default(false),
    priceMinor: integer('price_minor'),
  },
  (t) => [
    uniqueIndex('case_competitors_unique').on(t.caseId, t.competitorId),
    index('case_competitors_competitor_idx').on(t.competitorId),
    index('case_competitors_review_idx').on(t.caseId, t.deletedAt, t.competitorId),
  ],
);

export const caseCriteria = sqliteTable(
  'case_criteria',
  {
    ...mergeable,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    criterionId: text('criterion_id')
      .notNull()
      .references(() => criteria.id),
    importance: integer('importance').notNull(),
    ourRating: integer('our_rating').notNull(),
    /** The winner's rating, or the best competitor's when we won. */
    rivalRating: integer('rival_rating'),
  },
  (t) => [
    uniqueIndex('case_criteria_unique').on(t.caseId, t.criterionId),
    index('case_criteria_criterion_idx').on(t.criterionId),
    index('case_criteria_review_idx').on(
      t.caseId,
      t.deletedAt,
      t.criterionId,
      t.importance,
      t.ourRating,
      t.rivalRating,
    ),
    check(
      'case_criteria_ranges',
      sql`${t.importance} BETWEEN 1 AND 5 AND ${t.ourRating} BETWEEN 1 AND 5 AND (${t.rivalRating} IS NULL OR ${t.rivalRating} BETWEEN 1 AND 5)`,
    ),
  ],
);
