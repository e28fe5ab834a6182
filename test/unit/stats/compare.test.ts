import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareRates, describeDifference, formatP, newcombeDifference, wilson } from '../../../shared/stats';

describe('before/after comparison of a win rate', () => {
  test('fewer than 5 closed cases on a side: not enough cases yet, whatever the counts', () => {
    const result = compareRates({ won: 2, lost: 1 }, { won: 1, lost: 1 });
    expect(result.verdict).toBe('not_enough_cases');
    expect(result.sentence).toBe('Not enough cases yet (n = 3 before, 2 after).');
    expect(result.before.n).toBe(3);
    expect(result.after.n).toBe(2);
  });

  test('improved when the Newcombe interval for after − before lies above 0', () => {
    const result = compareRates({ won: 20, lost: 30 }, { won: 28, lost: 17 });
    expect(result.verdict).toBe('improved');
    expect(result.test).toBe('newcombe');
    expect(result.difference.estimate).toBeCloseTo(28 / 45 - 20 / 50, 12);
    expect(result.difference.low).toBeGreaterThan(0);
    expect(result.difference).toEqual(newcombeDifference({ successes: 28, n: 45 }, { successes: 20, n: 50 }));
    // SciPy's fisher_exact([[28, 17], [20, 30]]) gives 0.0402727855669365.
    expect(result.pValue).toBeCloseTo(0.0402727855669365, 12);
    expect(result.sentence).toBe(
      'Improved: win rate 40 % (n = 50) before, 62 % (n = 45) after, up 22 points ' +
        "(90 % interval +5 to +37 points; Fisher's exact test p = 0.04).",
    );
  });

  test('worse is the mirror image', () => {
    const result = compareRates({ won: 28, lost: 17 }, { won: 20, lost: 30 });
    expect(result.verdict).toBe('worse');
    expect(result.sentence).toBe(
      'Worse: win rate 62 % (n = 45) before, 40 % (n = 50) after, down 22 points ' +
        "(90 % interval -37 to -5 points; Fisher's exact test p = 0.04).",
    );
  });

  test('no clear difference when the interval spans 0', () => {
    const result = compareRates({ won: 20, lost: 30 }, { won: 18, lost: 22 });
    expect(result.verdict).toBe('no_clear_change');
    expect(result.sentence).toBe(
      'No clear difference yet: win rate 40 % (n = 50) before, 45 % (n = 40) after ' +
        "(change +5 points, 90 % interval -12 to +22 points; Fisher's exact test p = 0.67).",
    );
  });

  test('the confidence level and the minimum per group are options', () => {
    const counts = [
      { won: 3, lost: 2 },
      { won: 5, lost: 0 },
    ] as const;
    expect(compareRates(...counts).verdict).toBe('no_clear_change');
    expect(compareRates(...counts, { minPerGroup: 6 }).verdict).toBe('not_enough_cases');
    const wide = compareRates({ won: 20, lost: 30 }, { won: 28, lost: 17 }, { confidence: 0.99 });
    expect(wide.verdict).toBe('no_clear_change');
    expect(wide.sentence).toContain('99 % interval');
  });

  test('a minimum of 0 still needs one case a side', () => {
    expect(compareRates({ won: 0, lost: 0 }, { won: 3, lost: 3 }, { minPerGroup: 0 }).verdict).toBe('not_enough_cases');
  });

  const counts = fc.record({ won: fc.integer({ min: 0, max: 200 }), lost: fc.integer({ min: 0, max: 200 }) });

  test('property: the verdict never contradicts the interval shown', () => {
    fc.assert(
      fc.property(counts, counts, (before, after) => {
        const { verdict, difference } = compareRates(before, after);
        if (verdict === 'improved') expect(difference.low).toBeGreaterThan(0);
        if (verdict === 'worse') expect(difference.high).toBeLessThan(0);
        if (verdict === 'no_clear_change') {
          expect(difference.low).toBeLessThanOrEqual(0);
          expect(difference.high).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  test('property: swapping before and after swaps improved and worse', () => {
    const flip = { improved: 'worse', worse: 'improved', no_clear_change: 'no_clear_change' } as const;
    fc.assert(
      fc.property(counts, counts, (before, after) => {
        const forward = compareRates(before, after);
        const backward = compareRates(after, before);
        if (forward.verdict === 'not_enough_cases') expect(backward.verdict).toBe('not_enough_cases');
        else expect(backward.verdict).toBe(flip[forward.verdict]);
        expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
      }),
    );
  });
});

describe('sentences', () => {
  test('p-values are shown to the precision that matters', () => {
    expect(formatP(0.0004)).toBe('p < 0.001');
    expect(formatP(0.0076)).toBe('p = 0.008');
    expect(formatP(0.0403)).toBe('p = 0.04');
    expect(formatP(1)).toBe('p = 1.00');
  });

  test('the change quoted is the difference of the percentages shown, so the sentence adds up', () => {
    // 40.5 % rounds to 41 %, 62.4 % to 62 %: the unrounded change 21.9 would read as 22, the shown one is 21.
    const before = { ...wilson(81, 200), rate: 0.405 };
    const after = { ...wilson(312, 500), rate: 0.624 };
    const difference = { estimate: 0.219, low: 0.1, high: 0.3, confidence: 0.9 };
    expect(describeDifference({ before, after, difference, pValue: 0.0001, verdict: 'improved' })).toContain(
      '41 % (n = 200) before, 62 % (n = 500) after, up 21 points',
    );
  });

  test('a clear change too small to show in whole points says so', () => {
    const result = compareRates({ won: 500_000, lost: 500_000 }, { won: 504_000, lost: 496_000 });
    expect(result.verdict).toBe('improved');
    expect(result.sentence).toContain('50 % (n = 1000000) before, 50 % (n = 1000000) after, up less than 1 point');
  });
});
