/**
 * The value-weighted win rate: won value / closed value (money in one currency, any unit: the ratio has none).
 *
 * Its interval is Wilson's, taken on Kish's effective sample size n_eff = (Σv)² / Σv² (Kish 1965, Survey
 * Sampling), the usual way to carry a score interval over to a weighted proportion in survey statistics. With equal
 * deal values n_eff = n and this is exactly the plain Wilson interval; when one large deal dominates, n_eff falls
 * towards 1 and the interval widens accordingly. Rejected alternatives: the delta-method (ratio estimator) interval
 * collapses to zero width at 0 % and 100 %, the rates small groups show most; a bootstrap is not deterministic.
 * The interval is approximate — treat it as a guide to how much one deal can swing the figure, not as exact.
 */
import { wilsonFromProportion, type RateInterval } from './wilson';

export interface ValuedOutcome {
  /** The deal's value, ≥ 0, all in the same currency. */
  value: number;
  won: boolean;
}

export interface WeightedWinRate extends RateInterval {
  /** Number of closed cases (including zero-value ones). */
  n: number;
  /** Kish's effective sample size, the n the interval was computed on. */
  nEffective: number;
  wonValue: number;
  closedValue: number;
}

export function valueWeightedWinRate(cases: readonly ValuedOutcome[], confidence = 0.9): WeightedWinRate {
  let wonValue = 0;
  let closedValue = 0;
  let sumSquares = 0;
  for (const { value, won } of cases) {
    if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`valueWeightedWinRate: bad value ${value}`);
    closedValue += value;
    sumSquares += value * value;
    if (won) wonValue += value;
  }
  const nEffective = sumSquares > 0 ? (closedValue * closedValue) / sumSquares : 0;
  const interval = wilsonFromProportion(nEffective > 0 ? wonValue / closedValue : 0, nEffective, confidence);
  return { ...interval, n: cases.length, nEffective, wonValue, closedValue };
}
