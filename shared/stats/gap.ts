/**
 * Buying-criteria gaps: where the rival beat us, weighted by how much the buyer cared.
 *
 * The sign, for every gap in the app: a gap is importance × (rival − ours), so it is POSITIVE WHERE WE TRAIL the
 * rival (the winner on a lost case, the best competitor on a won one) and negative where we lead. Criteria to work
 * on then sort first. The database sums the per-rating products (a real column or an expression in SQL: the ratings
 * never leave it) and this module turns the sum into the figure shown.
 * criteriaVsCompetitor's weightedGap and the battlecards' "their strengths" keep the same sign and name: the
 * derived rows store ours − theirs (weighted_diff), and electron/review/competitors.ts is the one place that flips it.
 * Changes with: electron/review/gaps.ts, electron/review/competitors.ts, electron/review/review-rows.ts.
 */

export interface GapSums {
  /** Σ importance × (rival − ours) over the complete ratings (all three numbers recorded). */
  sum: number;
  /** How many ratings the sum is over. */
  n: number;
}

/**
 * The mean weighted gap: a mean, not a sum, so a criterion rated in many cases is not ranked high for being rated
 * often (n stands beside it). Null when nothing was rated: an unrated criterion is unknown, not a tie.
 */
export function meanWeightedGap({ sum, n }: GapSums): number | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`meanWeightedGap: n must be a count, got ${n}`);
  return n > 0 ? sum / n : null;
}
