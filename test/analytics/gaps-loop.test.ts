/**
 * Q4 and the loop: criteria gaps ranked by mean importance × (rival − ours) with the actions aimed at each,
 * and each done action's effect: its scope before vs after its done date, against the cases outside it.
 */
import { expect, test } from 'vitest';
import { judgeJointly, type JointCell } from '../../shared/stats';
import { windowsFor } from '../../electron/review/loop';
import { createFixture } from './fixture';

test('criteria gaps: mean importance × (rival − ours) over counted closed cases rated against a rival', () => {
  const f = createFixture();
  const price = f.idOf('criteria', 'Price');
  const w1 = f.case({ outcome: 'won', closedOn: '2025-06-01' });
  f.rate(w1, 'Price', 5, 2, 4);
  f.rate(w1, 'Quality', 3, 4, 3);
  const l1 = f.case({ outcome: 'lost', closedOn: '2025-06-01' });
  f.rate(l1, 'Price', 4, 3, 5);
  f.rate(l1, 'Security', 5, 2, 4);
  const l2 = f.case({ outcome: 'lost', closedOn: '2025-06-01' });
  f.rate(l2, 'Price', 3, 3, 4);
  f.rate(l2, 'Brand', 5, 1, null);
  const nd = f.case({ outcome: 'no_decision', closedOn: '2025-06-01' });
  f.rate(nd, 'Price', 5, 1, 5);
  const sharpen = f.action({
    title: 'Sharpen price story',
    scope: 'criterion',
    scopeValue: price,
    dueOn: '2026-04-01',
  });
  const calc = f.action({
    title: 'Value calculator',
    scope: 'criterion',
    scopeValue: price,
    status: 'done',
    doneOn: '2025-12-01',
  });
  f.action({ title: 'Dropped idea', scope: 'criterion', scopeValue: price, status: 'dropped' });

  const gaps = f.summary().criteriaGaps;
  expect(gaps.map((g) => [g.criterion, g.cases, g.weightedGap])).toEqual([
    ['Security', 1, 10],
    ['Price', 3, 7],
    ['Quality', 1, -3],
  ]);
  expect(gaps[1]!.actions).toEqual([
    { id: sharpen, title: 'Sharpen price story', status: 'open' },
    { id: calc, title: 'Value calculator', status: 'done' },
  ]);
  expect(gaps.map((g) => g.sentence)).toEqual([
    'Security: we trail the rival (gap +10.0 over 1 case). No action addresses it yet. Few cases yet: treat it as a hint.',
    'Price: we trail the rival (gap +7.0 over 3 cases). Being addressed by: Sharpen price story (open); Value calculator (done). Few cases yet: treat it as a hint.',
    // The sign is kept where we lead: the chart's bar for Quality points the other way.
    'Quality: we rate level with or above the rival (gap −3.0 over 1 case). Few cases yet: treat it as a hint.',
  ]);
  // The findings say each gap of the chart once: the ones we trail on, then the ones we lead on, then the actions.
  expect(f.summary().findings.weaknesses).toEqual([
    gaps[0]!.sentence,
    gaps[1]!.sentence,
    'We rate level with or above the rival on Quality (−3.0).',
    '1 of the 2 gaps have no action yet.',
  ]);
});

function loopSeed() {
  const f = createFixture();
  const rival = f.competitor('Rival');
  const bank = f.account('Bank', 'Finance');
  // Done 2025-09-10, the period ends 2026-03-10: windows of 181 days, after = 2025-09-11 – 2026-03-10,
  // before = 2025-03-13 – 2025-09-09, prior = 2024-09-13 – 2025-03-12.
  const beforeWon = f.cases(2, { outcome: 'won', closedOn: '2025-06-01' });
  const beforeLost = f.cases(8, { outcome: 'lost', closedOn: '2025-06-01' });
  const afterWon = f.cases(8, { outcome: 'won', closedOn: '2025-12-01' });
  const afterLost = f.cases(2, { outcome: 'lost', closedOn: '2025-12-01' });
  f.cases(5, { outcome: 'won', closedOn: '2025-03-12' }); // the last day of the prior window
  f.cases(5, { outcome: 'lost', closedOn: '2024-09-13' }); // its first day
  f.cases(1, { outcome: 'lost', closedOn: '2024-09-12' }); // the day before it: in no window
  f.cases(3, { outcome: 'won', closedOn: '2025-09-10' }); // on the done date: in no window
  f.met(beforeLost[0]!, rival);
  f.met(afterWon[0]!, rival);
  f.rate(beforeLost[1]!, 'Price', 3, 2, 4);
  f.rate(afterWon[1]!, 'Price', 3, 2, null);
  f.run('update cases set account_id = ? where id in (?, ?)', bank, beforeWon[0], afterLost[0]);
  f.run(`update cases set offering = 'Pumps' where id in (?, ?, ?)`, beforeLost[2], afterWon[2], afterWon[3]);
  const done = { status: 'done', doneOn: '2025-09-10' } as const;
  f.action({ ...done, title: 'A all' });
  f.action({ ...done, title: 'B rival', scope: 'competitor', scopeValue: rival });
  f.action({ ...done, title: 'C price', scope: 'criterion', scopeValue: f.idOf('criteria', 'Price') });
  f.action({ ...done, title: 'D finance', scope: 'segment', scopeValue: 'Finance' });
  f.action({ ...done, title: 'E pumps', scope: 'offering', scopeValue: 'Pumps' });
  f.action({ title: 'Still open' });
  f.action({ title: 'Done after the period', status: 'done', doneOn: '2026-04-01' });
  const trashed = f.action({ ...done, title: 'Trashed' });
  f.run(`update actions set deleted_at = '2026-01-01T00:00:00.000Z' where id = ?`, trashed);
  return f;
}

test('each done action: equal windows, the done date in neither, against the cases outside its scope', () => {
  const actions = loopSeed().summary().actions;
  expect(
    actions.map((a) => [a.title, a.scopeLabel, a.method, a.prior.n, a.before.won, a.before.n, a.after.won, a.after.n]),
  ).toEqual([
    ['A all', 'All cases', 'trend', 10, 2, 10, 8, 10],
    ['B rival', 'Against Rival', 'comparison', 0, 0, 1, 1, 1],
    ['C price', 'Where Price was rated', 'comparison', 0, 0, 1, 0, 0],
    ['D finance', 'Segment: Finance', 'comparison', 0, 1, 1, 0, 1],
    ['E pumps', 'Offering: Pumps', 'comparison', 0, 0, 1, 2, 2],
  ]);
  const a = actions[0]!;
  expect(a).toMatchObject({
    kind: 'preventive',
    scope: 'all',
    windowDays: 181,
    windows: {
      prior: { from: '2024-09-13', to: '2025-03-12' },
      before: { from: '2025-03-13', to: '2025-09-09' },
      after: { from: '2025-09-11', to: '2026-03-10' },
    },
    prior: { won: 5, lost: 5, rate: 0.5 },
    before: { lost: 8, rate: 0.2 },
    after: { lost: 2, rate: 0.8 },
    elsewhere: null,
  });
  expect(a.before.low).toBeCloseTo(0.06856, 4);
  // 20 % → 80 % after a fall from 50 % to 20 %, as the counts alone say it (the figures beside the verdict).
  expect(a.change).toBeCloseTo(0.6, 12);
  expect(a.expectedChange).toBeCloseTo(-0.3, 12);
  expect(a.test).toMatch(/segmented trend/);
  expect(a.sentence).toMatch(/^Across all cases the win rate rose 60 points after the action \(20 % → 80 %\)/);
  // No comparison group: the trend asks for a 95 % interval.
  expect(a.interval).toMatch(/^95 % sure/);
  // The other cases over the same windows: every decided case minus the scope's.
  expect(actions[1]!.elsewhere).toMatchObject({ before: { won: 2, n: 9 }, after: { won: 7, n: 9 } });
  expect(actions.slice(1).map((x) => x.verdict)).toEqual([
    'not_enough_cases',
    'not_enough_cases',
    'not_enough_cases',
    'not_enough_cases',
  ]);
  // The verdicts and effects are the joint model's, every action in one fit, on these cells, built by hand from
  // the cases above: per month, each case's place for A (every case) … E, the 3 cases on the done date left out,
  // the day before the prior window in no window.
  const month = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  // Places, one letter per action A–E: p prior, b before, a after, . nowhere.
  const cell = (day: string, places: string, won: number, n: number): JointCell => ({
    bucket: month(day),
    inScope: [...places].map((p) => p === 'b' || p === 'a'),
    after: [...places].map((p) => p === 'a'),
    prior: [...places].map((p) => p === 'p'),
    won,
    n,
  });
  const cells = [
    cell('2024-09-12', '.....', 0, 1),
    cell('2024-09-13', 'p....', 0, 5),
    cell('2025-03-12', 'p....', 5, 5),
    cell('2025-06-01', 'b....', 1, 6),
    cell('2025-06-01', 'b..b.', 1, 1),
    cell('2025-06-01', 'bb...', 0, 1),
    cell('2025-06-01', 'b.b..', 0, 1),
    cell('2025-06-01', 'b...b', 0, 1),
    // The price rating after has no rival's score: not in C's scope.
    cell('2025-12-01', 'a....', 5, 6),
    cell('2025-12-01', 'aa...', 1, 1),
    cell('2025-12-01', 'a...a', 2, 2),
    cell('2025-12-01', 'a..a.', 0, 1),
  ];
  const w = (x: { won: number; n: number }) => ({ won: x.won, n: x.n });
  const expected = judgeJointly(
    actions.map((x) => ({
      counts: {
        inside: { prior: w(x.prior), before: w(x.before), after: w(x.after) },
        outside: x.elsewhere ? { before: w(x.elsewhere.before), after: w(x.elsewhere.after) } : null,
      },
    })),
    cells,
  );
  actions.forEach((x, j) => {
    expect(x.verdict, x.title).toBe(expected[j]!.verdict);
    expect(x.effect.estimate ?? 0, x.title).toBeCloseTo(expected[j]!.effect.estimate ?? 0, 9);
    expect(x.effect.low, x.title).toBeCloseTo(expected[j]!.effect.low, 9);
  });
  expect(a.verdict).not.toBe('not_enough_cases');
});

test('the loop findings count verdicts and repeat the clear ones', () => {
  expect(loopSeed().summary().findings.loop[0]).toBe(
    'Of 5 done actions, measured against the cases they did not touch: 0 improved the win rate, 0 worse, ' +
      '1 no clear effect yet, 4 not enough cases yet.',
  );
  // In Finance 10 % → 90 % while the rest stays at 50 %: clear, and repeated under the count.
  const f = createFixture();
  const bank = f.account('Bank', 'Finance');
  const finance = [
    ...f.cases(2, { outcome: 'won', closedOn: '2025-06-01' }),
    ...f.cases(18, { outcome: 'lost', closedOn: '2025-06-01' }),
    ...f.cases(18, { outcome: 'won', closedOn: '2025-12-01' }),
    ...f.cases(2, { outcome: 'lost', closedOn: '2025-12-01' }),
  ];
  for (const day of ['2025-06-01', '2025-12-01']) {
    f.cases(10, { outcome: 'won', closedOn: day });
    f.cases(10, { outcome: 'lost', closedOn: day });
  }
  for (const id of finance) f.run('update cases set account_id = ? where id = ?', bank, id);
  f.action({ title: 'Finance deck', scope: 'segment', scopeValue: 'Finance', status: 'done', doneOn: '2025-09-10' });
  const loop = f.summary().findings.loop;
  expect(loop[0]).toMatch(/: 1 improved the win rate, 0 worse, 0 no clear effect yet, 0 not enough cases yet\.$/);
  expect(loop[1]).toMatch(/^Finance deck: In Finance the win rate rose 80 points after the action/);
});

test('windows: equal, at most a year, never before the first decided case, the done date in none', () => {
  // A long history: a year each side; the three windows sit edge to edge around the done date.
  expect(windowsFor('2025-03-10', '2026-03-10', '2020-01-01', 'segment')).toEqual({
    days: 365,
    windows: {
      prior: { from: '2023-03-11', to: '2024-03-09' },
      before: { from: '2024-03-10', to: '2025-03-09' },
      after: { from: '2025-03-11', to: '2026-03-10' },
    },
  });
  // Recently done: as long as the time since.
  expect(windowsFor('2026-02-08', '2026-03-10', '2020-01-01', 'segment').days).toBe(30);
  // A short history: the before window starts no earlier than the first decided case; all cases need three.
  expect(windowsFor('2025-09-10', '2026-03-10', '2025-07-12', 'segment').days).toBe(60);
  expect(windowsFor('2025-09-10', '2026-03-10', '2025-07-12', 'all').days).toBe(30);
  expect(windowsFor('2025-09-10', '2026-03-10', null, 'all').days).toBe(0);
});
