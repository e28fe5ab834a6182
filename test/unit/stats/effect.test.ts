/**
 * One action's effect as the review judges it (judgeJointly, here with a single action): against the cases
 * outside the scope (difference in differences) or against the trend before (segmented), its interval, and the
 * sentences. The joint model of many actions is test/unit/stats/joint-effect.test.ts; the placebo test on
 * simulated samples test/analytics/effect-placebo.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  describeEffect,
  expit,
  judgeJointly,
  logit,
  newcombeDifference,
  pointsAt,
  spanWords,
  type EffectContext,
  type EffectCounts,
  type JointCell,
} from '../../../shared/stats';

const w = (won: number, n: number) => ({ won, n });
const ctx: EffectContext = {
  where: 'In Retail',
  windowDays: 182,
  doneOn: '2025-09-10',
  windows: {
    prior: { from: '2024-09-12', to: '2025-03-11' },
    before: { from: '2025-03-12', to: '2025-09-09' },
    after: { from: '2025-09-11', to: '2026-03-11' },
  },
};

/**
 * One action's windows as the model's cells, as the review builds them (electron/review/loop.ts): the prior
 * window in month 0, before in month 1, after in month 2; the cases outside the scope beside them.
 */
function judged(counts: EffectCounts, context: EffectContext = ctx) {
  const cells: JointCell[] = [];
  const cell = (bucket: number, inScope: boolean, after: boolean, prior: boolean, w: { won: number; n: number }) =>
    cells.push({ bucket, inScope: [inScope], after: [after], prior: [prior], ...w });
  cell(0, false, false, true, counts.inside.prior);
  cell(1, true, false, false, counts.inside.before);
  cell(2, true, true, false, counts.inside.after);
  if (counts.outside) {
    cell(1, false, false, false, counts.outside.before);
    cell(2, false, false, false, counts.outside.after);
  }
  const [e] = judgeJointly([{ counts }], cells);
  return { ...e!, ...describeEffect(e!, counts, context) };
}

test('points at a rate: 0 at 0, increasing, the sign of the log-odds', () => {
  expect(pointsAt(0.5, 0)).toBe(0);
  expect(pointsAt(0.5, Math.log(3))).toBeCloseTo(0.5 - expit(-Math.log(3)), 12);
  expect(pointsAt(0.6, 0.5)).toBeGreaterThan(pointsAt(0.6, 0.2));
  expect(pointsAt(0.6, -0.5)).toBeLessThan(0);
  expect(logit(expit(0.7))).toBeCloseTo(0.7, 12);
});

describe('one action, judged as the review does', () => {
  const inside = { prior: w(10, 30), before: w(12, 30), after: w(16, 30) };

  test('a rise inside matched by the same rise elsewhere is no clear effect', () => {
    const counts: EffectCounts = { inside, outside: { before: w(50, 100), after: w(61, 100) } };
    const e = judged(counts, ctx);
    expect(e).toMatchObject({ method: 'comparison', verdict: 'no_clear_change', fewOutside: false });
    expect(e.change).toBeCloseTo(4 / 30, 12);
    expect(e.expected).toBeCloseTo(0.11, 12);
    expect(e.sentence).toBe(
      'In Retail the win rate rose 13 points after the action (40 % → 53 %), but it rose 11 points elsewhere ' +
        'over the same 6 months: no clear effect of this action yet.',
    );
    expect(e.interval).toMatch(/^90 % sure the action's effect on the win rate is between -\d+ and \+\d+ points\.$/);
    expect(e.sentence).not.toMatch(/Newcombe|Wilson|Fisher|MOVER/);
    expect(e.howComputed).toMatch(/Difference in differences/);
    expect(e.howComputed).toMatch(/logistic model/);
    expect(e.howComputed).toMatch(/Firth 1993/);
    expect(e.howComputed).toContain('cases decided on the done date (2025-09-10) count in neither');
  });

  test('a large rise inside while elsewhere stays level is improved, with the size in points', () => {
    const e = judged(
      { inside: { ...inside, before: w(8, 40), after: w(28, 40) }, outside: { before: w(50, 100), after: w(51, 100) } },
      ctx,
    );
    expect(e.verdict).toBe('improved');
    expect(e.effect.low).toBeGreaterThan(0);
    expect(e.sentence).toBe(
      'In Retail the win rate rose 50 points after the action (20 % → 70 %), while it rose 1 point elsewhere ' +
        'over the same 6 months: the action looks to have worked, about +48 points.',
    );
  });

  test('a fall inside against a rise elsewhere is worse', () => {
    const e = judged({
      inside: { ...inside, before: w(28, 40), after: w(10, 40) },
      outside: { before: w(50, 100), after: w(60, 100) },
    });
    expect(e.verdict).toBe('worse');
    expect(e.effect.high).toBeLessThan(0);
  });

  test('fewer than 5 cases in a window inside: not enough cases, said with the counts', () => {
    const e = judged(
      { inside: { ...inside, after: w(3, 4) }, outside: { before: w(50, 100), after: w(61, 100) } },
      ctx,
    );
    expect(e.verdict).toBe('not_enough_cases');
    expect(e.interval).toBe('');
    expect(e.sentence).toBe(
      'Not enough cases yet: In Retail 30 decided in the 6 months before the action and 4 after, 100 and 100 ' +
        'elsewhere; at least 5 are needed in each.',
    );
  });

  test('all cases: judged against the trend before, never improved from before/after alone', () => {
    // 40 % → 53 % → 66 %: the same rise before as after. Before/after alone (Newcombe) would call it improved.
    const steady = { prior: w(40, 100), before: w(53, 100), after: w(66, 100) };
    expect(newcombeDifference({ successes: 66, n: 100 }, { successes: 53, n: 100 }).low).toBeGreaterThan(0);
    const e = judged({ inside: steady, outside: null }, { ...ctx, where: 'Across all cases' });
    expect(e).toMatchObject({ method: 'trend', verdict: 'no_clear_change' });
    expect(e.expected).toBeCloseTo(0.13, 12);
    expect(e.sentence).toBe(
      'Across all cases the win rate rose 13 points after the action (53 % → 66 %), but it had already risen ' +
        '13 points over the 6 months before: no clear effect of this action yet. An action on all cases has no ' +
        'comparison group, so the change is judged against the trend before it.',
    );
    expect(e.howComputed).toMatch(/^Segmented trend/);
    // Without a comparison group the judgment also assumes the trend holds: it asks for a 95 % interval.
    expect(e.interval).toMatch(/^95 % sure/);
    expect(e.effect.confidence).toBe(0.95);
    // A bend at the done date is found.
    const bend = judged({ inside: { prior: w(40, 150), before: w(42, 150), after: w(75, 150) }, outside: null });
    expect(bend.verdict).toBe('improved');
  });

  test('too few cases outside the scope: the trend is used, and the sentence says why', () => {
    const e = judged({ inside, outside: { before: w(1, 2), after: w(2, 3) } }, ctx);
    expect(e).toMatchObject({ method: 'trend', fewOutside: true });
    expect(e.sentence).toMatch(/too few cases outside the scope to compare with/);
  });

  test('the trend needs its window before too', () => {
    const e = judged({ inside: { ...inside, prior: w(1, 3) }, outside: null }, { ...ctx, where: 'Across all cases' });
    expect(e.verdict).toBe('not_enough_cases');
    expect(e.sentence).toMatch(/, 3 in the 6 months before that; at least 5/);
  });

  test('the verdict never contradicts the interval', () => {
    const counts = fc.tuple(fc.nat(60), fc.nat(60)).map(([won, lost]) => w(won, won + lost));
    fc.assert(
      fc.property(counts, counts, counts, counts, counts, fc.boolean(), (prior, before, after, ob, oa, all) => {
        const e = judged({ inside: { prior, before, after }, outside: all ? null : { before: ob, after: oa } });
        if (e.verdict === 'improved') expect(e.logOdds.low > 0 && e.effect.low > 0).toBe(true);
        if (e.verdict === 'worse') expect(e.logOdds.high < 0 && e.effect.high < 0).toBe(true);
        if (e.verdict === 'no_clear_change') expect(e.effect.low <= 0 && e.effect.high >= 0).toBe(true);
        expect(e.effect.low).toBeLessThanOrEqual(e.effect.estimate ?? e.effect.low);
      }),
    );
  });
});

test('spans in words', () => {
  expect([1, 30, 55, 56, 91, 182, 365].map(spanWords)).toEqual([
    '1 day',
    '30 days',
    '55 days',
    '2 months',
    '3 months',
    '6 months',
    '12 months',
  ]);
});
