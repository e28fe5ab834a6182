/**
 * The win rate: won out of the cases that reached a decision, with its n and Wilson interval.
 *
 * Withdrawn cases are left out of the denominator: withdrawing is our own choice to stop competing, so it says
 * nothing about how often we win a decision the buyer made (qualification discipline is measured elsewhere).
 * "No decision" is the buyer's choice not to buy at all; whether that counts as a loss is a team setting, hence
 * `countNoDecision`. Unknown outcomes never count: they are missing data, not losses.
 */
import { wilson, type RateInterval } from './wilson';

export interface WinRateInput {
  won: number;
  lost: number;
  noDecision?: number;
  /** Count "lost to no decision" as a loss (default false: only competitive losses count). */
  countNoDecision?: boolean;
}

export interface WinRate extends RateInterval {
  won: number;
  lost: number;
  noDecision: number;
  /** The denominator: won + lost (+ noDecision when counted). Same value as `n`. */
  closed: number;
}

export function winRate(
  { won, lost, noDecision = 0, countNoDecision = false }: WinRateInput,
  confidence = 0.9,
): WinRate {
  const closed = won + lost + (countNoDecision ? noDecision : 0);
  return { ...wilson(won, closed, confidence), won, lost, noDecision, closed };
}
