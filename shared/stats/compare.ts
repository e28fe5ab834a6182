/**
 * Did an action change the win rate in its scope? Before and after are compared as two independent proportions.
 *
 * The verdict follows Newcombe's hybrid score interval for after − before (method 10, see difference.ts): improved
 * or worse only when that interval excludes 0, so the verdict can never contradict the interval shown beside it,
 * and its coverage stays near nominal at small n. Fisher's exact p is quoted as a second opinion; it is not the
 * decider because it is conservative at the small counts a team has (its real error rate is well under nominal),
 * and because a p-value alone gives no size of change. Below `minPerGroup` closed cases on either side the answer is
 * "not enough cases yet": with 3 cases the interval spans most of 0–100 % and a verdict would be noise.
 */
import { describeDifference, type Verdict } from './describe';
import { fisherExact, newcombeDifference, type DifferenceInterval } from './difference';
import { wilson, type RateInterval } from './wilson';

export type { Verdict } from './describe';

export interface ClosedCounts {
  won: number;
  lost: number;
}

export interface CompareOptions {
  /** Two-sided confidence of every interval (default 0.9). */
  confidence?: number;
  /** Fewest closed cases (won + lost) each side needs before any verdict (default 5). */
  minPerGroup?: number;
}

export interface RateComparison {
  before: RateInterval;
  after: RateInterval;
  /** after − before, Newcombe method 10. */
  difference: DifferenceInterval;
  /** Fisher's exact two-sided p for the 2×2 table before/after × won/lost. */
  pValue: number;
  /** The method that decided the verdict. */
  test: 'newcombe';
  verdict: Verdict;
  sentence: string;
}

export function compareRates(
  before: ClosedCounts,
  after: ClosedCounts,
  { confidence = 0.9, minPerGroup = 5 }: CompareOptions = {},
): RateComparison {
  const n1 = before.won + before.lost;
  const n2 = after.won + after.lost;
  const beforeRate = wilson(before.won, n1, confidence);
  const afterRate = wilson(after.won, n2, confidence);
  const difference = newcombeDifference({ successes: after.won, n: n2 }, { successes: before.won, n: n1 }, confidence);
  const pValue = fisherExact(after.won, after.lost, before.won, before.lost);
  // At least one case a side even if asked for 0: an empty side has no rate to compare.
  const needed = Math.max(1, minPerGroup);
  const verdict: Verdict =
    n1 < needed || n2 < needed
      ? 'not_enough_cases'
      : difference.low > 0
        ? 'improved'
        : difference.high < 0
          ? 'worse'
          : 'no_clear_change';
  const sentence = describeDifference({ before: beforeRate, after: afterRate, difference, pValue, verdict });
  return { before: beforeRate, after: afterRate, difference, pValue, test: 'newcombe', verdict, sentence };
}
