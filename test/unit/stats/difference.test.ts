import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fisherExact, logFactorial, newcombeDifference } from '../../../shared/stats';

describe("Newcombe's hybrid score interval for p1 − p2 (method 10)", () => {
  // Newcombe RG (1998), Interval estimation for the difference between independent proportions: comparison of
  // eleven methods, Statistics in Medicine 17:873–890, Table II, examples (a)–(h), method 10, 95 %.
  // (For (c) the brief quoted 0.0342 to 0.8534; that pair is the Miettinen–Nurminen column of the same table.
  // Method 10 gives 0.0582 to 0.8062, confirmed by an independent recomputation with SciPy's normal quantile.)
  test.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])('%s/%s − %s/%s → %s to %s', (x1, n1, x2, n2, low, high) => {
    const d = newcombeDifference({ successes: x1, n: n1 }, { successes: x2, n: n2 }, 0.95);
    expect(d.estimate).toBeCloseTo(x1 / n1 - x2 / n2, 12);
    expect(d.low).toBeCloseTo(low, 4);
    expect(d.high).toBeCloseTo(high, 4);
  });

  test('an empty group gives no estimate and the whole −1 to 1 range', () => {
    expect(newcombeDifference({ successes: 0, n: 0 }, { successes: 3, n: 5 })).toEqual({
      estimate: null,
      low: -1,
      high: 1,
      confidence: 0.9,
    });
  });

  const group = fc
    .tuple(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([n, f]) => ({ successes: Math.round(f * n), n }));

  test('property: the interval lies in [−1, 1] and contains the estimate', () => {
    fc.assert(
      fc.property(group, group, (a, b) => {
        const d = newcombeDifference(a, b);
        expect(d.low).toBeGreaterThanOrEqual(-1);
        expect(d.high).toBeLessThanOrEqual(1);
        expect(d.low).toBeLessThanOrEqual(d.estimate ?? NaN);
        expect(d.estimate ?? NaN).toBeLessThanOrEqual(d.high);
      }),
    );
  });

  test('property: swapping the groups negates the interval', () => {
    fc.assert(
      fc.property(group, group, (a, b) => {
        const ab = newcombeDifference(a, b);
        const ba = newcombeDifference(b, a);
        expect(ba.estimate).toBeCloseTo(-(ab.estimate ?? NaN), 12);
        expect(ba.low).toBeCloseTo(-ab.high, 12);
        expect(ba.high).toBeCloseTo(-ab.low, 12);
      }),
    );
  });
});

/** The two-sided Fisher p in exact rational arithmetic, R's rule: tables with P ≤ P(observed)·(1 + 1e-7). */
function exactFisher(a: number, b: number, c: number, d: number): number {
  const choose = (n: number, k: number): bigint => {
    let result = 1n;
    for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
    return result;
  };
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const weight = (x: number) => choose(row1, x) * choose(n - row1, col1 - x);
  const observed = weight(a);
  let sum = 0n;
  for (let x = Math.max(0, row1 + col1 - n); x <= Math.min(row1, col1); x++) {
    const w = weight(x);
    if (w * 10_000_000n <= observed * 10_000_001n) sum += w;
  }
  const scale = 10n ** 40n;
  return Number((sum * scale) / choose(n, col1)) / 1e40;
}

describe("Fisher's exact test, two-sided", () => {
  test("Fisher's lady tasting tea, [[3, 1], [1, 3]]: two-sided p = 0.4857 (R's fisher.test(TeaTasting))", () => {
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(34 / 70, 12);
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(0.4857, 4);
  });

  test("Fisher's twin convictions (R: fisher.test(Convictions)): p = 0.0005367", () => {
    // Dizygotic 2 convicted / 15 not, monozygotic 10 / 3 (Fisher 1935, The Design of Experiments).
    expect(fisherExact(2, 15, 10, 3)).toBeCloseTo(0.0005367, 7);
    expect(fisherExact(10, 3, 2, 15)).toBeCloseTo(0.0005367, 7);
    expect(fisherExact(2, 15, 10, 3)).toBeCloseTo(exactFisher(2, 15, 10, 3), 15);
  });

  test('agrees with exact rational arithmetic on a table with 5,000 cases', () => {
    // 0.004553159321199519 in exact rationals (Python fractions); SciPy's fisher_exact gives the same.
    const p = fisherExact(1500, 1000, 1400, 1100);
    expect(Math.abs(p / 0.0045531593211995194 - 1)).toBeLessThan(1e-9);
  });

  test('stays fast and finite at tens of thousands of cases', () => {
    const p = fisherExact(12000, 8000, 11800, 8200);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1);
    expect(fisherExact(0, 20000, 20000, 0)).toBeLessThan(1e-300);
  });

  test('a balanced table has p = 1; empty tables have p = 1', () => {
    expect(fisherExact(5, 5, 5, 5)).toBe(1);
    expect(fisherExact(0, 0, 0, 0)).toBe(1);
  });

  test('refuses cells that are not counts', () => {
    expect(() => fisherExact(1.5, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExact(-1, 2, 3, 4)).toThrow(RangeError);
  });

  const cell = fc.integer({ min: 0, max: 40 });

  test('property: p is in (0, 1] and equals the exact rational computation', () => {
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        const p = fisherExact(a, b, c, d);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(Math.abs(p - exactFisher(a, b, c, d))).toBeLessThan(1e-12 * Math.max(p, 1e-3));
      }),
    );
  });

  test('property: p does not depend on which row or column comes first', () => {
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        const p = fisherExact(a, b, c, d);
        expect(fisherExact(c, d, a, b)).toBeCloseTo(p, 12);
        expect(fisherExact(a, c, b, d)).toBeCloseTo(p, 12);
        expect(fisherExact(b, a, d, c)).toBeCloseTo(p, 12);
      }),
    );
  });
});

describe('log factorial', () => {
  test('matches the exact sum across the switch to Stirling', () => {
    let exact = 0;
    for (let n = 2; n <= 400; n++) {
      exact += Math.log(n);
      expect(Math.abs(logFactorial(n) - exact)).toBeLessThan(1e-12 * exact);
    }
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
  });
});
