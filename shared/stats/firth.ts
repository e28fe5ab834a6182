/**
 * Logistic regression on grouped counts with Firth's (1993, Biometrika 80:27–38) bias-reduced penalty: the
 * score gets + hᵢ·(½ − pᵢ), hᵢ the leverage of row i, which keeps every estimate finite under separation (a group
 * all won or all lost) and removes the small-sample bias of maximum likelihood — in a saturated 2 × 2 model
 * much like adding half a case to every cell (Gart 1966), generalised to a model with many terms. Intervals are Wald's from the information at the
 * penalised estimate. A tiny ridge keeps a column that the data cannot tell apart from others (say, an action
 * done before the first case) at 0 with a huge variance rather than a singular matrix.
 * Changes with: joint-effect.ts (the model of many actions built on this).
 */

/** One row of the design: its covariates, its decided cases and its wins. */
export interface GroupedRow {
  x: readonly number[];
  n: number;
  won: number;
}

export interface FirthFit {
  beta: number[];
  /** Standard errors, from the inverse information at the estimate. */
  se: number[];
  iterations: number;
  converged: boolean;
}

const RIDGE = 1e-6;

/** Cholesky factor of a symmetric positive-definite matrix (lower), in place of a copy. */
function cholesky(a: number[][]): number[][] {
  const p = a.length;
  const l = a.map(() => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      if (i === j) l[i]![i] = Math.sqrt(Math.max(s, 1e-300));
      else l[i]![j] = s / l[j]![j]!;
    }
  }
  return l;
}

function solve(l: number[][], b: readonly number[]): number[] {
  const p = l.length;
  const y = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i]![k]! * y[k]!;
    y[i] = s / l[i]![i]!;
  }
  const x = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < p; k++) s -= l[k]![i]! * x[k]!;
    x[i] = s / l[i]![i]!;
  }
  return x;
}

export function firthLogistic(rows: readonly GroupedRow[], columns: number, maxIterations = 50): FirthFit {
  for (const r of rows) {
    if (r.x.length !== columns || !(r.n >= 0) || r.won < 0 || r.won > r.n) {
      throw new RangeError(`firthLogistic: a row of ${r.won} won of ${r.n} with ${r.x.length} covariates`);
    }
  }
  // A row of the review's model has one time term and a few scope terms set: work on those alone.
  const nonZero = rows.map((r) => r.x.flatMap((v, a) => (v === 0 ? [] : [a])));
  const values = rows.map((r, i) => nonZero[i]!.map((a) => r.x[a]!));
  const linear = (i: number, beta: readonly number[]) => {
    const idx = nonZero[i]!;
    const val = values[i]!;
    let s = 0;
    for (let k = 0; k < idx.length; k++) s += val[k]! * beta[idx[k]!]!;
    return s;
  };
  /** The penalised log-likelihood at β, with what the next step needs. */
  const at = (beta: readonly number[]) => {
    const info = identity(columns).map((row) => row.map((v) => v * RIDGE));
    const p = rows.map((_, i) => 1 / (1 + Math.exp(-linear(i, beta))));
    let logLik = 0;
    rows.forEach((r, i) => {
      const pi = Math.min(Math.max(p[i]!, 1e-300), 1 - 1e-16);
      logLik += r.won * Math.log(pi) + (r.n - r.won) * Math.log(1 - pi);
      const w = r.n * p[i]! * (1 - p[i]!);
      const idx = nonZero[i]!;
      const val = values[i]!;
      for (let k = 0; k < idx.length; k++) {
        const row = info[idx[k]!]!;
        for (let m = 0; m < idx.length; m++) if (idx[m]! <= idx[k]!) row[idx[m]!]! += w * val[k]! * val[m]!;
      }
    });
    for (let a = 0; a < columns; a++) for (let b = 0; b < a; b++) info[b]![a] = info[a]![b]!;
    const factor = cholesky(info);
    // Firth's penalty: half the log-determinant of the information (Jeffreys' prior).
    for (let a = 0; a < columns; a++) logLik += Math.log(factor[a]![a]!) - (RIDGE / 2) * beta[a]! ** 2;
    return { p, factor, logLik };
  };
  let beta = new Array<number>(columns).fill(0);
  let current = at(beta);
  let converged = false;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const { p, factor } = current;
    const inverse = inverseOf(factor);
    const score = new Array<number>(columns).fill(0);
    rows.forEach((r, i) => {
      const pi = p[i]!;
      const w = r.n * pi * (1 - pi);
      const idx = nonZero[i]!;
      const val = values[i]!;
      let quadratic = 0;
      for (let k = 0; k < idx.length; k++) {
        const row = inverse[idx[k]!]!;
        for (let m = 0; m < idx.length; m++) quadratic += val[k]! * val[m]! * row[idx[m]!]!;
      }
      const residual = r.won - r.n * pi + w * quadratic * (0.5 - pi);
      for (let k = 0; k < idx.length; k++) score[idx[k]!]! += val[k]! * residual;
    });
    for (let a = 0; a < columns; a++) score[a]! -= RIDGE * beta[a]!;
    let step = solve(factor, score);
    const longest = Math.max(...step.map(Math.abs));
    if (longest < 1e-6) {
      converged = true;
      iterations++;
      break;
    }
    // Steps longer than 5 on the log-odds scale are shortened, and halved until the penalised likelihood rises.
    if (longest > 5) step = step.map((s) => (s * 5) / longest);
    for (let halving = 0; ; halving++) {
      const trial = beta.map((b, a) => b + step[a]!);
      const next = at(trial);
      if (next.logLik >= current.logLik - 1e-9 || halving === 20) {
        // A direction the data barely tells apart (a term almost the same as others) creeps on without
        // changing the fit: stop once the penalised likelihood no longer moves.
        const flat = Math.abs(next.logLik - current.logLik) < 1e-10;
        beta = trial;
        current = next;
        if (flat) converged = true;
        break;
      }
      step = step.map((s) => s / 2);
    }
    if (converged) {
      iterations++;
      break;
    }
  }
  const factor = current.factor;
  const inverse = inverseOf(factor);
  const se = Array.from({ length: columns }, (_, a) => Math.sqrt(inverse[a]![a]!));
  return { beta, se, iterations, converged };
}

/** The inverse of the matrix whose Cholesky factor is `l`, one column at a time. */
function inverseOf(l: number[][]): number[][] {
  const p = l.length;
  const unit = (a: number) => Array.from({ length: p }, (_, i) => (i === a ? 1 : 0));
  const columns = Array.from({ length: p }, (_, a) => solve(l, unit(a)));
  return columns[0] === undefined ? [] : columns.map((_, i) => columns.map((c) => c[i]!));
}

function identity(p: number): number[][] {
  return Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => (i === j ? 1 : 0)));
}
