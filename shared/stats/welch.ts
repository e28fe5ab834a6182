/**
 * Welch's two-sample t test from summary statistics (n, mean, sum of squares): what the review uses to say
 * whether won and lost cases differ in a mean (buyer steps reached, people reached, cycle days). The database
 * gives n, Σx and Σx² per group, so no case rows are needed here. Pure; tested against published values.
 */

export interface Moments {
  n: number;
  sum: number;
  sumSquares: number;
}

export interface WelchResult {
  difference: number;
  t: number | null;
  df: number | null;
  /** Two-sided; null when either group has fewer than two cases or neither varies. */
  pValue: number | null;
}

/** ln Γ(x), Lanczos approximation (g = 7, n = 9): ~15 significant digits for x > 0. */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] ?? 0;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] ?? 0) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the regularised incomplete beta (Numerical Recipes' betacf). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** I_x(a, b), the regularised incomplete beta function. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Two-sided p-value of Student's t with `df` degrees of freedom (df may be fractional, as Welch's is). */
export function tTwoSidedP(t: number, df: number): number {
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** The mean of a group, null when it is empty. */
export function mean(m: Moments): number | null {
  return m.n > 0 ? m.sum / m.n : null;
}

function meanAndVariance(m: Moments): { mean: number; variance: number } {
  const mean = m.sum / m.n;
  // Σ(x − mean)² = Σx² − n·mean²; clamped because rounding can make an all-equal group a hair negative.
  const variance = Math.max(0, (m.sumSquares - m.n * mean * mean) / (m.n - 1));
  return { mean, variance };
}

/** Welch's t test of mean(a) − mean(b). */
export function welch(a: Moments, b: Moments): WelchResult {
  if (a.n === 0 || b.n === 0) return { difference: Number.NaN, t: null, df: null, pValue: null };
  const difference = a.sum / a.n - b.sum / b.n;
  if (a.n < 2 || b.n < 2) return { difference, t: null, df: null, pValue: null };
  const va = meanAndVariance(a).variance / a.n;
  const vb = meanAndVariance(b).variance / b.n;
  const se2 = va + vb;
  if (se2 === 0) return { difference, t: null, df: null, pValue: difference === 0 ? 1 : 0 };
  const t = difference / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { difference, t, df, pValue: tTwoSidedP(t, df) };
}
