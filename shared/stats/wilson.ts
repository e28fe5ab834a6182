/**
 * The Wilson score interval for one proportion (Wilson 1927; method 3 in Newcombe 1998, Stat Med 17:857–872),
 * without continuity correction. Chosen over a Beta posterior because it needs no prior to explain and over the
 * textbook normal (Wald) interval because it stays inside 0–1 and keeps close to its nominal coverage at the
 * small n and the 0 % / 100 % rates a sales team sees. Every rate the app shows carries one of these.
 */
import { zForConfidence } from './normal';

export interface RateInterval {
  /** successes / n; null when n = 0, because "0 %" of nothing would read as a real result. */
  rate: number | null;
  low: number;
  high: number;
  n: number;
  confidence: number;
}

/**
 * Wilson's interval from a proportion `p` observed on `n` cases. Exported for the value-weighted rate, which has a
 * proportion and an effective n but no whole success count.
 */
export function wilsonFromProportion(p: number, n: number, confidence = 0.9): RateInterval {
  // n = 0 says nothing: the whole 0–1 range is the honest interval.
  if (!(n > 0)) return { rate: null, low: 0, high: 1, n: 0, confidence };
  const z = zForConfidence(confidence);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 or 1 the bound is exactly 0 or 1 in exact arithmetic; clamp the rounding and never cross the rate.
  const low = p === 0 ? 0 : Math.min(p, Math.max(0, centre - half));
  const high = p === 1 ? 1 : Math.max(p, Math.min(1, centre + half));
  return { rate: p, low, high, n, confidence };
}

/** Wilson score interval for `successes` out of `n` at two-sided `confidence` (default 90 %). */
export function wilson(successes: number, n: number, confidence = 0.9): RateInterval {
  if (!(n > 0)) return wilsonFromProportion(0, 0, confidence);
  if (successes < 0 || successes > n) throw new RangeError(`wilson: successes ${successes} outside 0..${n}`);
  return wilsonFromProportion(successes / n, n, confidence);
}
