/**
 * The period's closed cases, once: a temporary table holding, per live case closed in the period and matching
 * the filters, the columns the sections read plus its facts (buyer steps, people, channels, reasons, criteria,
 * lessons: case-facts.ts). Every section then aggregates this table — a scan of the period is what a
 * whole-period aggregate is — and joins a child table only when it needs its rows (competitors, reasons…).
 *
 * Built in case-id order, so sections that join children probe the covering (case_id, deleted_at, …) indexes
 * (migration 0002) in order, each lookup next to the previous one. `reached` is NULL when no stakeholder is
 * recorded and `f2f` NULL when no interaction is.
 * The table lives in this connection's temp schema for the length of one summary and is dropped after.
 * Sections join it to a child table with CROSS JOIN, which SQLite reads as "this table is the outer loop":
 * the planner has no statistics for a temp table and would otherwise scan the whole child table instead.
 * Changes with: electron/analytics/scope.ts, case-facts.ts, every section reading it.
 */
import { refreshCaseFacts } from './case-facts';
import { closedOutcomesSql, countedOutcomes, type ReviewQuery } from './scope';

export const PERIOD_CASES = 'temp.review_cases';

export function periodCasesSql(q: ReviewQuery): string {
  return `
    create temp table review_cases as
    select c.*, coalesce(f.steps, 0) as steps, f.step_id, f.longest_gap, f.reached, coalesce(f.dm, 0) as dm,
      f.f2f, coalesce(f.has_reasons, 0) as has_reasons, coalesce(f.has_criteria, 0) as has_criteria,
      coalesce(f.has_lessons, 0) as has_lessons
    from (
      select c.id, c.outcome, c.outcome in ${countedOutcomes(q.countNoDecision)} as counted,
        c.outcome = 'won' as won, c.closed_on, c.opened_on, c.value_minor, c.currency, c.stage_id,
        c.winner_competitor_id, c.debrief
      from cases c
      where c.deleted_at is null and c.outcome in ${closedOutcomesSql}
        and c.closed_on between @from and @to${q.filters}
      order by c.id
    ) c
    left join derived_case_facts f on f.case_id = c.id`;
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
