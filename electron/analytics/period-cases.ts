/**
 * The period's closed cases, once: a temporary table holding, per live case closed in the period and matching
 * the filters, the columns the sections read plus one figure per child table (buyer steps, people, channels,
 * reasons, criteria, lessons). Every section then aggregates this table — a scan of the period is what a
 * whole-period aggregate is — and joins a child table only when it needs its rows (competitors, reasons…).
 *
 * Why a table: a dozen sections each looking up the same cases' children cost a dozen random index descents
 * per case. Built in case-id order, each child lookup lands next to the previous one in the covering
 * (case_id, deleted_at, …) index (migration 0002), and sections that join children read in that order too.
 * `reached` is NULL when no stakeholder is recorded and `f2f` NULL when no interaction is: one lookup answers
 * both "recorded at all?" and the figure.
 * The table lives in this connection's temp schema for the length of one summary and is dropped after.
 * Sections join it to a child table with CROSS JOIN, which SQLite reads as "this table is the outer loop":
 * the planner has no statistics for a temp table and would otherwise scan the whole child table instead.
 * Changes with: electron/analytics/scope.ts, migrations/0002_review_indexes.sql, every section reading it.
 */
import { closedOutcomesSql, countedOutcomes, type ReviewQuery } from './scope';

export const PERIOD_CASES = 'temp.review_cases';

export function periodCasesSql(q: ReviewQuery): string {
  return `
    create temp table review_cases as
    select c.*,
      (select count(*) from case_buyer_steps s where s.case_id = c.id and s.deleted_at is null) as steps,
      (
        select s.buyer_step_id from case_buyer_steps s join buyer_steps b on b.id = s.buyer_step_id
        where s.case_id = c.id and s.deleted_at is null
        order by b.position desc limit 1
      ) as step_id,
      -- One descent per child table where one can answer two questions: no rows gives NULL.
      (select sum(p.reached) from case_people p where p.case_id = c.id and p.deleted_at is null) as reached,
      exists (
        select 1 from case_people p join people pe on pe.id = p.person_id
        where p.case_id = c.id and p.deleted_at is null and p.reached and pe.buying_role = 'decision_maker'
      ) as dm,
      (select max(i.channel = 'face_to_face') from interactions i where i.case_id = c.id and i.deleted_at is null)
        as f2f,
      exists (select 1 from case_reasons x where x.case_id = c.id and x.deleted_at is null) as has_reasons,
      exists (select 1 from case_criteria x where x.case_id = c.id and x.deleted_at is null) as has_criteria,
      exists (select 1 from lessons x where x.case_id = c.id and x.deleted_at is null) as has_lessons
    from (
      select c.id, c.outcome, c.outcome in ${countedOutcomes(q.countNoDecision)} as counted,
        c.outcome = 'won' as won, c.closed_on, c.opened_on, c.value_minor, c.currency, c.stage_id,
        c.winner_competitor_id, c.debrief
      from cases c
      where c.deleted_at is null and c.outcome in ${closedOutcomesSql}
        and c.closed_on between @from and @to${q.filters}
      order by c.id
    ) c`;
}

/** Builds the period table, runs `fn`, and drops the table whatever happens. */
export function withPeriodCases<T>(q: ReviewQuery, fn: () => T): T {
  q.sqlite.exec(`drop table if exists ${PERIOD_CASES}`);
  q.sqlite.prepare(periodCasesSql(q)).run(q.params);
  try {
    return fn();
  } finally {
    q.sqlite.exec(`drop table if exists ${PERIOD_CASES}`);
  }
}
