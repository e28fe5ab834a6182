import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { describeRate, winRate, wilson } from '../../../shared/stats';

describe('Wilson score interval', () => {
  // Newcombe RG (1998), Two-sided confidence intervals for the single proportion: comparison of seven methods,
  // Statistics in Medicine 17:857–872, Table I, method 3 (score, no continuity correction), 95 %.
  test.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%s/%s → %s to %s (Newcombe 1998a)', (x, n, low, high) => {
    const interval = wilson(x, n, 0.95);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
    expect(interval.rate).toBe(x / n);
  });

  test('defaults to 90 % and carries n and the confidence', () => {
    const interval = wilson(24, 57);
    expect(interval.confidence).toBe(0.9);
    expect(interval.n).toBe(57);
    expect(interval.high - interval.low).toBeLessThan(wilson(24, 57, 0.95).high - wilson(24, 57, 0.95).low);
  });

  test('n = 0 has no rate and the whole 0–1 range', () => {
    expect(wilson(0, 0)).toEqual({ rate: null, low: 0, high: 1, n: 0, confidence: 0.9 });
  });

  test('refuses more successes than cases', () => {
    expect(() => wilson(5, 4)).toThrow(RangeError);
  });

  test('property: 0 ≤ low ≤ rate ≤ high ≤ 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const x = Math.round(f * n);
        const { rate, low, high } = wilson(x, n);
        expect(rate).not.toBeNull();
        expect(0).toBeLessThanOrEqual(low);
        expect(low).toBeLessThanOrEqual(rate ?? NaN);
        expect(rate ?? NaN).toBeLessThanOrEqual(high);
        expect(high).toBeLessThanOrEqual(1);
      }),
    );
  });

  test('property: the interval narrows as n grows at a fixed rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 2, max: 10 }),
        (n, xRaw, k) => {
          const x = xRaw % (n + 1);
          const small = wilson(x, n);
          const large = wilson(k * x, k * n);
          expect(large.high - large.low).toBeLessThan(small.high - small.low);
        },
      ),
    );
  });

  test('property: failures mirror successes (x of n ↔ n − x of n)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (n, xRaw) => {
        const x = xRaw % (n + 1);
        const a = wilson(x, n);
        const b = wilson(n - x, n);
        expect(a.low).toBeCloseTo(1 - b.high, 12);
        expect(a.high).toBeCloseTo(1 - b.low, 12);
      }),
    );
  });
});

describe('win rate', () => {
  test('counts won and lost; no decision only when asked; carries the Wilson interval', () => {
    const plain = winRate({ won: 24, lost: 33, noDecision: 10 });
    expect(plain).toMatchObject({ won: 24, lost: 33, noDecision: 10, closed: 57, n: 57, rate: 24 / 57 });
    expect(plain.low).toBe(wilson(24, 57).low);
    const strict = winRate({ won: 24, lost: 33, noDecision: 10, countNoDecision: true });
    expect(strict).toMatchObject({ closed: 67, n: 67, rate: 24 / 67 });
  });

  test('no closed cases: no rate', () => {
    expect(winRate({ won: 0, lost: 0 })).toMatchObject({ closed: 0, rate: null, low: 0, high: 1 });
  });

  test('describes itself in one line with n and the interval', () => {
    expect(describeRate(winRate({ won: 24, lost: 33 }))).toBe(
      '42 % (n = 57; 90 % sure the true rate is between 32 % and 53 %)',
    );
    expect(describeRate(wilson(81, 263, 0.95))).toBe(
      '31 % (n = 263; 95 % sure the true rate is between 26 % and 37 %)',
    );
    expect(describeRate(winRate({ won: 0, lost: 0 }))).toBe('no cases yet (n = 0)');
  });
});
