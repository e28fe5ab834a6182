/**
 * Q2 on a hand-counted database: head-to-head per competitor, the criteria where we lead or trail each one
 * (a rival rating credited only to the competitor it belongs to), and the battlecards.
 */
import { expect, test } from 'vitest';
import { createFixture } from './fixture';

function seed() {
  const f = createFixture();
  const alpha = f.competitor('Alpha');
  const beta = f.competitor('Beta');
  const c1 = f.case({ outcome: 'won', closedOn: '2025-05-01', title: 'One' });
  const c2 = f.case({ outcome: 'won', closedOn: '2025-06-01', title: 'Two' });
  const c3 = f.case({ outcome: 'lost', closedOn: '2025-07-01', winner: alpha, title: 'Three' });
  const c4 = f.case({ outcome: 'lost', closedOn: '2025-08-01', winner: beta, title: 'Four' });
  const c5 = f.case({ outcome: 'no_decision', closedOn: '2025-09-01', title: 'Five' });
  const c6 = f.case({ outcome: 'lost', closedOn: '2025-10-01', title: 'Six' });
  for (const c of [c1, c2, c3, c4, c5]) f.met(c, alpha);
  for (const c of [c1, c3, c4, c6]) f.met(c, beta);
  f.rate(c1, 'Price', 5, 3, 4);
  f.rate(c1, 'Quality', 4, 5, 3);
  f.rate(c2, 'Price', 3, 2, 4);
  f.rate(c3, 'Price', 5, 2, 5);
  f.rate(c3, 'Quality', 4, 4, 4);
  f.rate(c4, 'Price', 2, 4, 3);
  f.rate(c5, 'Price', 5, 1, 5);
  f.rate(c6, 'Price', 5, 1, 5);
  f.reason(c1, 'Strong champion');
  f.reason(c1, 'Quality', { primary: false });
  f.reason(c2, 'Strong champion');
  for (const r of ['Early involvement', 'References', 'Relationship with the buyer']) {
    f.reason(c2, r, { primary: false });
  }
  f.reason(c3, 'Price', { evidence: 'buyer_said' });
  f.reason(c4, 'Incumbent advantage');
  f.lesson(c1, 'The champion opened doors', 'worked');
  f.lesson(c3, 'Too expensive for them', 'hurt');
  // Only Alpha was met on c2: its lesson is Alpha's to quote, never Beta's.
  f.lesson(c2, 'Alpha was slow to answer', 'worked');
  return { f, alpha, beta };
}

test('head-to-head counts every counted closed case a competitor was in', () => {
  const { f, alpha, beta } = seed();
  const rows = f.summary().byCompetitor;
  expect(rows.map((r) => [r.competitorId, r.competitor, r.met, r.won, r.lost, r.rate])).toEqual([
    [alpha, 'Alpha', 4, 2, 2, 0.5],
    [beta, 'Beta', 4, 1, 3, 0.25],
  ]);
  expect(rows[0]!.low).toBeLessThan(0.5);
  expect(rows[0]!.high).toBeGreaterThan(0.5);
  f.setting('countNoDecision', true);
  expect(f.summary().byCompetitor[0]).toMatchObject({ competitor: 'Alpha', met: 5, won: 2, lost: 3 });
});

test('criteria vs competitor: importance × (theirs − ours), the sign of every gap, from the cases where the rating is theirs', () => {
  const { f } = seed();
  const rows = f.summary().criteriaVsCompetitor;
  expect(rows.map((r) => [r.competitor, r.criterion, r.cases, r.weightedGap])).toEqual([
    // Alpha, theirs − ours: won c1 (+5), won c2 (+6), lost to Alpha c3 (+15); c4 went to Beta, c5 had no winner.
    ['Alpha', 'Price', 3, 26 / 3],
    ['Alpha', 'Quality', 2, -4],
    // Beta: won c1 (+5), lost to Beta c4 (−2); c3 was Alpha's, c6 had no known winner.
    ['Beta', 'Price', 2, 1.5],
    ['Beta', 'Quality', 1, -8],
  ]);
});

test('battlecards: top 3 reasons each way, their strengths, latest lessons from cases that competitor was in', () => {
  const { f } = seed();
  const [alpha, beta] = f.summary().battlecards;
  expect(alpha).toMatchObject({
    competitor: 'Alpha',
    summary: 'Met in 4 closed cases, we won 2: not enough cases yet for a win rate (n = 4).',
    whyWeWin: [
      { reason: 'Strong champion', count: 2 },
      { reason: 'Early involvement', count: 1 },
      { reason: 'Quality', count: 1 },
    ],
    whyWeLose: [{ reason: 'Price', count: 1 }],
    theirStrengths: [{ criterion: 'Price', weightedGap: 26 / 3 }],
    lessons: [
      { text: 'Too expensive for them', kind: 'hurt', caseTitle: 'Three' },
      { text: 'Alpha was slow to answer', kind: 'worked', caseTitle: 'Two' },
      { text: 'The champion opened doors', kind: 'worked', caseTitle: 'One' },
    ],
  });
  expect(beta).toMatchObject({
    whyWeWin: [
      { reason: 'Quality', count: 1 },
      { reason: 'Strong champion', count: 1 },
    ],
    whyWeLose: [{ reason: 'Incumbent advantage', count: 1 }],
    theirStrengths: [{ criterion: 'Price', weightedGap: 1.5 }],
    lessons: [{ text: 'The champion opened doors', kind: 'worked', caseTitle: 'One' }],
  });
});

test('the findings say "not enough cases" per competitor below five', () => {
  const { f } = seed();
  expect(f.summary().findings.standOut).toEqual([
    'Alpha: not enough cases yet (n = 4).',
    'Beta: not enough cases yet (n = 4).',
  ]);
  expect(createFixture().summary().findings.standOut).toEqual([
    'No competitors recorded on closed cases in this period yet.',
  ]);
});

test('against a competitor we clearly lose to, the finding says so', () => {
  const f = createFixture();
  const rival = f.competitor('Rival');
  for (const c of f.cases(10, { outcome: 'lost', closedOn: '2025-06-01', winner: rival })) f.met(c, rival);
  f.cases(10, { outcome: 'won', closedOn: '2025-06-01' });
  const [first] = f.summary().findings.standOut;
  expect(first).toBe(
    'We win less often against Rival than in our other cases: 0 % (n = 10; 90 % sure the true rate is between 0 % and 21 %).',
  );
});
