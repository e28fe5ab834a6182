/**
 * Every done action's effect estimated at once, so each is net of the others: one logistic model of a case's
 * win on its time bucket, on being in each action's scope, and on being in each action's scope *after* its done
 * date (the period × scope term, the action's effect), with Firth's penalty (firth.ts) for small counts and
 * separation. Judged one action at a time, a real action done a month later shows up in an inert one's "after"
 * and in the comparison group; in one model it is its own term.
 *
 * - Actions on part of the cases: the time buckets get one term each (fixed effects), so whatever moved every
 *   case in a month — the trend, an action on all cases — cancels, and the effect is the change inside the scope
 *   beyond the change elsewhere (difference in differences), net of the other part-scope actions.
 * - Actions on all cases have no comparison group: a second fit replaces the buckets by a straight trend on the
 *   log-odds, so the effect is a step at the done date away from the trend, net of every other action.
 * Cases decided on an action's done date belong in no cell the caller builds for it (`after` false, and the caller
 * leaves them out or marks them); the model itself only sees cells.
 * Changes with: firth.ts, effect.ts (judgeJointly, which plans each action's method and reads its term).
 */
import { firthLogistic, type GroupedRow } from './firth';
import type { LogitInterval } from './log-odds';
import { zForConfidence } from './normal';

export interface JointAction {
  /** True for an action on every case: no comparison group, judged against the trend. */
  everyCase: boolean;
  /** The interval's confidence for this action (default 0.9). */
  confidence?: number;
}

/** Decided cases sharing a time bucket and the same place inside / after each action. */
export interface JointCell {
  /** 0, 1, 2 … in time order (months, say). */
  bucket: number;
  /** Per action: is the cell inside its scope (always true for an every-case action)? */
  inScope: readonly boolean[];
  /** Per action: were the cell's cases decided after its done date? */
  after: readonly boolean[];
  /**
   * Per action: are the cell's cases in its scope in the window before its `before` window? No term of the model
   * reads it; it tells judgeJointly (effect.ts) which cells the trend fit should see.
   */
  prior?: readonly boolean[];
  won: number;
  n: number;
}

export interface JointEffect {
  /** The action's term on the log-odds scale, with its interval. */
  logOdds: LogitInterval;
  method: 'comparison' | 'trend';
  /** Decided cases the term rests on: inside the scope before and after the done date. */
  before: number;
  after: number;
}

function design(actions: readonly JointAction[], cells: readonly JointCell[], trend: boolean) {
  const buckets = [...new Set(cells.map((c) => c.bucket))].sort((a, b) => a - b);
  const index = new Map(buckets.map((b, i) => [b, i]));
  const span = Math.max(1, buckets[buckets.length - 1]! - buckets[0]!);
  const timeColumns = trend ? 2 : buckets.length;
  // Per action: its scope term (part scope only) and its effect term (an every-case action only in the trend fit).
  const scopeColumn: (number | null)[] = [];
  const effectColumn: (number | null)[] = [];
  let next = timeColumns;
  for (const a of actions) {
    scopeColumn.push(a.everyCase ? null : next++);
    effectColumn.push(!a.everyCase || trend ? next++ : null);
  }
  const rows: GroupedRow[] = cells
    .filter((c) => c.n > 0)
    .map((c) => {
      const x = new Array<number>(next).fill(0);
      if (trend) {
        x[0] = 1;
        x[1] = (c.bucket - buckets[0]!) / span - 0.5;
      } else x[index.get(c.bucket)!] = 1;
      actions.forEach((_, j) => {
        if (!c.inScope[j]) return;
        if (scopeColumn[j] !== null) x[scopeColumn[j]!] = 1;
        if (c.after[j] && effectColumn[j] !== null) x[effectColumn[j]!] = 1;
      });
      return { x, n: c.n, won: c.won };
    });
  return { rows, columns: next, effectColumn };
}

/**
 * `trendCells`: the cells the trend fit sees, when it should see fewer than the bucket fit (say, only the months
 * around the every-case actions' done dates); by default the same.
 */
export function jointEffects(
  actions: readonly JointAction[],
  cells: readonly JointCell[],
  trendCells: readonly JointCell[] = cells,
): JointEffect[] {
  const fits = new Map<boolean, { beta: number[]; se: number[]; effectColumn: (number | null)[] }>();
  for (const trend of [false, true]) {
    if (trend ? !actions.some((a) => a.everyCase) : !actions.some((a) => !a.everyCase)) continue;
    const d = design(actions, trend ? trendCells : cells, trend);
    const fit = firthLogistic(d.rows, d.columns);
    fits.set(trend, { ...fit, effectColumn: d.effectColumn });
  }
  return actions.map((a, j) => {
    const fit = fits.get(a.everyCase)!;
    const column = fit.effectColumn[j]!;
    const estimate = fit.beta[column]!;
    const confidence = a.confidence ?? 0.9;
    const half = zForConfidence(confidence) * fit.se[column]!;
    let before = 0;
    let after = 0;
    for (const c of cells) {
      if (!c.inScope[j]) continue;
      if (c.after[j]) after += c.n;
      else before += c.n;
    }
    return {
      logOdds: { estimate, low: estimate - half, high: estimate + half, confidence },
      method: a.everyCase ? 'trend' : 'comparison',
      before,
      after,
    };
  });
}
