/**
 * Q1's "what do won cases share that lost ones don't": buyer steps reached, decision maker reached,
 * stakeholders reached, face-to-face contact and cycle length, won vs lost (lost = every counted non-win).
 * A factor's n is the cases where it was recorded at all (a case with no people recorded says nothing about
 * stakeholders), so thinner debriefs of lost cases cannot pass for a difference. Shares are compared with
 * compareRates; means with Welch's t test at the same 90 % level. SQLite has no median, so cycle length is a
 * mean — the sentence says so. The per-case figures come from the period table (period-cases.ts).
 * Changes with: shared/contract/review.ts (winFactors), shared/stats/welch.ts.
 */
import type { Summary } from '../../shared/contract/review';
import { PERIOD_CASES } from './period-cases';
import { rows, type ReviewQuery } from './scope';
import { compareWinRates, CONFIDENCE, mean, MIN_PER_GROUP, percent, welch, type Moments } from '../../shared/stats';

/** A factor, plus whether its test found a clear difference (for the findings; not sent). */
export type Factor = Summary['winFactors'][number] & { clear: boolean };

interface Row {
  won: number;
  cases: number;
  stepCases: number;
  steps: number;
  steps2: number;
  peopleCases: number;
  dmCases: number;
  reached: number;
  reached2: number;
  touchCases: number;
  f2fCases: number;
  days: number;
  days2: number;
}

/** Won and lost as two scans of the period table rather than one grouped by outcome: no sort. */
const factorsOf = (side: string) => `
  select ${side === 'c.won' ? 1 : 0} as won, count(*) as cases,
    sum(c.steps > 0) as stepCases, sum(c.steps) as steps, sum(c.steps * c.steps) as steps2,
    count(c.reached) as peopleCases, sum(c.reached is not null and c.dm) as dmCases,
    coalesce(sum(c.reached), 0) as reached, coalesce(sum(c.reached * c.reached), 0) as reached2,
    count(c.f2f) as touchCases, coalesce(sum(c.f2f), 0) as f2fCases,
    coalesce(sum(c.cycle_days), 0) as days, coalesce(sum(c.cycle_days * c.cycle_days), 0) as days2
  from ${PERIOD_CASES} c
  where c.counted and ${side}
  having count(*) > 0`;

export const factorsSql = `${factorsOf('c.won')}\n  union all${factorsOf('not c.won')}`;

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

export function winFactors(q: ReviewQuery): Factor[] {
  const data = rows<Row>(q, factorsSql);
  const empty: Row = {
    won: 0,
    cases: 0,
    stepCases: 0,
    steps: 0,
    steps2: 0,
    peopleCases: 0,
    dmCases: 0,
    reached: 0,
    reached2: 0,
    touchCases: 0,
    f2fCases: 0,
    days: 0,
    days2: 0,
  };
  const w = data.find((r) => r.won === 1) ?? empty;
  const l = data.find((r) => r.won === 0) ?? empty;
  return [
    meanFactor(
      'Buyer steps reached',
      ['reached more buyer steps', 'reached fewer buyer steps'],
      'count',
      { n: w.stepCases, sum: w.steps, sumSquares: w.steps2 },
      { n: l.stepCases, sum: l.steps, sumSquares: l.steps2 },
    ),
    shareFactor(
      'Decision maker reached',
      'reached the decision maker',
      [w.dmCases, w.peopleCases],
      [l.dmCases, l.peopleCases],
    ),
    meanFactor(
      'Stakeholders reached',
      ['reached more stakeholders', 'reached fewer stakeholders'],
      'count',
      { n: w.peopleCases, sum: w.reached, sumSquares: w.reached2 },
      { n: l.peopleCases, sum: l.reached, sumSquares: l.reached2 },
    ),
    shareFactor(
      'Met face to face',
      'met the customer face to face',
      [w.f2fCases, w.touchCases],
      [l.f2fCases, l.touchCases],
    ),
    meanFactor(
      'Cycle length (mean)',
      ['took longer', 'closed faster'],
      'days',
      { n: w.cases, sum: w.days, sumSquares: w.days2 },
      { n: l.cases, sum: l.days, sumSquares: l.days2 },
    ),
  ];
}
