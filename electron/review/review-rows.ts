/**
 * The review rows' definitions (electron/db/schema/derived.ts): per decided case, its competitors, ratings and
 * reasons in the shape the review groups them. case-facts.ts refreshes them for stale cases with these
 * statements, and the property test compares what is stored with them.
 * Only live cases decided in a way the win rate can count (won, lost, no decision) have rows; withdrawn and
 * unknown never enter a head-to-head or a gap.
 * Changes with: electron/db/schema/derived.ts, migrations/0004, 0006 and 0016, competitors.ts, gaps.ts,
 * battlecards.ts, losses.ts, loop.ts, route-factors.ts.
 */

import { closedDays, ratingDays, rivalRatingDays, tallySql, type DayTally } from './day-tallies';
import { closedOutcomesSql } from './scope';

export interface DerivedRows {
  table: string;
  columns: string;
  /** The column naming the case (the refresh deletes a stale case's rows by it). */
  caseColumn?: string;
  /** The rows of the cases `where` picks (`c` is cases). */
  select(where: string): string;
  /** Statements run around the refresh of the cases `ids` (SQL for their ids) picks: before the delete, after the insert. */
  beforeDelete?(ids: string): string;
  afterInsert?(ids: string): string;
}

/** The hooks that keep a day tally (day-tallies.ts) equal to these rows through a refresh. */
const tallied = (t: DayTally) => ({
  beforeDelete: (ids: string) => tallySql(t, ids, -1),
  afterInsert: (ids: string) => tallySql(t, ids, 1),
});

/*
 * Every `where` a refresh passes picks a few stale cases by id. The unary `+` keeps the planner off the review
 * indexes these columns are in: left to itself it scanned every decided case in cases_review_idx and tested each
 * against the stale set, which made one save cost a scan of the whole table (7 ms at 10,000 cases, ten times
 * that at 100,000) instead of a lookup by id.
 */
const decided = "+c.deleted_at is null and +c.closed_on is not null and +c.outcome in ('won', 'lost', 'no_decision')";
/** Lessons count from every closed case, as the period table holds them (withdrawn and unknown too). */
const closed = `+c.deleted_at is null and +c.closed_on is not null and +c.outcome in ${closedOutcomesSql}`;

/** Whose rating a case's rival rating is: the winner's when lost, each competitor's met when won. */
export const ratingIsTheirs = "(c.outcome = 'won' or c.winner_competitor_id is cc.competitor_id)";

const met = 'join case_competitors cc on cc.case_id = c.id and cc.deleted_at is null';
const rated = 'join case_criteria cr on cr.case_id = c.id and cr.deleted_at is null and cr.rival_rating is not null';
const theirsOnly = `+c.outcome in ('won', 'lost') and ${ratingIsTheirs}`;

export const reviewRows: DerivedRows[] = [
  {
    table: 'derived_review_rivals',
    columns: 'competitor_id, closed_on, case_id, outcome, theirs',
    select: (where) => `
      select cc.competitor_id, c.closed_on, c.id, c.outcome, ${ratingIsTheirs}
      from cases c ${met}
      where ${decided} and ${where}`,
  },
  {
    table: 'derived_review_ratings',
    columns: 'criterion_id, closed_on, case_id, outcome, importance, our_rating, rival_rating',
    ...tallied(ratingDays),
    select: (where) => `
      select cr.criterion_id, c.closed_on, c.id, c.outcome, cr.importance, cr.our_rating, cr.rival_rating
      from cases c ${rated}
      where ${decided} and ${where}`,
  },
  {
    table: 'derived_review_rival_ratings',
    columns: 'competitor_id, criterion_id, closed_on, case_id, weighted_diff',
    ...tallied(rivalRatingDays),
    select: (where) => `
      select cc.competitor_id, cr.criterion_id, c.closed_on, c.id, cr.importance * (cr.our_rating - cr.rival_rating)
      from cases c ${met} ${rated}
      where ${decided} and ${theirsOnly} and ${where}`,
  },
  {
    table: 'derived_review_rival_reasons',
    columns: 'competitor_id, closed_on, case_id, reason_id, won',
    select: (where) => `
      select cc.competitor_id, c.closed_on, c.id, r.reason_id, c.outcome = 'won'
      from cases c ${met}
      join case_reasons r on r.case_id = c.id and r.deleted_at is null
      where ${decided} and ${theirsOnly} and ${where}`,
  },
  {
    table: 'derived_review_loss_reasons',
    columns: 'reason_id, closed_on, case_id, evidence',
    select: (where) => `
      select cr.reason_id, c.closed_on, c.id, cr.evidence
      from cases c
      join case_reasons cr on cr.case_id = c.id and cr.deleted_at is null and cr.is_primary
      where ${decided} and +c.outcome in ('lost', 'no_decision') and ${where}`,
  },
  {
    table: 'derived_review_lessons',
    columns: 'tag_kind, tag_id, closed_on, lesson_id, case_id, kind',
    select: (where) => `
      select l.tag_kind, l.tag_id, c.closed_on, l.id, c.id, l.kind
      from cases c
      join lessons l on l.case_id = c.id and l.deleted_at is null and l.tag_kind is not null and l.tag_id is not null
      where ${closed} and ${where}`,
  },
  {
    table: 'derived_review_segments',
    columns: 'industry, closed_on, case_id, outcome',
    select: (where) => `
      select a.industry, c.closed_on, c.id, c.outcome
      from cases c
      join accounts a on a.id = c.account_id and a.industry is not null
      where ${decided} and ${where}`,
  },
  {
    // DISTINCT: a person listed twice on one case is one decider. The reach as it stands: when it is stale, its
    // refresh (person-reach.ts) rewrites these columns for every row after.
    table: 'derived_review_deciders',
    columns: 'closed_on, case_id, person_id, outcome, routed, covered',
    select: (where) => `
      select distinct c.closed_on, c.id, cp.person_id, c.outcome, coalesce(r.routed, 0), coalesce(r.covered, 0)
      from cases c
      join case_people cp on cp.case_id = c.id and cp.deleted_at is null
      join people pe on pe.id = cp.person_id and pe.deleted_at is null
      left join derived_person_reach r on r.person_id = cp.person_id
      where ${decided} and coalesce(cp.buying_role, pe.buying_role) in ('decision_maker', 'economic_buyer')
        and ${where}`,
  },
  {
    // Last: it copies the case facts, refreshed just before the review rows.
    table: 'derived_review_closed_cases',
    caseColumn: 'id',
    ...tallied(closedDays),
    columns:
      'closed_on, id, outcome, opened_on, value_minor, currency, stage_id, winner_competitor_id, debrief, ' +
      'account_id, owner_id, offering, cycle_days, steps, step_id, longest_gap, reached, dm, f2f, has_reasons, ' +
      'has_criteria, has_lessons, met_before_decision, dm_met_before_decision',
    select: (where) => `
      select c.closed_on, c.id, c.outcome, c.opened_on, c.value_minor, c.currency, c.stage_id, c.winner_competitor_id,
        c.debrief, c.account_id, c.owner_id, c.offering, julianday(c.closed_on) - julianday(c.opened_on), f.steps, f.step_id, f.longest_gap, f.reached, f.dm, f.f2f,
        f.has_reasons, f.has_criteria, f.has_lessons, f.met_before_decision, f.dm_met_before_decision
      from cases c
      join derived_case_facts f on f.case_id = c.id
      where ${closed} and ${where}`,
  },
];
