/**
 * A person's buying role in one case on a real file: debrief.get reads it back for the case page, the account's
 * map keeps the usual role, and the review's "Decision maker met before the decision" counts whoever decided in
 * that case.
 */
import { expect, test } from 'vitest';
import type { Summary } from '../../shared/contract/review';
import { createTestWorkspace } from '../helpers/temp-workspace';

async function open() {
  const t = createTestWorkspace();
  await t.client.call('setup.complete', { myName: 'Dana', teamName: 'North', currency: 'EUR' });
  const acme = await t.client.call('accounts.create', { name: 'Acme' });
  return { ...t, acme };
}

test('debrief.get carries each involved person’s role in the case; the power map keeps the usual role', async () => {
  const { client, acme } = await open();
  const deal = await client.call('cases.create', { title: 'Fleet renewal', accountId: acme.id });
  const eva = await client.call('people.create', { name: 'Eva', accountId: acme.id, buyingRole: 'influencer' });
  const tom = await client.call('people.create', { name: 'Tom', accountId: acme.id, buyingRole: 'user' });
  await client.call('debrief.setPeople', {
    caseId: deal.id,
    people: [
      { personId: eva.id, reached: true },
      { personId: tom.id, reached: false },
    ],
  });
  await client.call('people.setCaseRole', { caseId: deal.id, personId: eva.id, buyingRole: 'decision_maker' });
  expect((await client.call('debrief.get', { caseId: deal.id })).people).toEqual([
    { personId: eva.id, reached: true, buyingRole: 'decision_maker' },
    { personId: tom.id, reached: false, buyingRole: null },
  ]);
  // Saving the people again (the case page's other select) keeps the role set in the case.
  await client.call('debrief.setPeople', { caseId: deal.id, people: [{ personId: eva.id, reached: false }] });
  expect((await client.call('debrief.get', { caseId: deal.id })).people).toEqual([
    { personId: eva.id, reached: false, buyingRole: 'decision_maker' },
  ]);
  const map = await client.call('powermap.get', { accountId: acme.id });
  expect(map.people.find((p) => p.id === eva.id)?.buyingRole).toBe('influencer');
  // Back to the usual role.
  await client.call('people.setCaseRole', { caseId: deal.id, personId: eva.id, buyingRole: null });
  expect((await client.call('debrief.get', { caseId: deal.id })).people[0]?.buyingRole).toBeNull();
});

test('"Decision maker met before the decision" counts the role in the case, not the usual one', async () => {
  const { client, ws, acme } = await open();
  const eva = await client.call('people.create', { name: 'Eva', accountId: acme.id, buyingRole: 'influencer' });
  const carla = await client.call('people.create', { name: 'Carla', accountId: acme.id, buyingRole: 'decision_maker' });
  const close = async (title: string, outcome: 'won' | 'lost') => {
    const c = await client.call('cases.create', { title, accountId: acme.id });
    await client.call('debrief.close', { caseId: c.id, outcome, closedOn: '2026-03-10' });
    return c.id;
  };
  const won = [await close('W1', 'won'), await close('W2', 'won')];
  const lost = [await close('L1', 'lost'), await close('L2', 'lost')];
  // Won: Eva met before the close, and in these cases she decided. Lost: Carla, usually the decision maker, reached but only
  // a user in these deals; the real decider, Eva, listed and not reached.
  for (const id of won) {
    await client.call('debrief.setPeople', { caseId: id, people: [{ personId: eva.id, reached: true }] });
    await client.call('interactions.create', { caseId: id, personId: eva.id, on: '2026-03-01', channel: 'phone' });
    await client.call('people.setCaseRole', { caseId: id, personId: eva.id, buyingRole: 'decision_maker' });
  }
  for (const id of lost) {
    await client.call('debrief.setPeople', {
      caseId: id,
      people: [
        { personId: carla.id, reached: true },
        { personId: eva.id, reached: false },
      ],
    });
    await client.call('interactions.create', { caseId: id, personId: carla.id, on: '2026-03-01', channel: 'phone' });
    await client.call('people.setCaseRole', { caseId: id, personId: carla.id, buyingRole: 'user' });
    await client.call('people.setCaseRole', { caseId: id, personId: eva.id, buyingRole: 'decision_maker' });
  }
  const dm = () => {
    const result = ws.dispatchSync('review.summary', {});
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as Summary).winFactors.find((f) => f.factor === 'Decision maker met before the decision');
  };
  expect(dm()).toMatchObject({ won: 1, lost: 0, wonN: 2, lostN: 2 });
  // Back to usual roles: Carla decides the lost cases and was reached; Eva only influenced the won ones.
  for (const id of lost) await client.call('people.setCaseRole', { caseId: id, personId: carla.id, buyingRole: null });
  for (const id of won) await client.call('people.setCaseRole', { caseId: id, personId: eva.id, buyingRole: null });
  expect(dm()).toMatchObject({ won: 0, lost: 1, wonN: 2, lostN: 2 });
});
