/**
 * What a point of win rate is worth a year: the period's closed value made yearly, times 1 % and 5 %, with a
 * log-normal interval on the compound-Poisson relative error 1 / √n_eff.
 */
import { describe, expect, test } from 'vitest';
import { pointValue, zForConfidence } from '../../../shared/stats';

describe('pointValue', () => {
  test('a year of 100 equal cases of 1,000: one point is 1,000 a year, five points 5,000', () => {
    const v = pointValue({ cases: 100, valueSum: 100_000, valueSquares: 100 * 1000 ** 2, days: 365.25 })!;
    expect(v.casesPerYear).toBeCloseTo(100, 10);
    expect(v.meanValue).toBe(1000);
    expect(v.nEffective).toBeCloseTo(100, 10);
    expect(v.onePoint.estimate).toBeCloseTo(1000, 8);
    expect(v.fivePoints.estimate).toBeCloseTo(5000, 8);
    // r = 1/√100 = 0.1; σ = √ln(1.01) = 0.099751; z(90 %) = 1.644854: ×/÷ e^0.164076 = 1.178308.
    const sigma = Math.sqrt(Math.log(1.01));
    expect(sigma).toBeCloseTo(0.099751, 6);
    expect(v.onePoint.high).toBeCloseTo(1000 * Math.exp(zForConfidence(0.9) * sigma), 6);
    expect(v.onePoint.high).toBeCloseTo(1178.31, 1);
    expect(v.onePoint.low).toBeCloseTo(1000 / 1.178308, 2);
  });

  test('half a year counts double; one big deal widens the interval', () => {
    const even = pointValue({ cases: 10, valueSum: 10_000, valueSquares: 10 * 1000 ** 2, days: 182.625 })!;
    expect(even.casesPerYear).toBeCloseTo(20, 10);
    expect(even.onePoint.estimate).toBeCloseTo(200, 8);
    // Same total, one deal of 9,100 among nine of 100: n_eff ≈ 1.2, far wider.
    const lumpy = pointValue({ cases: 10, valueSum: 10_000, valueSquares: 9100 ** 2 + 9 * 100 ** 2, days: 182.625 })!;
    expect(lumpy.onePoint.estimate).toBeCloseTo(200, 8);
    expect(lumpy.nEffective).toBeCloseTo(1.2062, 3);
    expect(lumpy.onePoint.high / lumpy.onePoint.low).toBeGreaterThan((even.onePoint.high / even.onePoint.low) * 2);
  });

  test('no value, no pace; bad sums are refused', () => {
    expect(pointValue({ cases: 0, valueSum: 0, valueSquares: 0, days: 365 })).toBeNull();
    expect(pointValue({ cases: 3, valueSum: 0, valueSquares: 0, days: 365 })).toBeNull();
    expect(() => pointValue({ cases: 3, valueSum: -1, valueSquares: 1, days: 365 })).toThrow(RangeError);
    expect(() => pointValue({ cases: 3, valueSum: 1, valueSquares: 1, days: 0 })).toThrow(RangeError);
  });
});
