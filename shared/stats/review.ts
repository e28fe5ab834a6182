/**
 * The review's statistical settings and the shapes its sections send: the confidence level every rate uses, the
 * fewest cases a comparison needs, a rate with its Wilson interval, and a before/after comparison. The review
 * (electron/review) call these; SQL there only returns counts and sums.
 * Comparisons are compareRates': the verdict is Newcombe's hybrid interval for the difference at 90 % (a change
 * only when it excludes 0), Fisher's exact p quoted beside it, and "not enough cases" below 5 cases a side.
 * Changes with: wilson.ts, compare.ts, shared/contract/review.ts (Interval, Comparison).
 */
import { compareRates, type ClosedCounts } from './compare';
import type { Verdict } from './describe';
import { wilson } from './wilson';

/** 90 %: wide enough to be honest about tens of cases, narrow enough to say something. */
export const CONFIDENCE = 0.9;
/** Fewer closed cases than this in either group and a comparison says "not enough cases yet". */
export const MIN_PER_GROUP = 5;

export interface ReviewRate {
  n: number;
  /** won / n; null with no cases. */
  rate: number | null;
  low: number;
  high: number;
}

/** A win rate with its 90 % Wilson interval; with no cases the rate is unknown and the interval is 0–1. */
export function rateInterval(won: number, n: number): ReviewRate {
  const { rate, low, high } = wilson(won, n, CONFIDENCE);
  return { n, rate, low, high };
}

/** The contract's Comparison (shared/contract/review.ts), structurally. */
export interface ReviewComparison {
  verdict: Verdict;
  test: string;
  pValue: number | null;
  difference: { estimate: number | null; low: number; high: number };
  sentence: string;
}

/** after vs before at the review's confidence and minimum group size. */
export function compareWinRates(before: ClosedCounts, after: ClosedCounts): ReviewComparison {
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
