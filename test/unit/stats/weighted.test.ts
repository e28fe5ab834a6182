import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  meanWeightedGap,
  pareto,
  runningShares,
  valueWeightedWinRate,
  wilson,
  type ValueSums,
} from '../../../shared/stats';

/** The sums the review's SQL returns (win-rate.ts), from (value, won) pairs. */
const sumsOf = (cases: readonly { value: number; won: boolean }[]): ValueSums => ({
  n: cases.length,
  wonValue: cases.reduce((s, c) => s + (c.won ? c.value : 0), 0),
  closedValue: cases.reduce((s, c) => s + c.value, 0),
  sumSquares: cases.reduce((s, c) => s + c.value * c.value, 0),
});

describe('value-weighted win rate', () => {
  test('is won value over closed value, with n and the effective n', () => {
    const result = valueWeightedWinRate(
      sumsOf([
        { value: 100_000, won: true },
        { value: 300_000, won: false },
        { value: 100_000, won: true },
        { value: 0, won: false },
      ]),
    );
    expect(result.rate).toBeCloseTo(0.4, 12);
    expect(result.wonValue).toBe(200_000);
    expect(result.closedValue).toBe(500_000);
    expect(result.n).toBe(4);
    // Kish: (Σv)² / Σv² = 25e10 / 11e10.
    expect(result.nEffective).toBeCloseTo(25 / 11, 12);
  });

  test('with equal values it is exactly the Wilson interval on the count', () => {
    const cases = Array.from({ length: 23 }, (_, i) => ({ value: 5000, won: i < 9 }));
    const weighted = valueWeightedWinRate(sumsOf(cases));
    const plain = wilson(9, 23);
    expect(weighted.rate).toBeCloseTo(plain.rate ?? NaN, 12);
    expect(weighted.low).toBeCloseTo(plain.low, 12);
    expect(weighted.high).toBeCloseTo(plain.high, 12);
  });

  test('one dominant deal widens the interval to nearly that of a single case', () => {
    const cases = [{ value: 1_000_000, won: true }, ...Array.from({ length: 20 }, () => ({ value: 1000, won: false }))];
    const result = valueWeightedWinRate(sumsOf(cases));
    expect(result.nEffective).toBeLessThan(1.1);
    expect(result.high - result.low).toBeGreaterThan(wilson(1, 1).high - wilson(1, 1).low - 0.05);
  });

  test('no value closed: no rate; negative values are refused', () => {
    expect(valueWeightedWinRate(sumsOf([]))).toMatchObject({ rate: null, low: 0, high: 1, n: 0, nEffective: 0 });
    expect(valueWeightedWinRate(sumsOf([{ value: 0, won: true }]))).toMatchObject({ rate: null, n: 1 });
    expect(() => valueWeightedWinRate(sumsOf([{ value: -1, won: true }]))).toThrow(RangeError);
    expect(() => valueWeightedWinRate({ n: 1, wonValue: 2, closedValue: 1, sumSquares: 1 })).toThrow(RangeError);
  });

  test('property: 0 ≤ low ≤ rate ≤ high ≤ 1 and 1 ≤ n_eff ≤ n', () => {
    const outcome = fc.record({ value: fc.integer({ min: 0, max: 10_000_000 }), won: fc.boolean() });
    fc.assert(
      fc.property(fc.array(outcome, { minLength: 1, maxLength: 60 }), (cases) => {
        const r = valueWeightedWinRate(sumsOf(cases));
        if (r.rate === null) return;
        expect(r.low).toBeGreaterThanOrEqual(0);
        expect(r.low).toBeLessThanOrEqual(r.rate);
        expect(r.rate).toBeLessThanOrEqual(r.high);
        expect(r.high).toBeLessThanOrEqual(1);
        expect(r.nEffective).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(r.nEffective).toBeLessThanOrEqual(cases.length + 1e-9);
      }),
    );
  });
});

describe('Pareto ranking', () => {
  test('ranks by count with shares, cumulative shares and the vital few up to 80 %', () => {
    const rows = pareto([
      { key: 'price', count: 12 },
      { key: 'features', count: 5 },
      { key: 'relationship', count: 20 },
      { key: 'timing', count: 3 },
    ]);
    expect(rows.map((r) => r.key)).toEqual(['relationship', 'price', 'features', 'timing']);
    expect(rows.map((r) => r.share)).toEqual([0.5, 0.3, 0.125, 0.075]);
    expect(rows.map((r) => r.cumulativeShare)).toEqual([0.5, 0.8, 0.925, 1]);
    expect(rows.map((r) => r.vitalFew)).toEqual([true, true, false, false]);
  });

  test('sums duplicate keys, breaks ties by key, and copes with an empty total', () => {
    const rows = pareto([
      { key: 'b', count: 2 },
      { key: 'a', count: 1 },
      { key: 'a', count: 1 },
      { key: 'c', count: 0 },
    ]);
    expect(rows.map((r) => [r.key, r.count])).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 0],
    ]);
    expect(rows[2]?.vitalFew).toBe(false);
    expect(pareto([{ key: 'x', count: 0 }])).toEqual([
      { key: 'x', count: 0, share: 0, cumulativeShare: 0, vitalFew: false },
    ]);
  });

  test('running shares keep the order they are given (the database ranks loss reasons with its own ties)', () => {
    expect(runningShares([2, 5, 3])).toEqual([
      { share: 0.2, cumulativeShare: 0.2 },
      { share: 0.5, cumulativeShare: 0.7 },
      { share: 0.3, cumulativeShare: 1 },
    ]);
    expect(runningShares([0, 0])).toEqual([
      { share: 0, cumulativeShare: 0 },
      { share: 0, cumulativeShare: 0 },
    ]);
    expect(runningShares([])).toEqual([]);
  });

  test('property: shares sum to 1, counts never rise, the cumulative share ends at exactly 1', () => {
    const item = fc.record({ key: fc.string({ maxLength: 3 }), count: fc.integer({ min: 0, max: 1000 }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 30 }), (items) => {
        const rows = pareto(items);
        const total = rows.reduce((s, r) => s + r.count, 0);
        if (total === 0) return;
        expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
        expect(rows.at(-1)?.cumulativeShare).toBe(1);
        for (let i = 1; i < rows.length; i++) expect(rows[i]!.count).toBeLessThanOrEqual(rows[i - 1]!.count);
        expect(rows[0]?.vitalFew).toBe(true);
      }),
    );
  });
});

describe('criteria gaps', () => {
  test('the mean of importance × (rival − ours) from its sum: positive where we trail', () => {
    // 5 × (4 − 2) = 10 and 3 × (2 − 4) = −6 over two ratings.
    expect(meanWeightedGap({ sum: 10 - 6, n: 2 })).toBe(2);
    expect(meanWeightedGap({ sum: -6, n: 1 })).toBe(-6);
    expect(meanWeightedGap({ sum: 0, n: 0 })).toBeNull();
    expect(() => meanWeightedGap({ sum: 1, n: -1 })).toThrow(RangeError);
  });
});
