/**
 * The period's closed cases, once: a temporary table holding, per live case closed in the period and matching
 * the filters, the columns the sections read plus its facts (buyer steps, people, channels, reasons, criteria,
 * lessons: case-facts.ts). It is one range of derived_review_closed_cases (clustered by close date), so
 * building it touches neither the cases table nor any child table. Sections aggregate it (a scan of the period
 * is what a whole-period aggregate is); the ones about competitors, criteria, reasons and lessons read the
 * review rows (review-rows.ts) instead, and use this table only to apply the filters (`inPeriod`).
 * `reached` is NULL when no stakeholder is recorded and `f2f` NULL when no interaction is.
 * The table lives in this connection's temp schema for the length of one summary and is dropped after.
 * Changes with: electron/analytics/scope.ts, case-facts.ts, review-rows.ts, every section reading it.
 */
import { refreshCaseFacts } from './case-facts';
import { closedOutcomesSql, countedOutcomes, type ReviewQuery } from './scope';

export const PERIOD_CASES = 'temp.review_cases';

export function periodCasesSql(q: ReviewQuery): string {
  return `
    create temp table review_cases as
    select c.id, c.outcome, c.outcome in ${countedOutcomes(q.countNoDecision)} as counted, c.outcome = 'won' as won,
      c.closed_on, c.opened_on, c.cycle_days, c.value_minor, c.currency, c.stage_id, c.winner_competitor_id, c.debrief,
      c.steps, c.step_id, c.longest_gap, c.reached, c.dm, c.f2f, c.has_reasons, c.has_criteria, c.has_lessons
    from derived_review_closed_cases c
    where c.closed_on between @from and @to and c.outcome in ${closedOutcomesSql}${q.filters}`;
}

/** Brings the case facts up to date, builds the period table, runs `fn`, and drops the table whatever happens. */
export function withPeriodCases<T>(q: ReviewQuery, fn: () => T): T {
  refreshCaseFacts(q.sqlite);
  q.sqlite.exec(`drop table if exists ${PERIOD_CASES}`);
  q.sqlite.prepare(periodCasesSql(q)).run(q.params);
  try {
    return fn();
  } finally {
    q.sqlite.exec(`drop table if exists ${PERIOD_CASES}`);
  }
}

/**
 * The review rows (review-rows.ts) hold every decided case; with filters set, a row counts only when its case
 * is in the period table, where the filters were applied. Without filters the close-date range says it all.
 */
export function inPeriod(q: ReviewQuery, caseColumn: string): string {
  return q.filters ? ` and ${caseColumn} in (select id from ${PERIOD_CASES})` : '';
}
