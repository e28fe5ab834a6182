/**
 * A linear combination of log-odds of independent win rates, Σ cᵢ·logit(pᵢ), with its interval: the interaction
 * term of a saturated logistic model. A difference in differences on the odds scale (1, −1, −1, 1) is the
 * period × scope term of a logistic model of win ~ period + scope + period × scope; a change in trend (1, −2, 1)
 * is the bend of a logistic trend at the done date.
 *
 * Each cell gets half a case added to its wins and to its losses (Gart 1966, Biometrika 53:275; Haldane 1956),
 * so an all-won or all-lost group gives a finite estimate, and the interval is Wald's on the log-odds scale,
 * estimate ± z·√Σ cᵢ²·(1/(wᵢ + ½) + 1/(lᵢ + ½)). Agresti (1999, Biometrics 55:597–602) shows this adjusted logit
 * interval stays at or a little above its nominal coverage at small counts, where the unadjusted one fails; being
 * a little conservative is the right side to err on before telling a seller an action worked.
 * Why the odds scale and not points: a trend that lifts every case's odds alike moves a 30 % group fewer points
 * than a 50 % one, so differences in points would credit or blame an action for the groups' different starting
 * rates. On the odds scale that trend cancels exactly.
 */
import { zForConfidence } from './normal';

export interface ContrastTerm {
  coefficient: number;
  won: number;
  n: number;
}

export interface LogitInterval {
  /** Σ cᵢ·logit(p̃ᵢ), p̃ᵢ = (wᵢ + ½) / (nᵢ + 1). */
  estimate: number;
  low: number;
  high: number;
  confidence: number;
}

/** The adjusted rate every term uses: half a win and half a loss added. */
export function adjustedRate(won: number, n: number): number {
  return (won + 0.5) / (n + 1);
}

export const logit = (p: number) => Math.log(p / (1 - p));
export const expit = (x: number) => 1 / (1 + Math.exp(-x));

export function logitContrast(terms: readonly ContrastTerm[], confidence = 0.9): LogitInterval {
  let estimate = 0;
  let variance = 0;
  for (const { coefficient: c, won, n } of terms) {
    if (!Number.isInteger(won) || !Number.isInteger(n) || won < 0 || won > n) {
      throw new RangeError(`logitContrast: ${won} won of ${n} is not a count`);
    }
    estimate += c * logit(adjustedRate(won, n));
    variance += c * c * (1 / (won + 0.5) + 1 / (n - won + 0.5));
  }
  const half = zForConfidence(confidence) * Math.sqrt(variance);
  return { estimate, low: estimate - half, high: estimate + half, confidence };
}

/**
 * A log-odds effect said in points at the group's own rate after the action: its rate minus the rate it would
 * have had without the effect. Increasing in `logOdds`, 0 at 0, so an interval maps to an interval.
 */
export function pointsAt(rateAfter: number, logOdds: number): number {
  return rateAfter - expit(logit(rateAfter) - logOdds);
}
