/**
 * Q3 on a hand-counted database: the Pareto of primary loss reasons (lost and no-decision cases), by reason
 * and by category with the evidence mix, where lost cases stopped, and recurring lesson tags.
 */
import { expect, test } from 'vitest';
import { createFixture } from './fixture';

function seed() {
  const f = createFixture();
  const price = f.idOf('criteria', 'Price');
  const need = f.idOf('buyer_steps', 'Need recognised');
  const lostOn = { outcome: 'lost', closedOn: '2025-09-01' } as const;
  const priced = f.cases(3, { ...lostOn, stage: 'Proposal' });
  (['buyer_said', 'buyer_said', 'our_view'] as const).forEach((evidence, i) =>
    f.reason(priced[i]!, 'Price', { evidence }),
  );
  for (const c of priced) {
    f.step(c, 'Need recognised', '2025-05-01');
    f.step(c, 'Vendors shortlisted', '2025-06-01');
  }
  const late = f.cases(2, { ...lostOn, stage: 'Negotiation' });
  for (const c of late) f.reason(c, 'Came in late');
  const stuck = f.case({ outcome: 'no_decision', closedOn: '2025-10-01' });
  f.reason(stuck, 'Lost to status quo', { evidence: 'third_party' });
  f.step(stuck, 'Evaluated', '2025-07-01');
  const secondary = f.case({ ...lostOn, stage: 'Proposal' });
  f.reason(secondary, 'Price', { primary: false });
  f.step(secondary, 'Requirements set', '2025-06-01');
  const removed = f.case({ ...lostOn, stage: 'Lead' });
  f.reason(removed, 'Timing');
  f.run(`update case_reasons set deleted_at = '2026-01-01T00:00:00.000Z' where case_id = ?`, removed);
  const won = f.case({ outcome: 'won', closedOn: '2025-09-01' });
  f.reason(won, 'Price');
  const open = f.case({ outcome: 'open' });

  f.lesson(priced[0]!, 'Price too high', 'hurt', { kind: 'criterion', id: price });
  f.lesson(priced[1]!, 'Discount came too late', 'hurt', { kind: 'criterion', id: price });
  f.lesson(won, 'Value story beat price', 'worked', { kind: 'criterion', id: price });
  f.lesson(late[0]!, 'We heard of it late', 'hurt', { kind: 'buyer_step', id: need });
  f.lesson(late[1]!, 'Untagged', 'hurt');
  f.lesson(open, 'Still open', 'hurt', { kind: 'criterion', id: price });
  return f;
}

test('loss reasons: primary reasons of lost and no-decision cases, ranked, with shares and evidence', () => {
  const s = seed().summary();
  expect(s.lossReasons).toEqual([
    {
      category: 'Buying criteria',
      reason: 'Price',
      count: 3,
      share: 0.5,
      cumulative: 0.5,
      evidence: { our_view: 1, buyer_said: 2, third_party: 0 },
    },
    {
      category: 'Process',
      reason: 'Came in late',
      count: 2,
      share: 2 / 6,
      cumulative: 5 / 6,
      evidence: { our_view: 2, buyer_said: 0, third_party: 0 },
    },
    {
      category: 'Process',
      reason: 'Lost to status quo',
      count: 1,
      share: 1 / 6,
      cumulative: 1,
      evidence: { our_view: 0, buyer_said: 0, third_party: 1 },
    },
  ]);
  expect(s.lossCategories).toEqual([
    { category: 'Buying criteria', count: 3, share: 0.5, cumulative: 0.5 },
    { category: 'Process', count: 3, share: 0.5, cumulative: 1 },
  ]);
});

test('stalls: seller stage × furthest buyer step of lost cases', () => {
  expect(seed().summary().stalls).toEqual([
    { stage: 'Proposal', buyerStep: 'Vendors shortlisted', count: 3 },
    { stage: 'Negotiation', buyerStep: 'No buyer step recorded', count: 2 },
    { stage: 'No stage', buyerStep: 'Evaluated', count: 1 },
    { stage: 'Lead', buyerStep: 'No buyer step recorded', count: 1 },
    { stage: 'Proposal', buyerStep: 'Requirements set', count: 1 },
  ]);
});

test('lesson tags of closed cases, worked vs hurt', () => {
  expect(seed().summary().lessonTags).toEqual([
    { tag: 'Price', kind: 'criterion', worked: 1, hurt: 2 },
    { tag: 'Need recognised', kind: 'buyer_step', worked: 0, hurt: 1 },
  ]);
});

test('the findings name the top reason, the share of no decision and the recurring tag', () => {
  expect(seed().summary().findings.lost).toEqual([
    'The most common primary loss reason is Price: 3 of 6 (50 %).',
    'The top 3 reasons account for 100 %.',
    '1 of 9 decided cases (11 %) ended in no decision.',
    'Lessons keep coming back to Price: 2 hurt, 1 worked.',
  ]);
});
