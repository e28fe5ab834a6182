/**
 * What one point of win rate is worth a year, in the seller's own numbers: if the next year closes cases at
 * this period's pace and value, one more point of win rate turns 1 % of that closed value into won value.
 *
 * The estimate is 0.01 × Σv × 365.25 / days: the period's closed value (counted cases in one currency), made
 * yearly. Its uncertainty treats the period's closings as a compound Poisson process (how many cases close is
 * Poisson, each value a draw from the same distribution): the variance of the total Σv is then estimated by Σv²
 * (a standard result for a compound Poisson sum), so the relative standard error is √Σv² / Σv = 1 / √n_eff,
 * Kish's effective n again (weighted.ts). The interval is taken on the log scale (log-normal with that relative
 * error), which keeps it above zero and right-skewed as money totals are. It answers "how sure are we of the
 * pace", not "will the seller gain those points"; the text says so.
 */
import { zForConfidence } from './normal';

/** What SQL sums over the period's counted closed cases in the settings currency. */
export interface PaceSums {
  /** Counted closed cases with a value in the currency. */
  cases: number;
  /** Σ value (minor units). */
  valueSum: number;
  /** Σ value² (minor units², as a real). */
  valueSquares: number;
  /** Length of the period in days (≥ 1). */
  days: number;
}

export interface MoneyInterval {
  estimate: number;
  low: number;
  high: number;
}

export interface PointValue {
  casesPerYear: number;
  /** Mean value of a closed case (minor units). */
  meanValue: number;
  /** Effective n behind the interval: (Σv)² / Σv². */
  nEffective: number;
  confidence: number;
  /** Won value a year from one more point of win rate (minor units). */
  onePoint: MoneyInterval;
  fivePoints: MoneyInterval;
}

const YEAR_DAYS = 365.25;

/** null when no counted case has a value: there is no pace to project. */
export function pointValue({ cases, valueSum, valueSquares, days }: PaceSums, confidence = 0.9): PointValue | null {
  for (const x of [cases, valueSum, valueSquares, days]) {
    if (!(x >= 0) || !Number.isFinite(x)) throw new RangeError(`pointValue: bad sum ${x}`);
  }
  if (!(days >= 1)) throw new RangeError(`pointValue: the period must be at least a day, got ${days}`);
  if (cases === 0 || valueSum === 0 || valueSquares === 0) return null;
  const perYear = YEAR_DAYS / days;
  const nEffective = (valueSum * valueSum) / valueSquares;
  const relative = 1 / Math.sqrt(nEffective);
  // Log-normal with the same relative standard error: σ² = ln(1 + r²).
  const spread = zForConfidence(confidence) * Math.sqrt(Math.log(1 + relative * relative));
  const scaled = (points: number): MoneyInterval => {
    const estimate = points * 0.01 * valueSum * perYear;
    return { estimate, low: estimate * Math.exp(-spread), high: estimate * Math.exp(spread) };
  };
  return {
    casesPerYear: cases * perYear,
    meanValue: valueSum / cases,
    nEffective,
    confidence,
    onePoint: scaled(1),
    fivePoints: scaled(5),
  };
}
