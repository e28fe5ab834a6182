/**
 * Firth's bias-reduced logistic regression on grouped counts, and the joint model of many actions built on it:
 * a known effect is recovered, an inert action done next to a real one is not credited with it, separation stays
 * finite, and an action on every case is judged against the trend.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firthLogistic, jointEffects, logit, type JointAction, type JointCell } from '../../../shared/stats';
import { createRandom, type Random } from '../../../electron/sample/random';

describe('firthLogistic', () => {
  test('one group: the estimate is the log-odds with half a win and half a loss added', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (won, lost) => {
        const n = won + lost;
        fc.pre(n > 0);
        const fit = firthLogistic([{ x: [1], n, won }], 1);
        expect(fit.converged).toBe(true);
        expect(fit.beta[0]).toBeCloseTo(logit((won + 0.5) / (n + 1)), 3);
      }),
    );
  });

  test('complete separation (one group all won, the other all lost) stays finite', () => {
    const fit = firthLogistic(
      [
        { x: [1, 0], n: 12, won: 12 },
        { x: [1, 1], n: 9, won: 0 },
      ],
      2,
    );
    expect(fit.converged).toBe(true);
    for (const v of [...fit.beta, ...fit.se]) expect(Number.isFinite(v)).toBe(true);
    expect(fit.beta[1]).toBeLessThan(-3);
  });

  test('a bad row is refused', () => {
    expect(() => firthLogistic([{ x: [1], n: 3, won: 4 }], 1)).toThrow(RangeError);
  });
});

/** Months 0…35 with a rising trend; each case in scope A (30 %), B (30 %, overlapping A) or neither. */
function simulate(random: Random, effects: { a: number; b: number; all: number }, perMonth: number) {
  const actions: JointAction[] = [{ everyCase: false }, { everyCase: false }, { everyCase: true }];
  const done = [20, 18, 12];
  const cells = new Map<string, JointCell>();
  for (let month = 0; month < 36; month++) {
    for (let i = 0; i < perMonth; i++) {
      const inA = random.chance(0.3);
      const inB = random.chance(0.3);
      const inScope = [inA, inB, true];
      const after = done.map((d) => month > d);
      const x =
        -0.6 +
        (0.9 * month) / 35 +
        0.3 * Number(inA) -
        0.2 * Number(inB) +
        effects.a * Number(inA && after[0]) +
        effects.b * Number(inB && after[1]) +
        effects.all * Number(after[2]);
      const won = random.chance(1 / (1 + Math.exp(-x)));
      const key = `${month}:${inScope.join()}`;
      const cell = cells.get(key) ?? { bucket: month, inScope, after, won: 0, n: 0 };
      cell.n++;
      if (won) cell.won++;
      cells.set(key, cell);
    }
  }
  return { actions, cells: [...cells.values()] };
}

describe('jointEffects', () => {
  test('a known effect is recovered and the inert action done just before it is not credited', () => {
    const random = createRandom(12);
    let flaggedB = 0;
    let foundA = 0;
    let sumA = 0;
    const runs = 40;
    for (let run = 0; run < runs; run++) {
      const { actions, cells } = simulate(random, { a: 0.9, b: 0, all: 0 }, 60);
      const [a, b] = jointEffects(actions, cells);
      sumA += a!.logOdds.estimate;
      if (a!.logOdds.low > 0) foundA++;
      if (b!.logOdds.low > 0 || b!.logOdds.high < 0) flaggedB++;
    }
    expect(sumA / runs).toBeGreaterThan(0.7);
    expect(sumA / runs).toBeLessThan(1.1);
    expect(foundA / runs).toBeGreaterThanOrEqual(0.9);
    expect(flaggedB / runs).toBeLessThanOrEqual(0.2);
  });

  test('an action on every case is a step away from the trend, not the trend itself', () => {
    const random = createRandom(5);
    let inert = 0;
    let real = 0;
    const runs = 30;
    for (let run = 0; run < runs; run++) {
      const none = jointEffects(...pair(simulate(random, { a: 0, b: 0, all: 0 }, 60)))[2]!;
      if (none.logOdds.low > 0 || none.logOdds.high < 0) inert++;
      const some = jointEffects(...pair(simulate(random, { a: 0, b: 0, all: 0.8 }, 60)))[2]!;
      if (some.logOdds.low > 0) real++;
      expect(none.method).toBe('trend');
    }
    expect(inert / runs).toBeLessThanOrEqual(0.2);
    expect(real / runs).toBeGreaterThanOrEqual(0.8);
  });

  test('an action with every case in scope won after it stays finite', () => {
    const cells: JointCell[] = [
      { bucket: 0, inScope: [true], after: [false], won: 3, n: 8 },
      { bucket: 0, inScope: [false], after: [false], won: 4, n: 10 },
      { bucket: 1, inScope: [true], after: [true], won: 7, n: 7 },
      { bucket: 1, inScope: [false], after: [false], won: 5, n: 10 },
    ];
    const [e] = jointEffects([{ everyCase: false }], cells);
    expect(Number.isFinite(e!.logOdds.estimate) && Number.isFinite(e!.logOdds.high)).toBe(true);
    expect(e!.logOdds.estimate).toBeGreaterThan(0);
    expect([e!.before, e!.after]).toEqual([8, 7]);
  });
});

const pair = (s: { actions: JointAction[]; cells: JointCell[] }) => [s.actions, s.cells] as const;
