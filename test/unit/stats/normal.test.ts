import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalQuantile, zForConfidence } from '../../../shared/stats';
import { normalCdf, normalTwoSidedP } from './normal-cdf';

describe('standard normal quantile (AS 241)', () => {
  // Published critical values (Abramowitz & Stegun 1964, Table 26.5; any statistics table).
  test.each([
    [0.95, 1.6448536],
    [0.975, 1.959964],
    [0.995, 2.5758293],
    [0.9995, 3.2905267],
    [0.5, 0],
  ])('z(%s) = %s', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 7);
  });

  test('is antisymmetric and reaches the far tail (z(1e-300) = -37.0470963, computed to 40 digits)', () => {
    expect(normalQuantile(0.05)).toBeCloseTo(-normalQuantile(0.95), 14);
    expect(normalQuantile(1e-300)).toBeCloseTo(-37.0470962993612, 9);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });

  test('z for a two-sided confidence level', () => {
    expect(zForConfidence(0.9)).toBeCloseTo(1.6448536, 7);
    expect(zForConfidence(0.95)).toBeCloseTo(1.959964, 7);
  });
});

describe('the reference CDF the quantile is checked against', () => {
  // A & S Table 26.1 values, carried to full double precision.
  test.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [1.96, 0.9750021048517795],
    [-1, 0.15865525393145705],
    [-2, 0.02275013194817921],
    [-3, 0.0013498980316300946],
  ])('Φ(%s) = %s', (x, p) => {
    expect(normalCdf(x)).toBeCloseTo(p, 14);
  });

  test('keeps relative precision deep in the tail: Φ(-10) = 7.619853024160527e-24', () => {
    expect(Math.abs(normalCdf(-10) / 7.619853024160527e-24 - 1)).toBeLessThan(1e-12);
  });

  test('two-sided p of 1.96 is 0.05', () => {
    expect(normalTwoSidedP(1.959963984540054)).toBeCloseTo(0.05, 12);
    expect(normalTwoSidedP(-1.959963984540054)).toBeCloseTo(0.05, 12);
  });

  test('property: the quantile inverts the CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-14 + 1e-12 * p);
      }),
    );
  });

  test('property: the CDF is increasing and symmetric', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, h) => {
        expect(normalCdf(x + h)).toBeGreaterThanOrEqual(normalCdf(x));
        expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
      }),
    );
  });
});
