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

/** Rank items by count, largest first, with shares; duplicate keys are summed. */
export function pareto<K extends string>(items: readonly ParetoItem<K>[], cutoff = 0.8): ParetoRow<K>[] {
  const totals = new Map<K, number>();
  for (const { key, count } of items) {
    if (!(count >= 0)) throw new RangeError(`pareto: count for ${key} must be ≥ 0, got ${count}`);
    totals.set(key, (totals.get(key) ?? 0) + count);
  }
  const ranked = [...totals].sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0));
  const total = ranked.reduce((sum, [, count]) => sum + count, 0);
  let running = 0;
  return ranked.map(([key, count]) => {
    const before = total > 0 ? running / total : 0;
    running += count;
    // The last row is exactly 1, not 0.9999999999999999 from summing shares.
    const cumulativeShare = total > 0 ? (running === total ? 1 : running / total) : 0;
    return {
      key,
      count,
      share: total > 0 ? count / total : 0,
      cumulativeShare,
      vitalFew: count > 0 && before < cutoff,
    };
  });
}
