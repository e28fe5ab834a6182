/**
 * Pareto ranking: which few loss reasons (or competitors, or stages) account for most of the total. Pure and
 * deterministic — ties are broken by key in code-unit order, never by locale, so the same data ranks the same way
 * on every machine.
 */

export interface ParetoItem<K extends string = string> {
  key: K;
  /** A count or any non-negative amount (e.g. lost value). */
  count: number;
}

export interface ParetoRow<K extends string = string> extends ParetoItem<K> {
  /** count / total; 0 when the total is 0. */
  share: number;
  /** Share of this row and every row ranked above it. */
  cumulativeShare: number;
  /** True for the rows needed to reach `cutoff` of the total: the "vital few". */
  vitalFew: boolean;
}

/**
 * Each row's share of the total and the running share down to it, for rows already in their display order (the
 * database's, with its own tie-breaks). 0 everywhere when the total is 0; the last running share is exactly 1.
 */
export function runningShares(counts: readonly number[]): { share: number; cumulativeShare: number }[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  let running = 0;
  return counts.map((count) => {
    running += count;
    if (!(total > 0)) return { share: 0, cumulativeShare: 0 };
    // Exactly 1 at the end, not 0.9999999999999999 from summing shares.
    return { share: count / total, cumulativeShare: running === total ? 1 : running / total };
  });
}

/** Rank items by count, largest first, with shares; duplicate keys are summed. */
export function pareto<K extends string>(items: readonly ParetoItem<K>[], cutoff = 0.8): ParetoRow<K>[] {
  const totals = new Map<K, number>();
  for (const { key, count } of items) {
    if (!(count >= 0)) throw new RangeError(`pareto: count for ${key} must be ≥ 0, got ${count}`);
    totals.set(key, (totals.get(key) ?? 0) + count);
  }
  const ranked = [...totals].sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0));
  const shares = runningShares(ranked.map(([, count]) => count));
  return ranked.map(([key, count], i) => {
    const { share, cumulativeShare } = shares[i] ?? { share: 0, cumulativeShare: 0 };
    const before = shares[i - 1]?.cumulativeShare ?? 0;
    return { key, count, share, cumulativeShare, vitalFew: count > 0 && before < cutoff };
  });
}
