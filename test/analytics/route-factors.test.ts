/**
 * The power map's review factors: whether won cases more often had a route from the team to a decider (through
 * relationships and informal links, carried the way the route finder carries them) or a decider someone knows
 * well, over the cases whose people name a decider, by their role in that case.
 */
import { expect, test } from 'vitest';
import { addDays } from '../../electron/review/scope';
import { createFixture } from './fixture';

const CLOSED = '2025-06-30';
const at = '2025-01-01T00:00:00.000Z';

function seed() {
  const f = createFixture();
  const me = f.member('Dana');
  const acct = f.account('Acme');
  const relate = (personId: string, strength: number) =>
    f.run(
      `insert into relationships (id, created_at, updated_at, member_id, person_id, strength)
       values (lower(hex(randomblob(16))), ?, ?, ?, ?, ?)`,
      at,
      at,
      me,
      personId,
      strength,
    );
  const link = (fromId: string, toId: string, kind: string) =>
    f.run(
      `insert into person_links (id, created_at, updated_at, from_id, to_id, kind, strength)
       values (lower(hex(randomblob(16))), ?, ?, ?, ?, ?, 2)`,
      at,
      at,
      fromId,
      toId,
      kind,
    );
  const newCase = (outcome: 'won' | 'lost') =>
    f.case({ outcome, closedOn: CLOSED, openedOn: addDays(CLOSED, -60), accountId: acct });
  return { f, me, acct, relate, link, newCase };
}

test('a route through an informal link counts; at odds carries nothing; a decider known well is covered', () => {
  const { f, acct, relate, link, newCase } = seed();
  const friend = f.person(acct, 'user');
  const viaFriend = f.person(acct, 'decision_maker');
  const trusting = f.person(acct, 'economic_buyer');
  const atOdds = f.person(acct, 'decision_maker');
  const known = f.person(acct, 'decision_maker');
  const nobody = f.person(acct, 'influencer');
  relate(friend, 1);
  relate(known, 3);
  link(friend, viaFriend, 'influences');
  // "trusting trusts friend": friend's word moves them.
  link(trusting, friend, 'trusts');
  link(friend, atOdds, 'at_odds_with');

  const won = [viaFriend, trusting, known].map((p) => {
    const c = newCase('won');
    f.involve(c, p, true);
    return c;
  });
  const lostAtOdds = newCase('lost');
  f.involve(lostAtOdds, atOdds, true);
  // A per-case role: the influencer is the decision maker here, and nobody can reach them.
  const lostNobody = newCase('lost');
  f.involve(lostNobody, nobody, true);
  f.run("update case_people set buying_role = 'decision_maker' where case_id = ?", lostNobody);
  // A case whose people name no decider says nothing either way.
  f.involve(newCase('lost'), friend, true);
  expect(won).toHaveLength(3);

  const factors = f.summary().winFactors;
  const route = factors.find((x) => x.factor === 'Route to the decision maker');
  const covered = factors.find((x) => x.factor === 'Decision covered');
  expect(route).toMatchObject({ won: 1, lost: 0, wonN: 3, lostN: 2, unit: 'share' });
  expect(covered).toMatchObject({ won: 1 / 3, lost: 0, wonN: 3, lostN: 2 });
  expect(route?.sentence).toBe('Not enough cases yet (n = 3 won, 2 lost with a decision maker recorded).');
});

test('with enough cases the sentence claims the difference, with the figures and the caveat', () => {
  const { f, acct, relate, newCase } = seed();
  const reachable = f.person(acct, 'decision_maker');
  const unreachable = f.person(acct, 'decision_maker');
  relate(reachable, 2);
  for (let i = 0; i < 12; i++) f.involve(newCase('won'), i < 11 ? reachable : unreachable, true);
  for (let i = 0; i < 12; i++) f.involve(newCase('lost'), i < 2 ? reachable : unreachable, true);
  const route = f.summary().winFactors.find((x) => x.factor === 'Route to the decision maker');
  expect(route).toMatchObject({ wonN: 12, lostN: 12 });
  expect(route?.sentence).toBe(
    "Won cases had a way in to the decision maker more often: 92 % of won vs 17 % of lost cases, by today's relationships and links.",
  );
});
