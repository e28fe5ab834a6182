/**
 * Derived tables: figures computed from this file's own rows and kept for the review, never merged or
 * exported (a teammate's file derives its own). Triggers (migration 0003) mark a case stale whenever a row
 * its figures depend on changes; electron/review/case-facts.ts recomputes the stale ones before a review.
 * That keeps the review a scan of the period's cases instead of a dozen child-table lookups per case.
 */
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
  /**
   * People with an interaction dated before the decision (before the day the decision step was reached, or
   * else the close date; open cases: so far). NULL when no interaction names a person (case-facts.ts).
   */
  metBeforeDecision: integer('met_before_decision'),
  /** 1 if one of those was the case's decision maker; NULL like met_before_decision. */
  dmMetBeforeDecision: integer('dm_met_before_decision'),
});

/** Cases whose facts must be recomputed; filled by triggers, emptied by the refresh. */
export const caseFactsStale = sqliteTable('derived_case_facts_stale', {
  caseId: text('case_id').primaryKey(),
});

/*
 * Review rows: per decided case (won, lost, no decision), its child rows in the shape the review groups them,
 * clustered by the group's key and then the close date, so a section reads each group's period as one range
 * instead of probing every case's children and sorting the result. Refreshed with the case facts.
 */

/** A competitor met on a decided case. */
export const reviewRivals = sqliteTable(
  'derived_review_rivals',
  {
    competitorId: text('competitor_id').notNull(),
    closedOn: text('closed_on').notNull(),
    caseId: text('case_id').notNull(),
    outcome: text('outcome').notNull(),
    /** The case's rival rating is this competitor's: a won case they were in, or a lost case they won. */
    theirs: integer('theirs').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.competitorId, t.closedOn, t.caseId] }),
    index('derived_review_rivals_case_idx').on(t.caseId),
  ],
);

/** A buying criterion rated against a rival on a decided case. */
export const reviewRatings = sqliteTable(
  'derived_review_ratings',
  {
    criterionId: text('criterion_id').notNull(),
    closedOn: text('closed_on').notNull(),
    caseId: text('case_id').notNull(),
    outcome: text('outcome').notNull(),
    importance: integer('importance').notNull(),
    ourRating: integer('our_rating').notNull(),
    rivalRating: integer('rival_rating').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.criterionId, t.closedOn, t.caseId] }),
    index('derived_review_ratings_case_idx').on(t.caseId),
  ],
);

/** A rating credited to a competitor (won or lost cases where it is theirs): importance × (ours − theirs). */
export const reviewRivalRatings = sqliteTable(
  'derived_review_rival_ratings',
  {
    competitorId: text('competitor_id').notNull(),
    criterionId: text('criterion_id').notNull(),
    closedOn: text('closed_on').notNull(),
    caseId: text('case_id').notNull(),
    weightedDiff: real('weighted_diff').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.competitorId, t.criterionId, t.closedOn, t.caseId] }),
    index('derived_review_rival_ratings_case_idx').on(t.caseId),
  ],
);

/** A reason recorded on a won or lost case, credited to the competitor it was against. */
export const reviewRivalReasons = sqliteTable(
  'derived_review_rival_reasons',
  {
    competitorId: text('competitor_id').notNull(),
    closedOn: text('closed_on').notNull(),
    caseId: text('case_id').notNull(),
    reasonId: text('reason_id').notNull(),
    won: integer('won').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.competitorId, t.closedOn, t.caseId, t.reasonId] }),
    index('derived_review_rival_reasons_case_idx').on(t.caseId),
    // The battlecards' tally: per competitor, side and reason, one range by close date, read in order (no sort).
    index('derived_review_rival_reasons_tally_idx').on(t.competitorId, t.won, t.reasonId, t.closedOn),
  ],
);

/** A primary reason recorded on a case lost to a competitor or to no decision. */
export const reviewLossReasons = sqliteTable(
  'derived_review_loss_reasons',
  {
    reasonId: text('reason_id').notNull(),
    closedOn: text('closed_on').notNull(),
    caseId: text('case_id').notNull(),
    evidence: text('evidence').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reasonId, t.closedOn, t.caseId] }),
    index('derived_review_loss_reasons_case_idx').on(t.caseId),
  ],
);

/** A tagged lesson from a closed case (any closed outcome), by its tag. */
export const reviewLessons = sqliteTable(
  'derived_review_lessons',
  {
    tagKind: text('tag_kind').notNull(),
    tagId: text('tag_id').notNull(),
    closedOn: text('closed_on').notNull(),
    lessonId: text('lesson_id').notNull(),
    caseId: text('case_id').notNull(),
    kind: text('kind').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tagKind, t.tagId, t.closedOn, t.lessonId] }),
    index('derived_review_lessons_case_idx').on(t.caseId),
  ],
);

/** A decided case by its account's industry (the segment an action may aim at). */
export const reviewSegments = sqliteTable(
  'derived_review_segments',
  {
    industry: text('industry').notNull(),
    closedOn: text('closed_on').notNull(),
    caseId: text('case_id').notNull(),
    outcome: text('outcome').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.industry, t.closedOn, t.caseId] }),
    index('derived_review_segments_case_idx').on(t.caseId),
  ],
);

/**
 * The closed live cases with their facts, clustered by close date: a period's cases are one range, read
 * without touching the cases table or probing the facts case by case. Column names are the cases table's, so
 * the review's filters (scope.ts) apply to it unchanged.
 */
export const reviewClosedCases = sqliteTable(
  'derived_review_closed_cases',
  {
    closedOn: text('closed_on').notNull(),
    id: text('id').notNull(),
    outcome: text('outcome').notNull(),
    openedOn: text('opened_on').notNull(),
    valueMinor: integer('value_minor').notNull(),
    currency: text('currency').notNull(),
    stageId: text('stage_id'),
    winnerCompetitorId: text('winner_competitor_id'),
    debrief: text('debrief').notNull(),
    accountId: text('account_id').notNull(),
    ownerId: text('owner_id'),
    offering: text('offering'),
    /** Days from opening to closing, computed once here rather than in every review. */
    cycleDays: real('cycle_days'),
    steps: integer('steps').notNull(),
    stepId: text('step_id'),
    longestGap: real('longest_gap'),
    reached: integer('reached'),
    dm: integer('dm').notNull(),
    f2f: integer('f2f'),
    hasReasons: integer('has_reasons').notNull(),
    hasCriteria: integer('has_criteria').notNull(),
    hasLessons: integer('has_lessons').notNull(),
    /** derived_case_facts' people met before the decision, and whether the decision maker was one. */
    metBeforeDecision: integer('met_before_decision'),
    dmMetBeforeDecision: integer('dm_met_before_decision'),
  },
  (t) => [primaryKey({ columns: [t.closedOn, t.id] }), index('derived_review_closed_cases_id_idx').on(t.id)],
);

/**
 * The closed cases counted per outcome, close day, stage ('' for none) and currency, with their value: the
 * review's day counts (win rates, stage history, the loop's "all cases") sum these few thousand rows instead of
 * grouping every decided case in each review. Kept equal to derived_review_closed_cases by the refresh, which
 * subtracts a stale case's old row and adds its new one (review-rows.ts).
 */
export const reviewDays = sqliteTable(
  'derived_review_days',
  {
    outcome: text('outcome').notNull(),
    day: text('day').notNull(),
    stageId: text('stage_id').notNull(),
    currency: text('currency').notNull(),
    n: integer('n').notNull(),
    valueMinor: integer('value_minor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.outcome, t.day, t.stageId, t.currency] })],
);

/** The criteria ratings per criterion, close day and outcome: the gaps' tally (electron/review/day-tallies.ts). */
export const reviewRatingDays = sqliteTable(
  'derived_review_rating_days',
  {
    criterionId: text('criterion_id').notNull(),
    day: text('day').notNull(),
    outcome: text('outcome').notNull(),
    n: integer('n').notNull(),
    gapSum: integer('gap_sum').notNull(),
  },
  (t) => [primaryKey({ columns: [t.criterionId, t.day, t.outcome] })],
);

/** The rival ratings per competitor, criterion and close day: "where they rate above us" (day-tallies.ts). */
export const reviewRivalRatingDays = sqliteTable(
  'derived_review_rival_rating_days',
  {
    competitorId: text('competitor_id').notNull(),
    criterionId: text('criterion_id').notNull(),
    day: text('day').notNull(),
    n: integer('n').notNull(),
    diffSum: real('diff_sum').notNull(),
  },
  (t) => [primaryKey({ columns: [t.competitorId, t.criterionId, t.day] })],
);

/**
 * A person who decides on a decided case (decision maker or economic buyer: the case's own role for them, else
 * their usual one), by close date, with whether the team reaches them: the route factors read the period's
 * deciders as one range. Refreshed with the case facts; `routed` and `covered` are rewritten for every row when
 * the person reach is recomputed.
 */
export const reviewDeciders = sqliteTable(
  'derived_review_deciders',
  {
    closedOn: text('closed_on').notNull(),
    caseId: text('case_id').notNull(),
    personId: text('person_id').notNull(),
    outcome: text('outcome').notNull(),
    /** Copied from derived_person_reach, so a review reads the period's deciders without a lookup per person. */
    routed: integer('routed').notNull(),
    covered: integer('covered').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.closedOn, t.caseId, t.personId] }),
    index('derived_review_deciders_case_idx').on(t.caseId),
  ],
);

/**
 * Per person, whether the team can reach them today (a relationship, or a chain of informal links from one) and
 * whether someone on the team knows them at least well. Only people with either are listed. It depends on every
 * relationship and link at once, so it is recomputed whole, before the next review, after any of them changes.
 */
export const personReach = sqliteTable('derived_person_reach', {
  personId: text('person_id').primaryKey(),
  routed: integer('routed').notNull(),
  covered: integer('covered').notNull(),
});

/** One row (id 1) when `derived_person_reach` must be recomputed; set by triggers, cleared by the refresh. */
export const personReachStale = sqliteTable('derived_person_reach_stale', {
  id: integer('id').primaryKey(),
});
