/**
 * An interval for a linear combination of independent proportions, Σ cᵢ·pᵢ: a difference in differences
 * (p₁ − p₂) − (p₃ − p₄), or a change in trend p₁ − 2·p₂ + p₃. Built by the "method of variance estimates
 * recovery" (MOVER, square-and-add) from each proportion's Wilson interval: Newcombe 2001 (Stat Med
 * 20:2885–2893) for the difference between differences, Zou & Donner 2008 (Stat Med 27:1693–1702) for the
 * general form, Zou, Huang & Zhang 2009 (Comput Stat Data Anal 53:1080–1085) for its coverage at small n.
 * With two terms (1, −1) it is exactly Newcombe's method 10 (difference.ts). Chosen over a Wald interval, which
 * collapses at 0 % and 100 % and undercovers at the tens of cases a team has, and over a logistic model, whose
 * estimate runs off to infinity whenever a small group is all won or all lost.
 */
import type { DifferenceInterval } from './difference';
import { wilson } from './wilson';

export interface ContrastTerm {
  coefficient: number;
  successes: number;
  n: number;
}

/** Σ cᵢ·pᵢ with its MOVER-Wilson interval; estimate null (interval the whole range) when a group is empty. */
export function linearContrast(terms: readonly ContrastTerm[], confidence = 0.9): DifferenceInterval {
  const span = terms.reduce((t, { coefficient }) => t + Math.abs(coefficient), 0);
  // The widest the combination can be: each proportion anywhere in 0–1.
  const lowest = terms.reduce((t, { coefficient }) => t + Math.min(0, coefficient), 0);
  const highest = terms.reduce((t, { coefficient }) => t + Math.max(0, coefficient), 0);
  const rates = terms.map((t) => ({ c: t.coefficient, ...wilson(t.successes, t.n, confidence) }));
  if (span === 0 || rates.some((r) => r.rate === null)) {
    return { estimate: null, low: lowest, high: highest, confidence };
  }
  let estimate = 0;
  let below = 0;
  let above = 0;
  for (const { c, rate, low, high } of rates) {
    const p = rate ?? 0;
    estimate += c * p;
    // A positive coefficient takes its lower distance to the lower limit; a negative one flips the sides.
    const down = c >= 0 ? p - low : high - p;
    const up = c >= 0 ? high - p : p - low;
    below += (c * down) ** 2;
    above += (c * up) ** 2;
  }
  return {
    estimate,
    low: Math.max(lowest, estimate - Math.sqrt(below)),
    high: Math.min(highest, estimate + Math.sqrt(above)),
    confidence,
  };
}
