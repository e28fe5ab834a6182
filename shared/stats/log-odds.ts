/**
 * The log-odds scale an action's effect is judged on (effect.ts, joint-effect.ts), and how an effect on it is
 * said in points at a group's own rate. Why the odds scale and not points: a trend that lifts every case's odds
 * alike moves a 30 % group fewer points than a 50 % one, so differences in points would credit or blame an action
 * for the groups' different starting rates. On the odds scale that trend cancels exactly.
 */
export interface LogitInterval {
  estimate: number;
  low: number;
  high: number;
  confidence: number;
}

/** A rate with half a win and half a loss added: finite on the log-odds scale even when all won or all lost. */
export function adjustedRate(won: number, n: number): number {
  return (won + 0.5) / (n + 1);
}

export const logit = (p: number) => Math.log(p / (1 - p));
export const expit = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * A log-odds effect said in points at the group's own rate after the action: its rate minus the rate it would
 * have had without the effect. Increasing in `logOdds`, 0 at 0, so an interval maps to an interval.
 */
export function pointsAt(rateAfter: number, logOdds: number): number {
  return rateAfter - expit(logit(rateAfter) - logOdds);
}
