/**
 * The open pipeline (stage win rates learned from history, forecasts, cases at risk) and loop health, on a
 * hand-counted database. Today is 2026-03-10.
 */
import { expect, test } from 'vitest';
import { createFixture } from './fixture';

function seed() {
  const f = createFixture();
  const acct = f.account('Acme');
  const dm = f.person(acct, 'decision_maker');
  const closed = (n: number, outcome: 'won' | 'lost', stage: string | null, closedOn = '2025-08-01') =>
    f.cases(n, { outcome, stage, closedOn, openedOn: '2025-06-01', accountId: acct });
  const wonLate = closed(4, 'won', 'Negotiation');
  closed(1, 'lost', 'Negotiation');
  const wonProposal = closed(1, 'won', 'Proposal');
  closed(3, 'lost', 'Proposal');
  closed(1, 'lost', 'Proposal', '2023-01-01'); // any earlier year is history too
  closed(2, 'lost', 'Qualified');
  closed(2, 'lost', 'Lead');
  closed(1, 'won', null);
  closed(1, 'lost', null);
  closed(1, 'won', 'Negotiation', '2026-03-11'); // after the period: not history yet
  // Five won cases with buyer steps: 10 days to the first, 20 to the next; the longest quiet spell is 20.
  for (const c of [...wonLate, ...wonProposal]) {
    f.step(c, 'Need recognised', '2025-06-11');
    f.step(c, 'Requirements set', '2025-07-01');
  }

  const o1 = f.case({ outcome: 'open', stage: 'Negotiation', valueMinor: 10_000, probability: 90, title: 'O1' });
  for (const [s, d] of [
    ['Need recognised', '2026-01-01'],
    ['Requirements set', '2026-02-01'],
    ['Vendors shortlisted', '2026-02-15'],
    ['Evaluated', '2026-03-01'],
  ] as const) {
    f.step(o1, s, d);
  }
  f.involve(o1, f.person(null, 'decision_maker'), true);
  const o2 = f.case({ outcome: 'open', stage: 'Proposal', valueMinor: 20_000, title: 'O2' });
  f.step(o2, 'Decision', '2026-03-05');
  f.involve(o2, dm, false);
  f.case({ outcome: 'open', stage: null, valueMinor: 8_000, openedOn: '2025-10-01', title: 'O3' });
  f.case({ outcome: 'open', stage: 'Lead', valueMinor: 50_000, currency: 'SEK', openedOn: '2026-03-01', title: 'O4' });
  return { f, wonLate };
}

test('stage win rates: closed cases that reached each stage, and won, with n, interval and the defaults apart', () => {
  const { f } = seed();
  const p = f.summary().pipeline;
  expect(p.stages.map((s) => [s.stage, s.reached, s.won, s.rate, s.enough, s.defaultProbability])).toEqual([
    ['Lead', 14, 5, 5 / 14, true, 0.1],
    ['Qualified', 12, 5, 5 / 12, true, 0.25],
    ['Proposal', 10, 5, 0.5, true, 0.5],
    ['Negotiation', 5, 4, 0.8, false, 0.75],
  ]);
  expect(p.stages[3]!.low).toBeLessThan(0.8);
  expect(p.stages[3]!.high).toBeGreaterThan(0.8);
  // Below ten cases a stage's rate is not a forecast: 4 of 5 is not "80 %".
  expect(p.stages[3]!.sentence).toBe(
    'Negotiation: not enough cases yet (4 of 5 closed cases that reached Negotiation were won); the forecast uses the overall win rate here.',
  );
  expect(p.stages[2]!.sentence).toBe(
    'Proposal: 50 %, 5 of 10 closed cases that reached Proposal were won (90 % sure the true rate is between 27 % and 73 %).',
  );
  // The funnel says which closed cases it counts: every counted one up to the period's end.
  expect(p.history).toEqual({ from: '2023-01-01', to: '2026-03-10', cases: 16 });
});

test("sellers' own probabilities: only where a seller entered one, per stage and in the forecast", () => {
  const { f } = seed();
  const p = f.summary().pipeline;
  expect(p.stages.map((s) => [s.stage, s.sellerProbability, s.sellerCases])).toEqual([
    ['Lead', null, 0],
    ['Qualified', null, 0],
    ['Proposal', null, 0],
    ['Negotiation', 0.9, 1],
  ]);
  expect(p.sellerEntered).toEqual({ cases: 1, valueMinor: 10_000 });
  // O1's own 90 % only; O2 has no probability of its own, so its stage's default is not passed off as the seller's.
  expect(p.sellerForecastMinor).toBe(9_000);
  f.run('update cases set probability = null');
  expect(f.summary().pipeline).toMatchObject({ sellerForecastMinor: null, sellerEntered: { cases: 0, valueMinor: 0 } });
});

test('forecasts: learned rates × value beside the stage defaults, settings currency only', () => {
  const { f } = seed();
  const p = f.summary().pipeline;
  expect(p.openCases).toBe(4);
  expect(p.openValueMinor).toBe(38_000);
  // 10 000 × 6/16 (Negotiation has too few cases: the overall rate) + 20 000 × 0.5 + 8 000 × 6/16 (no stage).
  expect(p.weightedForecastMinor).toBe(16_750);
  // 10 000 × 75 % + 20 000 × 50 % (the stages' defaults); no stage, no default; SEK left out.
  expect(p.defaultForecastMinor).toBe(17_500);
  f.run('update stages set win_probability = null');
  expect(f.summary().pipeline.defaultForecastMinor).toBeNull();
});

test('cases at risk, largest first, each with its reasons', () => {
  const { f } = seed();
  expect(f.summary().pipeline.atRisk.map((r) => [r.title, r.account, r.valueMinor, r.reasons])).toEqual([
    ['O2', 'Default customer', 20_000, ['Decision maker not reached']],
    ['O1', 'Default customer', 10_000, ['Our stage (Negotiation) is ahead of the buyer (furthest step: Evaluated)']],
    ['O3', 'Default customer', 8_000, ["No buyer step for 160 days; won cases' longest quiet spell averages 20 days"]],
  ]);
});

test('with fewer than five won cases with buyer steps there is no "typical" quiet spell to flag against', () => {
  const { f, wonLate } = seed();
  f.run(`update case_buyer_steps set deleted_at = '2026-01-01T00:00:00.000Z' where case_id = ?`, wonLate[0]);
  expect(f.summary().pipeline.atRisk.map((r) => r.title)).toEqual(['O2', 'O1']);
});

test('loop health counts closed cases of the period with each part of the debrief, and open/overdue actions', () => {
  const f = createFixture();
  const won = f.case({ outcome: 'won', closedOn: '2025-06-01', debrief: 'done' });
  f.reason(won, 'Strong champion');
  f.rate(won, 'Price', 3, 3, 3);
  f.involve(won, f.person(null), false);
  f.lesson(won, 'Champion', 'worked');
  const lost = f.case({ outcome: 'lost', closedOn: '2025-06-01' });
  f.reason(lost, 'Price');
  f.case({ outcome: 'withdrawn', closedOn: '2025-06-01' });
  const nd = f.case({ outcome: 'no_decision', closedOn: '2025-06-01' });
  f.rate(nd, 'Price', 3, 3, null);
  const open = f.case({ outcome: 'open' });
  f.reason(open, 'Price');
  f.case({ outcome: 'won', closedOn: '2024-06-01', debrief: 'done' });
  f.action({ title: 'Overdue', dueOn: '2026-03-09' });
  f.action({ title: 'Due today', dueOn: '2026-03-10' });
  f.action({ title: 'No date' });
  f.action({ title: 'Done', status: 'done', doneOn: '2026-01-01', dueOn: '2025-01-01' });
  f.action({ title: 'Dropped', status: 'dropped', dueOn: '2025-01-01' });
  const s = f.summary();
  expect(s.loopHealth).toEqual({
    closed: 4,
    withDebrief: 1,
    withReasons: 2,
    withCriteria: 2,
    withStakeholders: 1,
    withLessons: 1,
    actionsOpen: 3,
    actionsOverdue: 1,
  });
  expect(s.findings.loop).toEqual([
    'Of 1 done actions, measured against the cases they did not touch: 0 improved the win rate, 0 worse, ' +
      '0 no clear effect yet, 1 not enough cases yet.',
    'Debriefs are done on 1 of 4 closed cases (25 %).',
    '1 of 3 open actions is overdue.',
  ]);
});

test("cases at risk in several currencies are ranked by their worth in the settings currency at today's rate", () => {
  const { f } = seed();
  f.setting('currency', 'EUR');
  f.run(
    `insert into currency_rates (id, created_at, updated_at, deleted_at, currency, home_currency, rate, from_on)
     values (lower(hex(randomblob(16))), '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', null, 'JPY', 'EUR', 0.006,
       '2025-01-01')`,
  );
  // ¥15,000 is 15,000 minor units, more than O1's €100.00, but worth €90: after O1, before O3's €80.
  f.case({ outcome: 'open', stage: 'Proposal', valueMinor: 15_000, currency: 'JPY', title: 'O5' });
  const atRisk = f.summary().pipeline.atRisk;
  expect(atRisk.map((r) => [r.title, r.currency])).toEqual([
    ['O2', 'EUR'],
    ['O1', 'EUR'],
    ['O5', 'JPY'],
    ['O3', 'EUR'],
  ]);
});
