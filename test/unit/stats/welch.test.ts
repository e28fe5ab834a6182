/**
 * Welch's t test (shared/stats/welch.ts), which the review uses to compare means of won and lost cases,
 * against published values: Student's t critical values and Wikipedia's "Welch's t-test" example 1. Wilson,
 * Newcombe and Fisher belong to shared/stats and are tested with it.
 */
import { expect, test } from 'vitest';
import { incompleteBeta, tTwoSidedP, welch, type Moments } from '../../../shared/stats';

const moments = (xs: number[]): Moments => ({
  n: xs.length,
  sum: xs.reduce((s, x) => s + x, 0),
  sumSquares: xs.reduce((s, x) => s + x * x, 0),
});

test('the regularised incomplete beta at known points', () => {
  expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
  expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
  expect(incompleteBeta(0.2, 2, 3)).toBeCloseTo(0.1808, 10);
});

test("Student's t: 2.228 on 10 df is p = 0.05, 1.812 is p = 0.10, 12.706 on 1 df is p = 0.05", () => {
  expect(tTwoSidedP(2.228, 10)).toBeCloseTo(0.05, 3);
  expect(tTwoSidedP(1.812, 10)).toBeCloseTo(0.1, 3);
  expect(tTwoSidedP(12.706, 1)).toBeCloseTo(0.05, 4);
  expect(tTwoSidedP(0, 5)).toBeCloseTo(1, 12);
});

test('Welch example 1: t = −2.46, df = 25.0, p = 0.021', () => {
  const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
  const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
  const r = welch(moments(a1), moments(a2));
  expect(r.t).toBeCloseTo(-2.46, 2);
  expect(r.df).toBeCloseTo(25.0, 1);
  expect(r.pValue).toBeCloseTo(0.021, 3);
});

test('one case a side gives no p-value; identical groups with no spread give p = 1', () => {
  expect(welch(moments([3]), moments([1, 1, 1])).pValue).toBeNull();
  expect(welch(moments([1, 1, 1]), moments([1, 1, 1])).pValue).toBe(1);
  expect(welch(moments([2, 2]), moments([1, 1])).pValue).toBe(0);
  expect(welch(moments([]), moments([1, 2])).pValue).toBeNull();
});
