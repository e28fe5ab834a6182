/** A member against the rest at a Bonferroni-adjusted level: claims only what survives testing k factors. */
import { describe, expect, test } from 'vitest';
import { contrastMeans, contrastShares, newcombeDifference } from '../../../shared/stats';

const opts = { confidence: 0.9, tests: 5, minPerGroup: 5 };

describe('contrastShares', () => {
  test('uses the interval at 1 − 0.1 / k, so a 90 %-only difference is not claimed', () => {
    const member = { k: 7, n: 12 };
    const rest = { k: 2, n: 12 };
    const at90 = newcombeDifference({ successes: 7, n: 12 }, { successes: 2, n: 12 }, 0.9);
    const at98 = newcombeDifference({ successes: 7, n: 12 }, { successes: 2, n: 12 }, 0.98);
    expect(at90.low).toBeGreaterThan(0);
    expect(at98.low).toBeLessThan(0);
    const c = contrastShares(member, rest, opts);
    expect(c).toMatchObject({ clear: false, enough: true });
    expect(c.difference).toBeCloseTo(5 / 12, 12);
    expect(contrastShares(member, rest, { ...opts, tests: 1 }).clear).toBe(true);
  });

  test('below the fewest cases nothing is claimed, however large the gap', () => {
    expect(contrastShares({ k: 0, n: 4 }, { k: 40, n: 40 }, opts)).toMatchObject({ clear: false, enough: false });
  });
});

describe('contrastMeans', () => {
  test('Welch p below 0.1 / k is clear; an empty side has no difference', () => {
    const tight = (n: number, m: number) => ({ n, sum: n * m, sumSquares: n * m * m + (n - 1) * 0.25 });
    expect(contrastMeans(tight(10, 2), tight(20, 4), opts)).toMatchObject({ difference: -2, clear: true });
    expect(contrastMeans({ n: 0, sum: 0, sumSquares: 0 }, tight(20, 4), opts)).toEqual({
      difference: null,
      clear: false,
      enough: false,
    });
  });
});
