/**
 * An action's effect: the logistic interaction (log-odds contrast) of win rates and its interval, the judgment against
 * the cases outside the scope (difference in differences) or against the trend before (segmented), and the
 * sentences. The placebo test on simulated samples is test/analytics/effect-placebo.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  actionEffect,
  expit,
  judgeEffect,
  logit,
  logitContrast,
  newcombeDifference,
  pointsAt,
  spanWords,
  type EffectContext,
  type EffectCounts,
} from '../../../shared/stats';
import { createRandom } from '../../../electron/sample/random';

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

describe('logitContrast (the interaction term of a logistic model, half a case added to every cell)', () => {
  test('by hand: a difference in differences of log-odds and its Wald interval', () => {
    const r = logitContrast([
      { coefficient: 1, won: 16, n: 30 },
      { coefficient: -1, won: 12, n: 30 },
      { coefficient: -1, won: 61, n: 100 },
      { coefficient: 1, won: 50, n: 100 },
    ]);
    const l = (w: number, n: number) => Math.log((w + 0.5) / (n - w + 0.5));
    const v = (w: number, n: number) => 1 / (w + 0.5) + 1 / (n - w + 0.5);
    const estimate = l(16, 30) - l(12, 30) - l(61, 100) + l(50, 100);
    const half = 1.6448536269514722 * Math.sqrt(v(16, 30) + v(12, 30) + v(61, 100) + v(50, 100));
    expect(r.estimate).toBeCloseTo(estimate, 12);
    expect(r.low).toBeCloseTo(estimate - half, 12);
    expect(r.high).toBeCloseTo(estimate + half, 12);
  });

  test('all won or all lost stays finite', () => {
    const r = logitContrast([
      { coefficient: 1, won: 6, n: 6 },
      { coefficient: -2, won: 0, n: 6 },
      { coefficient: 1, won: 3, n: 6 },
    ]);
    expect(Number.isFinite(r.estimate) && Number.isFinite(r.low) && Number.isFinite(r.high)).toBe(true);
    expect(r.low).toBeGreaterThan(0);
    expect(() => logitContrast([{ coefficient: 1, won: 4, n: 3 }])).toThrow(RangeError);
  });

  test('points at a rate: 0 at 0, increasing, the sign of the log-odds', () => {
    expect(pointsAt(0.5, 0)).toBe(0);
    expect(pointsAt(0.5, Math.log(3))).toBeCloseTo(0.5 - expit(-Math.log(3)), 12);
    expect(pointsAt(0.6, 0.5)).toBeGreaterThan(pointsAt(0.6, 0.2));
    expect(pointsAt(0.6, -0.5)).toBeLessThan(0);
  });

  test('covers the true log-odds contrast at least 90 % of the time at small counts (simulated, fixed seed)', () => {
    const random = createRandom(11);
    const draw = (p: number, n: number) => {
      let won = 0;
      for (let i = 0; i < n; i++) if (random.float() < p) won++;
      return won;
    };
    for (const [p, n] of [
      [
        [0.3, 0.4, 0.5, 0.55],
        [12, 15, 40, 45],
      ],
      [
        [0.5, 0.5, 0.5],
        [10, 10, 10],
      ],
      [
        [0.15, 0.2, 0.3, 0.3],
        [8, 20, 30, 30],
      ],
      [
        [0.7, 0.6, 0.65, 0.55],
        [25, 25, 80, 80],
      ],
    ] as const) {
      const coefficients = p.length === 4 ? [1, -1, -1, 1] : [1, -2, 1];
      const truth = p.reduce((t, x, i) => t + coefficients[i]! * logit(x), 0);
      let covered = 0;
      const runs = 2000;
      for (let run = 0; run < runs; run++) {
        const r = logitContrast(p.map((x, i) => ({ coefficient: coefficients[i]!, won: draw(x, n[i]!), n: n[i]! })));
        if (r.low <= truth && truth <= r.high) covered++;
      }
      expect(covered / runs, `p = ${p.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('judgeEffect', () => {
  const inside = { prior: w(10, 30), before: w(12, 30), after: w(16, 30) };

  test('a rise inside matched by the same rise elsewhere is no clear effect', () => {
    const counts: EffectCounts = { inside, outside: { before: w(50, 100), after: w(61, 100) } };
    const e = actionEffect(counts, ctx);
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
    expect(e.howComputed).toMatch(/Gart 1966/);
    expect(e.howComputed).toContain('cases decided on the done date (2025-09-10) count in neither');
  });

  test('a large rise inside while elsewhere stays level is improved, with the size in points', () => {
    const e = actionEffect(
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
    const e = judgeEffect({
      inside: { ...inside, before: w(28, 40), after: w(10, 40) },
      outside: { before: w(50, 100), after: w(60, 100) },
    });
    expect(e.verdict).toBe('worse');
    expect(e.effect.high).toBeLessThan(0);
  });

  test('fewer than 5 cases in a window inside: not enough cases, said with the counts', () => {
    const e = actionEffect(
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
    const e = actionEffect({ inside: steady, outside: null }, { ...ctx, where: 'Across all cases' });
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
    const bend = judgeEffect({ inside: { prior: w(40, 150), before: w(42, 150), after: w(75, 150) }, outside: null });
    expect(bend.verdict).toBe('improved');
  });

  test('too few cases outside the scope: the trend is used, and the sentence says why', () => {
    const e = actionEffect({ inside, outside: { before: w(1, 2), after: w(2, 3) } }, ctx);
    expect(e).toMatchObject({ method: 'trend', fewOutside: true });
    expect(e.sentence).toMatch(/too few cases outside the scope to compare with/);
  });

  test('the trend needs its window before too', () => {
    const e = actionEffect(
      { inside: { ...inside, prior: w(1, 3) }, outside: null },
      { ...ctx, where: 'Across all cases' },
    );
    expect(e.verdict).toBe('not_enough_cases');
    expect(e.sentence).toMatch(/, 3 in the 6 months before that; at least 5/);
  });

  test('the verdict never contradicts the interval', () => {
    const counts = fc.tuple(fc.nat(60), fc.nat(60)).map(([won, lost]) => w(won, won + lost));
    fc.assert(
      fc.property(counts, counts, counts, counts, counts, fc.boolean(), (prior, before, after, ob, oa, all) => {
        const e = judgeEffect({ inside: { prior, before, after }, outside: all ? null : { before: ob, after: oa } });
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
