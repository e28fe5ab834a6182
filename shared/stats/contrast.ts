/**
 * One member against the rest of the team, on several factors at once: how a coach finds the few places where
 * a seller works differently. Testing many factors for each member finds a "difference" by chance sooner or
 * later, so each test runs at a Bonferroni-adjusted level: with k factors a member differs on one only when its
 * test would be significant at (1 − confidence) / k. Shares use Newcombe's interval at that level (the interval
 * must exclude 0, as in compare.ts), means Welch's t test. Below `minPerGroup` cases on either side nothing is
 * claimed.
 */
import { newcombeDifference } from './difference';
import { welch, type Moments } from './welch';

export interface Contrast {
  /** member − rest (a share or a mean); null when either side is empty. */
  difference: number | null;
  /** True when the adjusted test supports a difference. */
  clear: boolean;
  enough: boolean;
}

export interface ContrastOptions {
  confidence: number;
  /** How many factors are tested for the member: the Bonferroni divisor. */
  tests: number;
  minPerGroup: number;
}

export function contrastShares(
  member: { k: number; n: number },
  rest: { k: number; n: number },
  { confidence, tests, minPerGroup }: ContrastOptions,
): Contrast {
  const enough = member.n >= minPerGroup && rest.n >= minPerGroup;
  const adjusted = 1 - (1 - confidence) / Math.max(1, tests);
  const d = newcombeDifference({ successes: member.k, n: member.n }, { successes: rest.k, n: rest.n }, adjusted);
  return { difference: d.estimate, clear: enough && (d.low > 0 || d.high < 0), enough };
}

export function contrastMeans(
  member: Moments,
  rest: Moments,
  { confidence, tests, minPerGroup }: ContrastOptions,
): Contrast {
  const enough = member.n >= minPerGroup && rest.n >= minPerGroup;
  if (member.n === 0 || rest.n === 0) return { difference: null, clear: false, enough };
  const t = welch(member, rest);
  const clear = enough && t.pValue !== null && t.pValue < (1 - confidence) / Math.max(1, tests);
  return { difference: t.difference, clear, enough };
}
