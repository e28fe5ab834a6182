/**
 * Buying-criteria gaps: where the winner beat us, weighted by how much the buyer cared. A gap of
 * importance × (winner − ours) is positive where we fell short, so the criteria to work on sort first.
 */

export interface CriterionRating {
  importance: number | null;
  winnerRating: number | null;
  ourRating: number | null;
}

/** importance × (winner − ours): positive when the winner was rated higher on a criterion that mattered. */
export function weightedGap(importance: number, winnerRating: number, ourRating: number): number {
  return importance * (winnerRating - ourRating);
}

/**
 * Mean weighted gap over the ratings that are complete. Ratings missing any of the three numbers are skipped, not
 * read as 0 (an unrated criterion is unknown, not a tie); `n` says how many counted. Mean is null when none did.
 */
export function meanWeightedGap(ratings: readonly CriterionRating[]): { mean: number | null; n: number } {
  let sum = 0;
  let n = 0;
  for (const { importance, winnerRating, ourRating } of ratings) {
    if (importance === null || winnerRating === null || ourRating === null) continue;
    sum += weightedGap(importance, winnerRating, ourRating);
    n += 1;
  }
  return { mean: n > 0 ? sum / n : null, n };
}
