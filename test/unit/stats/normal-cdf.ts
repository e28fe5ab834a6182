/**
 * A reference standard normal CDF for the tests only: the product needs the quantile (shared/stats/normal.ts), not
 * the CDF, and this checks the quantile over its whole range. Checked itself against A & S Table 26.1 in
 * normal.test.ts.
 */

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Standard normal density φ(x). */
function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/**
 * Upper tail Q(x) = 1 − Φ(x) for x ≥ 0. Below 3, Marsaglia's (2004) series Φ(x) = ½ + φ(x)(x + x³/3 + x⁵/15 + …)
 * (absolute error ~1e-16, and Q ≥ 0.00135 there, so relative error stays ~1e-13); from 3 up, Laplace's continued
 * fraction Q(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))), which keeps full relative precision far into the tail.
 * No fitted constants, so nothing to mistype.
 */
function upperTail(x: number): number {
  if (x < 3) {
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let k = 3; sum + term !== sum; k += 2) {
      term *= x2 / k;
      sum += term;
    }
    return 0.5 - normalDensity(x) * sum;
  }
  let fraction = x;
  for (let k = 60; k >= 1; k--) fraction = x + k / fraction;
  return normalDensity(x) / fraction;
}

/** Standard normal CDF Φ(x). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return x >= 0 ? 1 - upperTail(x) : upperTail(-x);
}

/** Two-sided p-value of a standard normal statistic: 2·Q(|z|). */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return Math.min(1, 2 * upperTail(Math.abs(z)));
}
