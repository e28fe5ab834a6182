/**
 * The value-weighted win rate: won value / closed value (money in one currency, any unit: the ratio has none).
 *
 * Its interval is Wilson's, taken on Kish's effective sample size n_eff = (Σv)² / Σv² (Kish 1965, Survey
 * Sampling), the usual way to carry a score interval over to a weighted proportion in survey statistics. With equal
 * deal values n_eff = n and this is exactly the plain Wilson interval; when one large deal dominates, n_eff falls
 * towards 1 and the interval widens accordingly. Why it is honest: if each deal's outcome is a draw with the same
 * chance p whatever its value, the weighted share Σv·won / Σv has variance p(1 − p)·Σv² / (Σv)² = p(1 − p) / n_eff
 * exactly, so this is Wilson's interval at the variance the figure really has. It needs only n, Σv, Σv·won and Σv²,
 * which SQL returns, so no case row is loaded. Rejected alternatives: the delta-method (ratio estimator) interval
 * collapses to zero width at 0 % and 100 %, the rates small groups show most; a bootstrap is not deterministic.
 * The interval is approximate — treat it as a guide to how much one deal can swing the figure, not as exact.
 */
import { wilsonFromProportion, type RateInterval } from './wilson';

export interface WeightedWinRate extends RateInterval {
  /** Number of closed cases (including zero-value ones). */
  n: number;
  /** Kish's effective sample size, the n the interval was computed on. */
  nEffective: number;
  wonValue: number;
  closedValue: number;
}

/**
 * What the interval needs, as the database can sum it: closed cases, Σv over them, Σv over the won ones and Σv².
 * Σv² of money in minor units passes 2^63 at a few deals of a billion cents, so SQL should sum it as a real.
 */
export interface ValueSums {
  n: number;
  wonValue: number;
  closedValue: number;
  sumSquares: number;
}

/** The value-weighted rate and its Kish–Wilson interval, from the sums the review's SQL returns. */
export function valueWeightedWinRate(
  { n, wonValue, closedValue, sumSquares }: ValueSums,
  confidence = 0.9,
): WeightedWinRate {
  for (const x of [n, wonValue, closedValue, sumSquares]) {
    if (!(x >= 0) || !Number.isFinite(x)) throw new RangeError(`valueWeightedWinRate: bad sum ${x}`);
  }
  if (wonValue > closedValue) throw new RangeError(`valueWeightedWinRate: won ${wonValue} > closed ${closedValue}`);
  const nEffective = sumSquares > 0 ? (closedValue * closedValue) / sumSquares : 0;
  const interval = wilsonFromProportion(nEffective > 0 ? wonValue / closedValue : 0, nEffective, confidence);
  return { ...interval, n, nEffective, wonValue, closedValue };
}
