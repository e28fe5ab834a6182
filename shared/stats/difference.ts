/**
 * Two independent proportions: how far apart they are and whether chance alone could explain it.
 * - `newcombeDifference`: Newcombe's hybrid score interval (Newcombe 1998, Stat Med 17:873–890, method 10), built
 *   from the two Wilson intervals. Sound at small n and at 0 % / 100 %, where the Wald difference interval fails.
 * - `fisherExact`: Fisher's exact test, two-sided the way R's fisher.test does it (sum of the tables no more likely
 *   than the one observed, with a 1e-7 relative tolerance so ties survive rounding).
 */
import { wilson } from './wilson';

export interface Proportion {
  successes: number;
  n: number;
}

export interface DifferenceInterval {
  /** p1 − p2; null when either group is empty. */
  estimate: number | null;
  low: number;
  high: number;
  confidence: number;
}

/** Newcombe method 10 interval for p1 − p2 (first minus second). */
export function newcombeDifference(first: Proportion, second: Proportion, confidence = 0.9): DifferenceInterval {
  const a = wilson(first.successes, first.n, confidence);
  const b = wilson(second.successes, second.n, confidence);
  if (a.rate === null || b.rate === null) return { estimate: null, low: -1, high: 1, confidence };
  const estimate = a.rate - b.rate;
  const low = estimate - Math.hypot(a.rate - a.low, b.high - b.rate);
  const high = estimate + Math.hypot(a.high - a.rate, b.rate - b.low);
  return { estimate, low: Math.max(-1, low), high: Math.min(1, high), confidence };
}

/**
 * ln(n!): summed exactly for small n, Stirling's series above (error ~1e-15 at n = 20, less beyond). Constant
 * time, so Fisher's test stays fast at n in the thousands.
 */
export function logFactorial(n: number): number {
  if (n < 20) {
    let sum = 0;
    for (let i = 2; i <= n; i++) sum += Math.log(i);
    return sum;
  }
  const inv = 1 / n;
  const inv2 = inv * inv;
  return (
    n * Math.log(n) -
    n +
    0.5 * Math.log(2 * Math.PI * n) +
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)))
  );
}

/**
 * Two-sided Fisher exact p for the 2×2 table [[a, b], [c, d]] (rows are groups, columns won / lost). The
 * hypergeometric probabilities are computed as logs relative to the largest, so tables with thousands of cases
 * neither overflow nor lose precision. A p below ~1e-308 (e.g. 20,000 against 0 in both groups) underflows to 0.
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  for (const cell of [a, b, c, d]) {
    if (!Number.isInteger(cell) || cell < 0) throw new RangeError(`fisherExact: cells must be counts, got ${cell}`);
  }
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const lowest = Math.max(0, row1 + col1 - n);
  const highest = Math.min(row1, col1);
  // The terms of ln P(X = x) that depend on x; the constant cancels in the ratio below.
  const logWeight = (x: number) =>
    -logFactorial(x) - logFactorial(row1 - x) - logFactorial(col1 - x) - logFactorial(n - row1 - col1 + x);
  // The distribution is unimodal: walk out from its mode both ways and stop once a term is too small to move
  // either sum. At 30,000 cases that is a few hundred terms instead of the whole support of thousands (the
  // review compares tables that size several times over).
  const mode = Math.min(highest, Math.max(lowest, Math.floor(((row1 + 1) * (col1 + 1)) / (n + 2))));
  const top = logWeight(mode);
  const observed = Math.exp(logWeight(a) - top);
  const negligible = Math.min(1, observed) * 1e-20;
  let total = 0;
  let asExtreme = 0;
  const walk = (from: number, step: 1 | -1, last: number) => {
    for (let x = from; step > 0 ? x <= last : x >= last; x += step) {
      const w = Math.exp(logWeight(x) - top);
      if (w < negligible) return;
      total += w;
      if (w <= observed * (1 + 1e-7)) asExtreme += w;
    }
  };
  walk(mode, 1, highest);
  walk(mode - 1, -1, lowest);
  return Math.min(1, asExtreme / total);
}
