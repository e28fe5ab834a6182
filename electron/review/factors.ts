/**
 * Q1's "what do won cases share that lost ones don't", compared only on what is known before the buyer decides:
 * how far the buyer had got before the decision step, decision maker and stakeholders met before it, face-to-face
 * contact and cycle length, won vs lost (lost = every counted non-win). "Buyer steps reached" would be circular:
 * the last steps are the decision and the contract, which a won case reaches by definition. So the buyer's
 * progress counts only the steps recorded before the decision step (the step named "Decision", or without one the
 * second to last of the list): the case's recorded steps less those from the decision to its furthest step
 * (case-facts.ts keeps the count and the furthest step; buyers go through the last steps in order, so this is the
 * count of the earlier ones). The people "reached" flags would be circular too (a won case's signing meeting
 * with five more people sets them), so stakeholders and the decision maker count the people with an interaction
 * dated before the decision day: the day the case reached the decision step, else its close date (case-facts.ts,
 * copied into the period's closed cases). A factor's n is the cases where it was recorded at all (a case
 * with no interaction naming a person says nothing about stakeholders), so thinner debriefs of lost cases cannot
 * pass for a difference. Shares are compared with compareRates; means with Welch's t test at the same 90 % level. SQLite
 * has no median, so cycle length is a mean — the sentence says so.
 * The period's grouped pass (period-pass.ts: per owner, outcome and furthest step, a few dozen rows) feeds both
 * the team's factors and the per-seller section (sellers.ts).
 * Changes with: shared/contract/review.ts (winFactors), shared/stats/welch.ts, sellers.ts.
 */
import type { Summary } from '../../shared/contract/review';
import { periodGroups } from './period-pass';
import { rows, type ReviewQuery } from './scope';
import { compareWinRates, CONFIDENCE, mean, MIN_PER_GROUP, percent, welch, type Moments } from '../../shared/stats';

/** A factor, plus whether its test found a clear difference (for the findings; not sent). */
export type Factor = Summary['winFactors'][number] & { clear: boolean };

/** Sums over one group of the period's counted cases (an owner × outcome × furthest step, or any union). */
export interface FactorSums {
  cases: number;
  won: number;
  /** Cases with buyer steps recorded, and Σ / Σ² of their steps before the decision. */
  stepCases: number;
  steps: number;
  steps2: number;
  /** Cases with an interaction naming a person; of them, those that met the decision maker before the decision. */
  metCases: number;
  dmMetCases: number;
  /** Σ / Σ² of the people met before the decision. */
  met: number;
  met2: number;
  touchCases: number;
  f2fCases: number;
  days: number;
  days2: number;
}

export interface FactorGroup extends FactorSums {
  ownerId: string | null;
}

export const buyerStepsSql = 'select id, name from buyer_steps where deleted_at is null order by position';

/**
 * How many of a case's recorded buyer steps came before the decision: its count less the steps from the decision
 * step to its furthest one (`rank` is the furthest step's place in the list, 1-based; `cap` the number of steps
 * before the decision), never below 0 or above `cap`. Pure, so the rule is tested on its own.
 */
export function stepsBeforeDecision(count: number, rank: number | undefined, cap: number): number {
  const fromDecision = rank === undefined ? 0 : Math.max(0, rank - cap);
  return Math.min(cap, Math.max(0, count - fromDecision));
}

/** The number of live steps before the decision: before the step named "Decision", or the second to last. */
export function decisionCap(steps: readonly { name: string }[]): number {
  const named = steps.findIndex((s) => /decision/i.test(s.name));
  return named >= 0 ? named : Math.max(0, steps.length - 2);
}

export const emptySums = (): FactorSums => ({
  cases: 0,
  won: 0,
  stepCases: 0,
  steps: 0,
  steps2: 0,
  metCases: 0,
  dmMetCases: 0,
  met: 0,
  met2: 0,
  touchCases: 0,
  f2fCases: 0,
  days: 0,
  days2: 0,
});

export const SUM_KEYS = Object.keys(emptySums()) as (keyof FactorSums)[];

/** Adds `g`'s sums into `into` (its other fields, such as an owner, are left alone) and returns it. */
export function addSums<T extends FactorSums>(into: T, g: FactorSums): T {
  for (const key of SUM_KEYS) into[key] += g[key];
  return into;
}

/** The period's counted cases per owner and outcome (`won` is then 0 or all of `cases`), with steps summed. */
export function factorGroups(q: ReviewQuery): { won: FactorGroup[]; lost: FactorGroup[] } {
  const list = rows<{ id: string; name: string }>(q, buyerStepsSql);
  const cap = decisionCap(list);
  const rank = new Map(list.map((s, i) => [s.id, i + 1]));
  const byKey = new Map<string, FactorGroup>();
  for (const r of periodGroups(q)) {
    const key = `${r.won > 0 ? 'w' : 'l'}:${r.ownerId ?? ''}`;
    const g = byKey.get(key) ?? { ...emptySums(), ownerId: r.ownerId };
    const recorded = r.stepCount > 0;
    const k = stepsBeforeDecision(r.stepCount, r.stepId === null ? undefined : rank.get(r.stepId), cap);
    const { cases, won, metCases, dmMetCases, met, met2, touchCases, f2fCases, days, days2 } = r;
    addSums(g, {
      ...{ cases, won, metCases, dmMetCases, met, met2, touchCases, f2fCases, days, days2 },
      stepCases: recorded ? r.cases : 0,
      steps: recorded ? k * r.cases : 0,
      steps2: recorded ? k * k * r.cases : 0,
    });
    byKey.set(key, g);
  }
  const groups = [...byKey.values()];
  return { won: groups.filter((g) => g.won > 0), lost: groups.filter((g) => g.won === 0) };
}

function shareFactor(factor: string, what: string, won: [number, number], lost: [number, number]): Factor {
  const [wonK, wonN] = won;
  const [lostK, lostN] = lost;
  const c = compareWinRates({ won: lostK, lost: lostN - lostK }, { won: wonK, lost: wonN - wonK });
  const wonShare = wonN ? wonK / wonN : null;
  const lostShare = lostN ? lostK / lostN : null;
  const figures = `${percent(wonShare)} of won vs ${percent(lostShare)} of lost cases`;
  const sentence = {
    improved: `Won cases ${what} more often: ${figures}.`,
    worse: `Won cases ${what} less often: ${figures}.`,
    no_clear_change: `No clear difference in how often cases ${what}: ${figures}.`,
    not_enough_cases: `Not enough cases yet (n = ${wonN} won, ${lostN} lost with this recorded).`,
  }[c.verdict];
  const clear = c.verdict === 'improved' || c.verdict === 'worse';
  return { factor, won: wonShare, lost: lostShare, wonN, lostN, unit: 'share', sentence, clear };
}

function meanFactor(
  factor: string,
  what: [more: string, less: string],
  unit: 'count' | 'days',
  won: Moments,
  lost: Moments,
): Factor {
  const wonMean = mean(won);
  const lostMean = mean(lost);
  const fmt = (v: number | null) => (v === null ? '–' : `${v.toFixed(1)}${unit === 'days' ? ' days' : ''}`);
  const figures = `${fmt(wonMean)} for won vs ${fmt(lostMean)} for lost cases`;
  let sentence: string;
  let clear = false;
  if (won.n < MIN_PER_GROUP || lost.n < MIN_PER_GROUP) {
    sentence = `Not enough cases yet (n = ${won.n} won, ${lost.n} lost with this recorded).`;
  } else {
    const test = welch(won, lost);
    clear = test.pValue !== null && test.pValue < 1 - CONFIDENCE;
    sentence = clear
      ? `Won cases ${test.difference > 0 ? what[0] : what[1]} on average: ${figures}.`
      : `No clear difference in ${factor.toLowerCase()}: ${figures}.`;
  }
  return { factor, won: wonMean, lost: lostMean, wonN: won.n, lostN: lost.n, unit, sentence, clear };
}

export const FACTOR_NAMES = {
  steps: 'Buyer steps before the decision',
  dm: 'Decision maker met before the decision',
  people: 'Stakeholders met before the decision',
  f2f: 'Met face to face',
  cycle: 'Cycle length (mean)',
} as const;

export function winFactors(groups: { won: FactorGroup[]; lost: FactorGroup[] }): Factor[] {
  const w = groups.won.reduce((t, g) => addSums(t, g), emptySums());
  const l = groups.lost.reduce((t, g) => addSums(t, g), emptySums());
  return [
    meanFactor(
      FACTOR_NAMES.steps,
      ['had got further before the decision', 'had got less far before the decision'],
      'count',
      { n: w.stepCases, sum: w.steps, sumSquares: w.steps2 },
      { n: l.stepCases, sum: l.steps, sumSquares: l.steps2 },
    ),
    shareFactor(
      FACTOR_NAMES.dm,
      'met the decision maker before the decision',
      [w.dmMetCases, w.metCases],
      [l.dmMetCases, l.metCases],
    ),
    meanFactor(
      FACTOR_NAMES.people,
      ['had met more stakeholders before the decision', 'had met fewer stakeholders before the decision'],
      'count',
      { n: w.metCases, sum: w.met, sumSquares: w.met2 },
      { n: l.metCases, sum: l.met, sumSquares: l.met2 },
    ),
    shareFactor(
      FACTOR_NAMES.f2f,
      'met the customer face to face',
      [w.f2fCases, w.touchCases],
      [l.f2fCases, l.touchCases],
    ),
    meanFactor(
      FACTOR_NAMES.cycle,
      ['took longer', 'closed faster'],
      'days',
      { n: w.cases, sum: w.days, sumSquares: w.days2 },
      { n: l.cases, sum: l.days, sumSquares: l.days2 },
    ),
  ];
}
