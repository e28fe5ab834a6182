/**
 * Did a done action change the win rate? The cases it touched are compared with what would have happened
 * anyway, never with their own past alone — a business whose win rate rises every month would otherwise credit
 * every action with the rise. Every done action is judged at once, as its term of one model (joint-effect.ts),
 * so each is net of the others.
 *
 * - **Comparison (difference in differences).** The change inside the action's scope (after − before) beyond
 *   the change in the other cases over the same two windows: the period × scope term of a logistic model with a
 *   term for each month. A trend the whole business shares cancels out.
 * - **Trend (segmented).** With no comparison group — an action on all cases, or too few cases outside its scope
 *   — the change across the done date set against a straight trend over the windows before: a step at the done
 *   date. A steady trend cancels out the same way; only a bend at the done date remains.
 *
 * Both are on the odds scale, where a trend that lifts everyone's odds alike cancels whatever a group's starting
 * rate, fitted with Firth's penalty so small and all-won groups stay finite, with a 90 % interval. The effect is
 * then said in points at the scope's own rate. Improved or worse only when the whole interval (95 % for the
 * trend: TREND_CONFIDENCE) lies above or below 0; fewer than `MIN_PER_GROUP` decided cases in any window it needs
 * and the answer is "not enough cases yet". Windows are equal in length, so a drift within them weighs the same
 * on both sides.
 * Changes with: effect-words.ts (the sentences), electron/review/loop.ts (the counts and cells),
 * shared/contract/review.ts.
 */
import { adjustedRate, pointsAt, type LogitInterval } from './log-odds';
import type { Verdict } from './describe';
import type { DifferenceInterval } from './difference';
import { jointEffects, type JointCell } from './joint-effect';
import { CONFIDENCE, MIN_PER_GROUP } from './review';

/** Decided cases a win rate counts in one window, and how many of them were won. */
export interface WindowCounts {
  won: number;
  n: number;
}

export interface EffectCounts {
  /** Inside the action's scope: the window before the done date, the one after, and the one before `before`. */
  inside: { prior: WindowCounts; before: WindowCounts; after: WindowCounts };
  /** The other cases over the same windows; null when the scope is every case (there is nothing outside it). */
  outside: { before: WindowCounts; after: WindowCounts } | null;
}

export type EffectMethod = 'comparison' | 'trend';

export interface ActionEffect {
  method: EffectMethod;
  /** Why the trend was used although the scope has an outside: too few cases there. */
  fewOutside: boolean;
  verdict: Verdict;
  /** after − before inside the scope; null when a window is empty. */
  change: number | null;
  /** What the change is set against: the change elsewhere, or the change over the window before. */
  expected: number | null;
  /** The effect in points at the scope's rate after the action, with its interval (from `logOdds`). */
  effect: DifferenceInterval;
  /** The effect on the log-odds scale: what the verdict is decided on. */
  logOdds: LogitInterval;
}

/**
 * Without a comparison group the judgment also rests on the trend before holding steady through the done date,
 * an assumption the interval cannot see (other actions bend it too), so the trend asks for more: a 95 % interval.
 * Measured on placebos (test/analytics/effect-placebo.test.ts) it calls about 1 in 10 inert actions at 90 %.
 */
export const TREND_CONFIDENCE = 0.95;

const rate = ({ won, n }: WindowCounts) => (n > 0 ? won / n : null);
const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** The verdict and the effect in points, from the log-odds interval and the windows it needed. */
function settle(
  counts: EffectCounts,
  judged: Omit<ActionEffect, 'verdict' | 'effect'>,
  needed: readonly WindowCounts[],
): ActionEffect {
  const { logOdds } = judged;
  const { after } = counts.inside;
  const verdict: Verdict = !needed.every((w) => w.n >= MIN_PER_GROUP)
    ? 'not_enough_cases'
    : logOdds.low > 0
      ? 'improved'
      : logOdds.high < 0
        ? 'worse'
        : 'no_clear_change';
  const at = adjustedRate(after.won, after.n);
  const effect: DifferenceInterval = {
    estimate: after.n > 0 ? pointsAt(at, logOdds.estimate) : null,
    low: pointsAt(at, logOdds.low),
    high: pointsAt(at, logOdds.high),
    confidence: logOdds.confidence,
  };
  return { ...judged, verdict, effect };
}

/**
 * Every done action judged at once (joint-effect.ts): the method and the windows each needs are chosen from its
 * counts, the log-odds interval is its term of the joint model on `cells` — net of the month-to-month
 * movement of every case and of the other actions. Each fit sees only the cells it can learn from, which keeps
 * it small: the bucket fit the months where some action judged by comparison has cases before or after its done
 * date (any other month only fits its own bucket term), the trend fit the cases inside the three windows of some
 * action judged by the trend, so its straight line is drawn over those windows and not over years beyond them.
 */
export function judgeJointly(
  actions: readonly { counts: EffectCounts }[],
  cells: readonly JointCell[],
): ActionEffect[] {
  const plans = actions.map(({ counts }) => {
    const { inside, outside } = counts;
    const enough = (w: WindowCounts) => w.n >= MIN_PER_GROUP;
    const fewOutside = outside !== null && !(enough(outside.before) && enough(outside.after));
    const method: EffectMethod = outside !== null && !fewOutside ? 'comparison' : 'trend';
    const expected =
      method === 'comparison' && outside
        ? minus(rate(outside.after), rate(outside.before))
        : minus(rate(inside.before), rate(inside.prior));
    const needed =
      method === 'comparison' && outside
        ? [inside.before, inside.after, outside.before, outside.after]
        : [inside.prior, inside.before, inside.after];
    return { method, fewOutside, expected, needed };
  });
  const compared = plans.flatMap((p, j) => (p.method === 'comparison' ? [j] : []));
  const trended = plans.flatMap((p, j) => (p.method === 'trend' ? [j] : []));
  const months = new Set(cells.filter((c) => compared.some((j) => c.inScope[j])).map((c) => c.bucket));
  const fitted = jointEffects(
    plans.map((p) => ({
      everyCase: p.method === 'trend',
      confidence: p.method === 'trend' ? TREND_CONFIDENCE : CONFIDENCE,
    })),
    cells.filter((c) => months.has(c.bucket)),
    cells.filter((c) => trended.some((j) => c.inScope[j] || c.prior?.[j])),
  );
  return actions.map(({ counts }, j) => {
    const { method, fewOutside, expected, needed } = plans[j]!;
    const change = minus(rate(counts.inside.after), rate(counts.inside.before));
    return settle(counts, { method, fewOutside, change, expected, logOdds: fitted[j]!.logOdds }, needed);
  });
}

export interface EffectContext {
  /** Where the action applied, to open a sentence: "In Retail", "Against Budgetly", "Across all cases". */
  where: string;
  /** Days in each window. */
  windowDays: number;
  doneOn: string;
  windows: { prior: DayRange; before: DayRange; after: DayRange };
}

export interface DayRange {
  from: string;
  to: string;
}
