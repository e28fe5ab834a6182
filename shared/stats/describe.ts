/**
 * Plain sentences for a salesperson: whole percentages, the n behind every rate, and the interval. Changes with
 * compare.ts (which picks the verdict these sentences state).
 */
import type { DifferenceInterval } from './difference';
import type { RateInterval } from './wilson';

/**
 * 0.4234 → "42 %"; "–" when there is nothing to divide (null or NaN). The one percentage format of every sentence
 * the analytics and the CLI write (the screen formats in the user's locale: renderer/lib/format.ts).
 */
export function percent(value: number | null): string {
  return value === null || Number.isNaN(value) ? '–' : `${Math.round(value * 100)} %`;
}

/** 0.9 → "90 %", 0.975 → "97.5 %". */
export function confidenceLabel(confidence: number): string {
  return `${Number((confidence * 100).toFixed(1))} %`;
}

/** A signed whole number of percentage points: 0.22 → "+22", -0.05 → "-5", 0 → "0". */
function signedPoints(points: number): string {
  return points > 0 ? `+${points}` : `${points}`;
}

/** A fraction as rounded percentage points. */
function points(value: number): number {
  // `+ 0` turns -0 into 0 so "-0" never shows.
  return Math.round(value * 100) + 0;
}

/** "22 points", "1 point"; "less than 1 point" when a clear change at large n rounds to nothing. */
function pointCount(change: number): string {
  if (change <= 0) return 'less than 1 point';
  return change === 1 ? '1 point' : `${change} points`;
}

/**
 * "90 % sure the true rate is between 32 % and 52 %": the interval in words a seller reads without a course in
 * statistics (the method's name lives in the screen's "How this is computed" note).
 */
export function describeInterval({ low, high, confidence }: Pick<RateInterval, 'low' | 'high' | 'confidence'>): string {
  return `${confidenceLabel(confidence)} sure the true rate is between ${percent(low)} and ${percent(high)}`;
}

/** "42 % (n = 57; 90 % sure the true rate is between 32 % and 52 %)", or "no cases yet (n = 0)". */
export function describeRate(interval: RateInterval): string {
  if (interval.rate === null) return 'no cases yet (n = 0)';
  return `${percent(interval.rate)} (n = ${interval.n}; ${describeInterval(interval)})`;
}

/** "p < 0.001", "p = 0.004", "p = 0.04", "p = 0.67". */
export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  if (p < 0.01) return `p = ${p.toFixed(3)}`;
  return `p = ${p.toFixed(2)}`;
}

export type Verdict = 'improved' | 'worse' | 'no_clear_change' | 'not_enough_cases';

export interface DifferenceToDescribe {
  before: RateInterval;
  after: RateInterval;
  /** after − before. */
  difference: DifferenceInterval;
  /** Fisher's exact two-sided p, quoted as a second opinion. */
  pValue: number;
  verdict: Verdict;
}

/**
 * The sentence for a before/after comparison. The change quoted is the difference of the two percentages as
 * displayed, so "40 % … 62 % …, up 22 points" always adds up on screen even when the unrounded difference is 21.6.
 */
export function describeDifference({ before, after, difference, pValue, verdict }: DifferenceToDescribe): string {
  if (verdict === 'not_enough_cases' || before.rate === null || after.rate === null) {
    return `Not enough cases yet (n = ${before.n} before, ${after.n} after).`;
  }
  const rates = `win rate ${percent(before.rate)} (n = ${before.n}) before, ${percent(after.rate)} (n = ${after.n}) after`;
  const change = points(after.rate) - points(before.rate);
  const interval =
    `${confidenceLabel(difference.confidence)} interval ` +
    `${signedPoints(points(difference.low))} to ${signedPoints(points(difference.high))} points`;
  const evidence = `${interval}; Fisher's exact test ${formatP(pValue)}`;
  if (verdict === 'improved') return `Improved: ${rates}, up ${pointCount(change)} (${evidence}).`;
  if (verdict === 'worse') return `Worse: ${rates}, down ${pointCount(-change)} (${evidence}).`;
  return `No clear difference yet: ${rates} (change ${signedPoints(change)} points, ${evidence}).`;
}
