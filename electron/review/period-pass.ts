/**
 * The period's closed cases summed in two passes for every section that only needs sums of them:
 * - grouped, the counted cases per owner × won or not × furthest buyer step × step count (a few dozen rows):
 *   the factors and the per-seller figures (factors.ts, sellers.ts);
 * - in one row, every closed case: the loop's health (health.ts), the value-weighted rate's Σv² (win-rate.ts),
 *   the conversion note's counts (conversion.ts) and won cases' typical quiet spell (pipeline.ts).
 * Each of those read the period on its own before, at 6–10 ms a read at 100,000 cases. The totals are not in the
 * grouped pass: a GROUP BY sorts every case it reads with all the values it sums, so the wider and longer the
 * rows, the dearer the sort; one ungrouped row sorts nothing. Both are read once per review (per query).
 * Changes with: period-cases.ts (the columns), factors.ts, health.ts, win-rate.ts, pipeline.ts.
 */
import { rateSql } from './conversion';
import type { FactorSums } from './factors';
import { periodCases } from './period-cases';
import { rows, type ReviewQuery } from './scope';

/** Sums over one group of the period's counted cases: factors.ts's sums but the steps, which it works out. */
export interface PassGroup extends Omit<FactorSums, 'stepCases' | 'steps' | 'steps2'> {
  ownerId: string | null;
  stepId: string | null;
  /** Buyer steps recorded (case-facts.ts). */
  stepCount: number;
}

export const periodGroupsSql = (q: ReviewQuery) => `
  select c.owner_id as ownerId, c.step_id as stepId, c.steps as stepCount, count(*) as cases,
    coalesce(sum(c.won), 0) as won,
    count(c.met_before_decision) as metCases, coalesce(sum(c.dm_met_before_decision), 0) as dmMetCases,
    coalesce(sum(c.met_before_decision), 0) as met,
    coalesce(sum(c.met_before_decision * c.met_before_decision), 0) as met2,
    count(c.f2f) as touchCases, coalesce(sum(c.f2f), 0) as f2fCases,
    coalesce(sum(c.cycle_days), 0) as days, coalesce(sum(c.cycle_days * c.cycle_days), 0) as days2
  from ${periodCases(q)} c
  where c.counted
  group by c.owner_id, c.won, c.step_id, c.steps`;

/** Sums over every closed case of the period (`counted…`: only those the win rate counts). */
export interface PassTotals {
  closed: number;
  withDebrief: number;
  withReasons: number;
  withCriteria: number;
  withStakeholders: number;
  withLessons: number;
  /** Σv² of the counted cases in the settings currency (cases without a rate add nothing). */
  countedSquares: number;
  countedHome: number;
  countedOther: number;
  /** Won cases with buyer steps, and Σ and count of their longest gap between steps where there is one. */
  wonWithSteps: number;
  gapSum: number;
  gapCases: number;
}

export const periodTotalsSql = (q: ReviewQuery) => {
  const rate = rateSql(q, 'c.currency', 'c.closed_on');
  const wonWithSteps = 'c.won and c.steps > 0';
  return `
  select count(*) as closed,
    coalesce(sum(c.debrief = 'done'), 0) as withDebrief, coalesce(sum(c.has_reasons), 0) as withReasons,
    coalesce(sum(c.has_criteria), 0) as withCriteria, count(c.reached) as withStakeholders,
    coalesce(sum(c.has_lessons), 0) as withLessons,
    total(case when c.counted then 1.0 * c.value_minor * c.value_minor * ${rate} * ${rate} end) as countedSquares,
    coalesce(sum(c.counted and c.currency = @currency), 0) as countedHome,
    coalesce(sum(c.counted and c.currency <> @currency), 0) as countedOther,
    coalesce(sum(${wonWithSteps}), 0) as wonWithSteps,
    total(case when ${wonWithSteps} then c.longest_gap end) as gapSum,
    count(case when ${wonWithSteps} then c.longest_gap end) as gapCases
  from ${periodCases(q)} c`;
};

const groupsByQuery = new WeakMap<ReviewQuery, PassGroup[]>();
const totalsByQuery = new WeakMap<ReviewQuery, PassTotals>();

export function periodGroups(q: ReviewQuery): PassGroup[] {
  let found = groupsByQuery.get(q);
  if (!found) {
    found = rows<PassGroup>(q, periodGroupsSql(q));
    groupsByQuery.set(q, found);
  }
  return found;
}

export function periodTotals(q: ReviewQuery): PassTotals {
  let found = totalsByQuery.get(q);
  if (!found) {
    found = rows<PassTotals>(q, periodTotalsSql(q))[0]!;
    totalsByQuery.set(q, found);
  }
  return found;
}
