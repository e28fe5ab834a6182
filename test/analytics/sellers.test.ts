/**
 * Per seller: each member's win rate with n and interval against the rest of the team, and only the factors
 * where the member clearly works differently (at a level adjusted for testing five factors per member).
 */
import { expect, test } from 'vitest';
import { createFixture } from './fixture';

const CLOSED = '2025-06-30';

function seed() {
  const f = createFixture();
  const acct = f.account('Acme');
  const dm = f.person(acct, 'decision_maker');
  const user = f.person(acct, 'user');
  const team = { Anna: f.member('Anna'), Ben: f.member('Ben'), Cleo: f.member('Cleo') };
  // [won of 12, decision maker reached in how many of the 12]
  const plan = { Anna: [9, 11], Ben: [3, 1], Cleo: [6, 7] } as const;
  for (const [name, [won, reached]] of Object.entries(plan) as [keyof typeof team, readonly number[]][]) {
    const ids = [
      ...f.cases(won!, { outcome: 'won', closedOn: CLOSED, ownerId: team[name], accountId: acct }),
      ...f.cases(12 - won!, { outcome: 'lost', closedOn: CLOSED, ownerId: team[name], accountId: acct }),
    ];
    // One person reached in every case (the decision maker or a user), so only who it is differs.
    ids.forEach((c, i) => {
      f.involve(c, dm, i < reached!);
      f.involve(c, user, i >= reached!);
      f.meet(c, i < reached! ? dm : user, '2025-06-01');
    });
  }
  return { f, team };
}

test('each member: win rate with n and interval, compared with the rest of the team', () => {
  const { f } = seed();
  const sellers = f.summary().sellers;
  expect(sellers.map((s) => [s.name, s.won, s.n])).toEqual([
    ['Anna', 9, 12],
    ['Ben', 3, 12],
    ['Cleo', 6, 12],
  ]);
  const anna = sellers[0]!;
  expect(anna.rate).toBe(0.75);
  expect(anna.low).toBeLessThan(0.75);
  expect(anna.high).toBeGreaterThan(0.75);
  // Cleo wins 50 % against the others' 50 %: nothing to coach on.
  const cleo = sellers[2]!;
  expect(cleo.verdict).toBe('no_clear_change');
  expect(cleo.differences).toEqual([]);
  expect(cleo.sentence).toBe(
    'Cleo: win rate 50 % (n = 12; 90 % sure the true rate is between 29 % and 71 %), no clear difference from the ' +
      'rest of the team, in win rate or in how cases are worked.',
  );
});

test('a factor is listed only where the member clearly differs, in plain words', () => {
  const { f } = seed();
  const ben = f.summary().sellers.find((s) => s.name === 'Ben')!;
  // 1 of 12 against 18 of 24: clear even at the adjusted level (98 % for five factors).
  expect(ben.differences).toEqual([
    {
      factor: 'Decision maker met before the decision',
      member: 1 / 12,
      rest: 18 / 24,
      unit: 'share',
      sentence: 'Ben meets the decision maker before the decision less often: 8 % vs 75 % for the rest of the team.',
    },
  ]);
  // Cleo's 7 of 12 against 12 of 24 is no difference worth a coaching talk.
  expect(f.summary().sellers.find((s) => s.name === 'Cleo')!.differences).toEqual([]);
});

test('a difference at 90 % that would not survive testing five factors is not claimed', () => {
  const f = createFixture();
  const acct = f.account('Acme');
  const dm = f.person(acct, 'decision_maker');
  const a = f.member('Ann');
  const b = f.member('Bo');
  // 7 of 12 vs 2 of 12: Newcombe's 90 % interval excludes 0, its 98 % one does not.
  f.cases(12, { outcome: 'won', closedOn: CLOSED, ownerId: a, accountId: acct }).forEach((c, i) =>
    f.involve(c, dm, i < 7),
  );
  f.cases(12, { outcome: 'won', closedOn: CLOSED, ownerId: b, accountId: acct }).forEach((c, i) =>
    f.involve(c, dm, i < 2),
  );
  expect(f.summary().sellers.map((s) => s.differences)).toEqual([[], []]);
});

test('one member in view, or too few cases: no comparison is made', () => {
  const { f, team } = seed();
  const [only] = f.summary({ ownerId: team.Ben }).sellers;
  expect(only).toMatchObject({ name: 'Ben', n: 12, verdict: 'not_enough_cases', differences: [] });
  expect(only!.sentence).toContain('too few other cases in this view to compare.');
  const g = createFixture();
  g.cases(3, { outcome: 'won', closedOn: CLOSED, ownerId: g.member('Dee') });
  g.cases(9, { outcome: 'lost', closedOn: CLOSED });
  expect(
    g.summary().sellers.map((s) => [s.name, s.verdict, s.sentence.endsWith('not enough cases yet to compare.')]),
  ).toEqual([
    ['No owner', 'not_enough_cases', false],
    ['Dee', 'not_enough_cases', true],
  ]);
});
