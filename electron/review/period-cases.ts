/**
 * The period's closed cases: per live case closed in the period and matching the filters, the columns the
 * sections read plus its facts (buyer steps, people, channels, reasons, criteria, lessons: case-facts.ts). They
 * are one range of derived_review_closed_cases (clustered by close date), so reading them touches neither the
 * cases table nor any child table. Unfiltered, sections read that range in place (`periodCases`); with filters,
 * a temporary table holds the filtered cases once, in this connection's temp schema, for the length of one
 * summary. Sections aggregate them (a scan of the period is what a whole-period aggregate is); the ones about
 * competitors, criteria, reasons and lessons read the review rows (review-rows.ts) instead, and use the table
 * only to apply the filters (`inPeriod`).
 * `reached` is NULL when no stakeholder is recorded and `f2f` NULL when no interaction is.
 * Changes with: electron/review/scope.ts, case-facts.ts, review-rows.ts, every section reading it.
 */
import { refreshCaseFacts } from './case-facts';
import { rateSql } from './conversion';
import { refreshPersonReach } from './person-reach';
import { closedBetween, closedOutcomesSql, countedOutcomes, type ReviewQuery } from './scope';

export const PERIOD_CASES = 'temp.review_cases';
/** Decided cases up to the period's end per outcome, close day and stage: see `periodDaysSql`. */
export const PERIOD_DAYS = 'temp.review_days';

/** The columns the sections read, per case closed in the period and matching the filters. */
function periodCasesSelect(q: ReviewQuery): string {
  return `
    select c.id, c.outcome, c.outcome in ${countedOutcomes(q.countNoDecision)} as counted, c.outcome = 'won' as won,
      c.closed_on, c.opened_on, c.cycle_days, c.value_minor, c.currency, c.stage_id, c.winner_competitor_id, c.debrief,
      c.owner_id,
      c.steps, c.step_id, c.longest_gap, c.reached, c.dm, c.f2f, c.has_reasons, c.has_criteria, c.has_lessons,
      c.met_before_decision, c.dm_met_before_decision
    from derived_review_closed_cases c
    where c.closed_on between @from and @to and c.outcome in ${closedOutcomesSql}${q.filters}`;
}

export function periodCasesSql(q: ReviewQuery): string {
  return `create temp table review_cases as ${periodCasesSelect(q)}`;
}

/**
 * Where a section reads the period's cases (as `from ${periodCases(q)} c`). Unfiltered they are one range of the
 * clustered table, read in place: copying 30,000 rows into a temp table cost more than the sections' scans of
 * the range. With filters, the temp table built once, which `inPeriod` also reads.
 */
export function periodCases(q: ReviewQuery): string {
  return q.filters ? PERIOD_CASES : `(${periodCasesSelect(q)})`;
}

/**
 * Every decided case closed up to the period's end (any earlier year too), counted per outcome, close day and
 * stage. The win rates (this period and the one before), the stage history and the loop's "all cases" scope are
 * sums over these few thousand rows. Unfiltered they are read from derived_review_days in its key's order (one
 * range per outcome, no sort); filtered, from one pass over cases_review_idx with the filters applied (scope.ts).
 */
export function periodDaysSql(q: ReviewQuery): string {
  if (!q.filters) {
    return `
      create temp table review_days as
      select d.outcome, d.day, nullif(d.stage_id, '') as stageId, sum(d.n) as n,
        sum(case when ${rateSql(q, 'd.currency', 'd.day')} is not null then d.n else 0 end) as valueCases,
        total(d.value_minor * ${rateSql(q, 'd.currency', 'd.day')}) as valueMinor
      from derived_review_days d
      where d.outcome in ('won', 'lost', 'no_decision') and d.day <= @to
      group by d.outcome, d.day, d.stage_id`;
  }
  // Left to itself the planner keeps the narrow index for its order even when the filters need columns only
  // cases_review_idx covers, and would then read every case's row: with filters, the covering index it is.
  return `
    create temp table review_days as
    select c.outcome, c.closed_on as day, c.stage_id as stageId, count(*) as n,
      sum(${rateSql(q, 'c.currency', 'c.closed_on')} is not null) as valueCases,
      total(c.value_minor * ${rateSql(q, 'c.currency', 'c.closed_on')}) as valueMinor
    from cases c indexed by cases_review_idx
    where ${closedBetween("('won', 'lost', 'no_decision')", "'0000-01-01'", '@to')}${q.filters}
    group by c.outcome, c.closed_on, c.stage_id`;
}

/**
 * Brings the case facts and the person reach up to date, builds the period tables (TEMP: in the connection's own temp store, never
 * in the file), runs `fn`, and drops them whatever happens. A read-only reader never refreshes: behind the
 * engine the writer has done so before this read was sent (electron/engine/engine.ts).
 */
export function withPeriodCases<T>(q: ReviewQuery, fn: () => T): T {
  if (!q.sqlite.readonly) {
    refreshCaseFacts(q.sqlite);
    refreshPersonReach(q.sqlite);
  }
  const drop = () => q.sqlite.exec(`drop table if exists ${PERIOD_CASES}; drop table if exists ${PERIOD_DAYS}`);
  drop();
  if (q.filters) q.sqlite.prepare(periodCasesSql(q)).run(q.params);
  q.sqlite.prepare(periodDaysSql(q)).run(q.params);
  try {
    return fn();
  } finally {
    drop();
  }
}

/**
 * The review rows (review-rows.ts) hold every decided case; with filters set, a row counts only when its case
 * is in the period table, where the filters were applied. Without filters the close-date range says it all.
 */
export function inPeriod(q: ReviewQuery, caseColumn: string): string {
  return q.filters ? ` and ${caseColumn} in (select id from ${PERIOD_CASES})` : '';
}
