/**
 * Q1's headline figures on a hand-counted database: win rate now and before, per quarter, value-weighted,
 * the no-decision setting, and the scope filters.
 */
import { expect, test } from 'vitest';
import { createFixture } from './fixture';

/** Current period (2025-03-11 – 2026-03-10): 6 won, 4 lost, 2 no decision, 1 withdrawn; before: 2 won, 6 lost. */
function seed() {
  const f = createFixture();
  f.cases(2, { outcome: 'won', closedOn: '2025-04-15', valueMinor: 1000 });
  f.cases(4, { outcome: 'won', closedOn: '2025-11-02', valueMinor: 500 });
  f.cases(3, { outcome: 'lost', closedOn: '2025-11-20', valueMinor: 2000 });
  f.case({ outcome: 'lost', closedOn: '2026-03-10', valueMinor: 4000, currency: 'SEK' });
  f.cases(2, { outcome: 'no_decision', closedOn: '2026-01-05' });
  f.case({ outcome: 'withdrawn', closedOn: '2026-01-05' });
  f.cases(2, { outcome: 'won', closedOn: '2024-06-01' });
  f.cases(6, { outcome: 'lost', closedOn: '2025-03-10' });
  // Never counted: open cases, a case in the trash, a case closed the day after the period.
  f.cases(3, { outcome: 'open' });
  f.case({ outcome: 'won', closedOn: '2025-06-01', deleted: true });
  f.case({ outcome: 'won', closedOn: '2026-03-11' });
  return f;
}

test('the default period is the 12 months ending today, compared with the 12 months before', () => {
  const s = seed().summary();
  expect(s.scope).toMatchObject({ from: '2025-03-11', to: '2026-03-10' });
  expect(s.previous).toEqual({ from: '2024-03-11', to: '2025-03-10' });
  expect(s.generatedAt).toMatch(/^2026-03-10T/);
  expect(s.winRate).toEqual({
    won: 6,
    lost: 4,
    noDecision: 2,
    closed: 10,
    rate: 0.6,
    low: expect.closeTo(0.35164, 4) as number,
    high: expect.closeTo(0.80577, 4) as number,
    confidence: 0.9,
  });
  expect(s.previousWinRate).toMatchObject({ won: 2, lost: 6, closed: 8, rate: 0.25 });
  expect(s.previousWinRate.low).toBeCloseTo(0.08651, 4);
  expect(s.previousWinRate.high).toBeCloseTo(0.53985, 4);
  expect(s.noDecision).toEqual({ count: 2, closed: 12, share: 2 / 12 });
});

test('counting no decision as a loss widens the denominator, nothing else', () => {
  const f = seed();
  f.setting('countNoDecision', true);
  const s = f.summary();
  expect(s.countNoDecision).toBe(true);
  expect(s.winRate).toMatchObject({ won: 6, lost: 4, noDecision: 2, closed: 12, rate: 0.5 });
});

test('quarters cover the period, clipped at both ends, empty ones included', () => {
  const s = seed().summary();
  expect(s.byQuarter.map((q) => [q.quarter, q.from, q.to, q.won, q.lost, q.n])).toEqual([
    ['2025-Q1', '2025-03-11', '2025-03-31', 0, 0, 0],
    ['2025-Q2', '2025-04-01', '2025-06-30', 2, 0, 2],
    ['2025-Q3', '2025-07-01', '2025-09-30', 0, 0, 0],
    ['2025-Q4', '2025-10-01', '2025-12-31', 4, 3, 7],
    ['2026-Q1', '2026-01-01', '2026-03-10', 0, 1, 1],
  ]);
  expect(s.byQuarter[0]).toMatchObject({ rate: null, low: 0, high: 1 });
});

test('the value-weighted rate sums only cases in the settings currency', () => {
  const s = seed().summary();
  // EUR: won 2×1000 + 4×500 = 4000; closed adds 3×2000 lost = 10000. The SEK loss is left out.
  expect(s.valueWeighted).toMatchObject({ wonMinor: 4000, closedMinor: 10000, rate: 0.4, currency: 'EUR', cases: 9 });
  // Without a rate the SEK loss is named, not silently dropped.
  expect(s.valueWeighted.conversion).toEqual({
    home: 'EUR',
    homeCases: 9,
    used: [],
    missing: [{ currency: 'SEK', cases: 1 }],
    sentence: '1 case in SEK has no rate and is left out',
  });
  const f = seed();
  f.setting('currency', 'SEK');
  expect(f.summary().valueWeighted).toMatchObject({
    wonMinor: 0,
    closedMinor: 4000,
    rate: 0,
    currency: 'SEK',
    cases: 1,
  });
});

test('the value-weighted rate carries its Kish–Wilson interval into the findings', () => {
  // EUR: n = 9, Σv = 10000, Σv² = 2×1000² + 4×500² + 3×2000² = 15e6, so n_eff = 1e8 / 15e6 = 6.67. Wilson at
  // p = 0.4, n = 6.67, z = 1.6449 by hand: centre 0.4289 ± 0.2648 → 16–69 %.
  expect(seed().summary().findings.win).toContain(
    'By value, 40 % of what was decided was won (90 % sure the true rate is between 16 % and 69 %, as uncertain as 7 equal-sized cases; ' +
      '9 cases in EUR; 1 case in SEK has no rate and is left out).',
  );
});

test('an explicit period sets the previous one to the same length', () => {
  const s = seed().summary({ from: '2025-11-01', to: '2025-11-30' });
  expect(s.previous).toEqual({ from: '2025-10-02', to: '2025-10-31' });
  expect(s.winRate).toMatchObject({ won: 4, lost: 3, closed: 7 });
  expect(s.byQuarter.map((q) => q.quarter)).toEqual(['2025-Q4']);
});

test('a period that ends before it starts is refused', () => {
  expect(() => seed().summary({ from: '2026-01-02', to: '2026-01-01' })).toThrow(/invalid_input/);
});

test('filters narrow every count: owner, segment, offering, competitor met', () => {
  const f = createFixture();
  const ann = f.member('Ann');
  const bob = f.member('Bob');
  const bank = f.account('Bank', 'Finance');
  const mill = f.account('Mill', 'Manufacturing');
  const rival = f.competitor('Rival');
  const a = f.case({ outcome: 'won', closedOn: '2025-06-01', ownerId: ann, accountId: bank, offering: 'Pumps' });
  f.case({ outcome: 'lost', closedOn: '2025-06-01', ownerId: ann, accountId: mill, offering: 'Pumps' });
  const c = f.case({ outcome: 'lost', closedOn: '2025-06-01', ownerId: bob, accountId: bank, offering: 'Valves' });
  f.met(a, rival);
  f.met(c, rival, true); // removed from the case: not met any more
  expect(f.summary({ ownerId: ann }).winRate).toMatchObject({ won: 1, lost: 1 });
  expect(f.summary({ segment: 'Finance' }).winRate).toMatchObject({ won: 1, lost: 1 });
  expect(f.summary({ offering: 'Valves' }).winRate).toMatchObject({ won: 0, lost: 1 });
  expect(f.summary({ competitorId: rival }).winRate).toMatchObject({ won: 1, lost: 0 });
  expect(f.summary({ ownerId: bob, segment: 'Manufacturing' }).winRate).toMatchObject({ closed: 0, rate: null });
});

test('an empty database gives a complete summary that says there is nothing yet', () => {
  const s = createFixture().summary();
  expect(s.winRate).toMatchObject({ closed: 0, rate: null, low: 0, high: 1 });
  expect(s.versusPrevious.verdict).toBe('not_enough_cases');
  expect(s.findings.win[0]).toBe('Not enough cases yet for a win rate (n = 0).');
  expect(s.pipeline).toMatchObject({ openCases: 0, openValueMinor: 0, weightedForecastMinor: 0 });
  expect(s.pipeline.sellerForecastMinor).toBeNull();
});

test('the period table lives only while the summary is built', () => {
  const f = seed();
  const { sqlite } = f.query();
  const temps = () => sqlite.prepare("select name from sqlite_temp_master where type = 'table'").all();
  f.summary();
  expect(temps()).toEqual([]);
  expect(() => f.summary({ from: '2026-01-02', to: '2026-01-01' })).toThrow(/invalid_input/);
  expect(temps()).toEqual([]);
});

test("what a point is worth: the period's counted EUR cases at this pace, with the spread of their values", () => {
  // EUR counted: 9 cases, Σv = 10,000 minor units over 365 days; Σv² = 15e6 so n_eff = 6.67 (as above).
  const p = seed().summary().pointValue!;
  expect(p).toMatchObject({ currency: 'EUR', cases: 9 });
  expect(p.casesPerYear).toBeCloseTo((9 * 365.25) / 365, 10);
  expect(p.meanValueMinor).toBeCloseTo(10_000 / 9, 10);
  expect(p.onePoint.estimateMinor).toBeCloseTo((0.01 * 10_000 * 365.25) / 365, 8);
  expect(p.fivePoints.estimateMinor).toBeCloseTo(5 * p.onePoint.estimateMinor, 8);
  // σ = √ln(1 + 1/6.67) = 0.3743; × e^(±1.6449 σ) = ×/÷ 1.851.
  expect(p.onePoint.highMinor / p.onePoint.estimateMinor).toBeCloseTo(1.851, 2);
  expect(p.onePoint.estimateMinor / p.onePoint.lowMinor).toBeCloseTo(1.851, 2);
  expect(p.sentence).toBe(
    'At this pace (about 9 closed cases a year at €11.1 on average), one more point of win rate is worth €1.0 a year ' +
      '(90 % sure it is between €0.5 and €1.9); five points, €5.0 a year. That is what the cases already closing would ' +
      'bring, if the pace holds. Other currencies: 1 case in SEK has no rate and is left out.',
  );
});

test('fewer than five counted cases with a value: no pace to project', () => {
  const f = createFixture();
  f.cases(4, { outcome: 'won', closedOn: '2025-06-01' });
  expect(f.summary().pointValue).toBeNull();
});
