/**
 * What won cases share: each factor's figures, its n (cases where it was recorded), and a sentence that only
 * claims a difference the test supports.
 */
import { expect, test } from 'vitest';
import { decisionCap, stepsBeforeDecision } from '../../electron/review/factors';
import { addDays } from '../../electron/review/scope';
import { createFixture } from './fixture';

const steps = ['Need recognised', 'Requirements set', 'Vendors shortlisted', 'Evaluated', 'Decision'];
const CLOSED = '2025-06-30';

function seed() {
  const f = createFixture();
  const acct = f.account('Acme');
  const dm = f.person(acct, 'decision_maker');
  const influencer = f.person(acct, 'influencer');
  const user = f.person(acct, 'user');
  const won = [30, 30, 40, 40, 60].map((days) =>
    f.case({ outcome: 'won', closedOn: CLOSED, openedOn: addDays(CLOSED, -days), accountId: acct }),
  );
  const lost = [90, 100, 110, 90, 100, 110].map((days) =>
    f.case({ outcome: 'lost', closedOn: CLOSED, openedOn: addDays(CLOSED, -days), accountId: acct }),
  );
  // Buyer steps: won 4, 4, 5, 4, 3; lost 1, 1, 2, 2, 1 and one with none recorded (mean 1.4, n = 5). The fifth step
  // is the decision, so before it the won cases count 4, 4, 4, 4, 3 (mean 3.8).
  [4, 4, 5, 4, 3].forEach((k, i) => steps.slice(0, k).forEach((s) => f.step(won[i]!, s, '2025-05-01')));
  [1, 1, 2, 2, 1].forEach((k, i) => steps.slice(0, k).forEach((s) => f.step(lost[i]!, s, '2025-05-01')));
  // People: four won cases met the decision maker and an influencer before the decision; the fifth met the
  // influencer only after its close, which says nothing about how it was won (0 before the decision).
  won.slice(0, 4).forEach((c) => {
    f.involve(c, dm, true);
    f.involve(c, influencer, true);
    f.meet(c, dm, '2025-04-01');
    f.meet(c, influencer, '2025-04-02');
  });
  f.involve(won[4]!, influencer, true);
  f.meet(won[4]!, influencer, '2025-07-15');
  // Lost: one met the decision maker, four met a user (the decision maker listed, not met), one none.
  f.involve(lost[0]!, dm, true);
  f.meet(lost[0]!, dm, '2025-04-01');
  lost.slice(1, 5).forEach((c) => {
    f.involve(c, user, true);
    f.involve(c, dm, false);
    f.meet(c, user, '2025-04-01');
  });
  // Channels: won 3 of 5 face to face, lost 1 of 5 (the meetings above are e-mails); one lost case recorded none.
  won.slice(0, 3).forEach((c) => f.touch(c, 'face_to_face'));
  won.slice(0, 4).forEach((c) => f.touch(c, 'email'));
  f.touch(lost[0]!, 'face_to_face');
  lost.slice(1, 4).forEach((c) => f.touch(c, 'email'));
  return f;
}

test('each factor carries won and lost figures over the cases where it was recorded', () => {
  const factors = seed().summary().winFactors.slice(0, 5);
  expect(factors.map((x) => [x.factor, x.won, x.lost, x.wonN, x.lostN, x.unit])).toEqual([
    ['Buyer steps before the decision', 3.8, 1.4, 5, 5, 'count'],
    ['Decision maker met before the decision', 0.8, 0.2, 5, 5, 'share'],
    ['Stakeholders met before the decision', 1.6, 1, 5, 5, 'count'],
    ['Met face to face', 0.6, 0.2, 5, 5, 'share'],
    ['Cycle length (mean)', 40, 100, 5, 6, 'days'],
  ]);
});

test('sentences claim a difference only where the test supports it', () => {
  const s = seed().summary();
  const sentence = (name: string) => s.winFactors.find((x) => x.factor === name)?.sentence;
  // 3.8 vs 1.4 steps, little spread: Welch's t is far past 90 %.
  expect(sentence('Buyer steps before the decision')).toBe(
    'Won cases had got further before the decision on average: 3.8 for won vs 1.4 for lost cases.',
  );
  // 4/5 vs 1/5: Newcombe's 90 % interval for the difference is about +3 to +87 points, clear of 0.
  expect(sentence('Decision maker met before the decision')).toBe(
    'Won cases met the decision maker before the decision more often: 80 % of won vs 20 % of lost cases.',
  );
  // [2,2,2,2,0] vs [1,1,1,1,1]: t = 1.5 on 4 df, p = 0.21.
  expect(sentence('Stakeholders met before the decision')).toBe(
    'No clear difference in stakeholders met before the decision: 1.6 for won vs 1.0 for lost cases.',
  );
  // 3/5 vs 1/5 (the meetings above count as interactions): too few to tell apart.
  expect(sentence('Met face to face')).toBe(
    'No clear difference in how often cases met the customer face to face: 60 % of won vs 20 % of lost cases.',
  );
  expect(sentence('Cycle length (mean)')).toBe(
    'Won cases closed faster on average: 40.0 days for won vs 100.0 days for lost cases.',
  );
  // The findings repeat only the clear differences.
  expect(s.findings.win).toContain(
    'Won cases closed faster on average: 40.0 days for won vs 100.0 days for lost cases.',
  );
  expect(s.findings.win).toContain(
    'Won cases met the decision maker before the decision more often: 80 % of won vs 20 % of lost cases.',
  );
  expect(s.findings.win.some((x) => x.includes('stakeholders'))).toBe(false);
});

test('a tombstoned step or interaction no longer counts', () => {
  const f = seed();
  f.run(`update case_buyer_steps set deleted_at = '2026-01-01T00:00:00.000Z'`);
  f.run(`update case_people set deleted_at = '2026-01-01T00:00:00.000Z'`);
  f.run(`update interactions set deleted_at = '2026-01-01T00:00:00.000Z'`);
  const factors = f.summary().winFactors;
  expect(factors[0]).toMatchObject({ won: null, lost: null, wonN: 0, lostN: 0 });
  expect(factors[1]).toMatchObject({ won: null, lost: null, wonN: 0, lostN: 0 });
});

test('a share difference the interval cannot separate from chance is "no clear difference"', () => {
  const f = createFixture();
  const acct = f.account('Acme');
  const dm = f.person(acct, 'decision_maker');
  const won = f.cases(6, { outcome: 'won', closedOn: CLOSED, accountId: acct });
  const lost = f.cases(6, { outcome: 'lost', closedOn: CLOSED, accountId: acct });
  const other = f.person(acct, 'user');
  // The decision maker met before the close in 4 of 6 won and 3 of 6 lost cases; someone else in the rest.
  won.forEach((c, i) => f.meet(c, i < 4 ? dm : other, '2025-06-01'));
  lost.forEach((c, i) => f.meet(c, i < 3 ? dm : other, '2025-06-01'));
  const factor = f.summary().winFactors.find((x) => x.factor === 'Decision maker met before the decision');
  expect(factor).toMatchObject({ won: 4 / 6, lost: 0.5, wonN: 6, lostN: 6 });
  expect(factor?.sentence).toBe(
    'No clear difference in how often cases met the decision maker before the decision: 67 % of won vs 50 % of ' +
      'lost cases.',
  );
});

test('steps before the decision: the recorded steps less those from the decision to the furthest one', () => {
  const list = (...names: string[]) => names.map((name) => ({ name }));
  expect(decisionCap(list('Need', 'Requirements', 'Shortlist', 'Evaluated', 'Decision', 'Contract'))).toBe(4);
  expect(decisionCap(list('Need', 'Requirements', 'Evaluated', 'Signed', 'Live'))).toBe(3);
  expect(decisionCap(list('Only'))).toBe(0);
  // Three early steps, then the decision and the contract (furthest: rank 6 of a list with 4 before the decision).
  expect(stepsBeforeDecision(5, 6, 4)).toBe(3);
  // Stopped before the decision: every recorded step counts.
  expect(stepsBeforeDecision(2, 3, 4)).toBe(2);
  // Never below 0 (the contract alone) nor above the steps there are before the decision.
  expect(stepsBeforeDecision(1, 6, 4)).toBe(0);
  expect(stepsBeforeDecision(9, 4, 4)).toBe(4);
});

test('reaching the decision and the contract does not make a won case "further along": not circular', () => {
  const f = createFixture();
  const before = ['Need recognised', 'Requirements set', 'Vendors shortlisted', 'Evaluated'];
  // Won and lost cases alike got to "Evaluated" (some only to the shortlist); won ones then reached the decision
  // and the contract, as a won case does by definition.
  const won = f.cases(8, { outcome: 'won', closedOn: CLOSED });
  const lost = f.cases(8, { outcome: 'lost', closedOn: CLOSED });
  won.forEach((c, i) => {
    before.slice(0, i % 2 ? 4 : 3).forEach((s) => f.step(c, s, '2025-05-01'));
    f.step(c, 'Decision', '2025-06-01');
    f.step(c, 'Contract', '2025-06-20');
  });
  lost.forEach((c, i) => before.slice(0, i % 2 ? 4 : 3).forEach((s) => f.step(c, s, '2025-05-01')));
  const factor = f.summary().winFactors[0]!;
  expect(factor).toMatchObject({ factor: 'Buyer steps before the decision', won: 3.5, lost: 3.5, wonN: 8, lostN: 8 });
  expect(factor.sentence).toBe(
    'No clear difference in buyer steps before the decision: 3.5 for won vs 3.5 for lost cases.',
  );
});
