/**
 * The review's one door to the statistics (shared/stats): the confidence level every rate uses, a rate with
 * its Wilson interval that also handles n = 0, and a comparison in the contract's shape. Comparisons are
 * compareRates': the verdict is Newcombe's hybrid interval for the difference at 90 % (a change only when it
 * excludes 0), Fisher's exact p quoted beside it, and "not enough cases" below 5 cases a side.
 * Changes with: shared/stats/wilson.ts, shared/stats/compare.ts, shared/contract/review.ts (Interval, Comparison).
 */
import type { Comparison } from '../../shared/contract/review';
import { compareRates, wilson } from '../../shared/stats';

/** 90 %: wide enough to be honest about tens of cases, narrow enough to say something. */
export const CONFIDENCE = 0.9;
/** Fewer closed cases than this in either group and a comparison says "not enough cases yet". */
export const MIN_PER_GROUP = 5;

/** A win rate with its 90 % Wilson interval; with no cases the rate is unknown and the interval is 0–1. */
export function rateInterval(won: number, n: number): { n: number; rate: number | null; low: number; high: number } {
  if (n === 0) return { n, rate: null, low: 0, high: 1 };
  const w = wilson(won, n, CONFIDENCE);
  return { n, rate: won / n, low: w.low, high: w.high };
}

export function compare(before: { won: number; lost: number }, after: { won: number; lost: number }): Comparison {
  const c = compareRates(before, after, { confidence: CONFIDENCE, minPerGroup: MIN_PER_GROUP });
  const { estimate, low, high } = c.difference;
  return {
    verdict: c.verdict,
    test: c.test,
    pValue: c.pValue,
    difference: { estimate, low, high },
    sentence: c.sentence,
  };
}

/** A share for a sentence: "42 %", or "–" when there is nothing to divide. */
export function percent(share: number | null): string {
  return share === null || Number.isNaN(share) ? '–' : `${Math.round(share * 100)} %`;
}
