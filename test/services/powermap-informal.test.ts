/**
 * The power map's informal side through the API on a real file: motivations and weighed criteria, connectors,
 * informal links (tombstoned, revived, never to someone I may not see), a person's role per case, and the
 * routes and coverage powermap.get words from them, with other members' private contacts never named.
 */
import { expect, test } from 'vitest';
import { createTestWorkspace } from '../helpers/temp-workspace';

async function open() {
  const t = createTestWorkspace();
  const settings = await t.client.call('setup.complete', { myName: 'Dana', teamName: 'North', currency: 'EUR' });
  const me = settings.meId ?? '';
  const bea = await t.client.call('team.save', { name: 'Bea' });
  const acme = await t.client.call('accounts.create', { name: 'Acme' });
  const other = await t.client.call('accounts.create', { name: 'Globex' });
  const vocab = await t.client.call('vocab.get', {});
  return { ...t, me, bea, acme, other, vocab };
}

test('a stakeholder carries a motivation, its tags and the criteria they weigh; bad criteria name the field', async () => {
  const { client, acme, vocab } = await open();
  const [price, quality] = vocab.criteria;
  const cfo = await client.call('people.create', {
    name: 'Carla',
    title: 'CFO',
    accountId: acme.id,
    motivation: 'Fears another overrun on her budget',
    motivationTags: ['cost', 'risk', 'cost'],
    weighedCriteria: [{ criterionId: price!.id, importance: 5 }],
  });
  expect(cfo).toMatchObject({
    side: 'stakeholder',
    motivation: 'Fears another overrun on her budget',
    motivationTags: ['cost', 'risk'],
    weighedCriteria: [{ criterionId: price!.id, importance: 5 }],
  });
  const changed = await client.call('people.update', {
    id: cfo.id,
    patch: { weighedCriteria: [{ criterionId: quality!.id, importance: 3 }] },
  });
  expect(changed.weighedCriteria).toEqual([{ criterionId: quality!.id, importance: 3 }]);
  expect(changed.motivationTags).toEqual(['cost', 'risk']);
  await expect(
    client.call('people.update', {
      id: cfo.id,
      patch: { weighedCriteria: [{ criterionId: '00000000-0000-4000-8000-00000000000f', importance: 3 }] },
    }),
  ).rejects.toMatchObject({
    code: 'invalid_input',
    fields: { 'weighedCriteria.0.criterionId': expect.any(String) as string },
  });
  await expect(
    client.call('people.update', { id: cfo.id, patch: { motivationTags: ['greed' as 'cost'] } }),
  ).rejects.toMatchObject({ code: 'invalid_input' });
});

test('a connector needs a kind and has no buying role or manager of its own', async () => {
  const { client, acme } = await open();
  const boss = await client.call('people.create', { name: 'Carla', accountId: acme.id });
  await expect(
    client.call('people.create', { name: 'Pia', accountId: acme.id, side: 'connector' }),
  ).rejects.toMatchObject({
    code: 'invalid_input',
    fields: { connectorKind: expect.any(String) as string },
  });
  const pia = await client.call('people.create', {
    name: 'Pia',
    accountId: acme.id,
    side: 'connector',
    connectorKind: 'consultant',
    buyingRole: 'decision_maker',
    reportsToId: boss.id,
  });
  expect(pia).toMatchObject({ side: 'connector', connectorKind: 'consultant', buyingRole: null, reportsToId: null });
  const back = await client.call('people.update', { id: pia.id, patch: { side: 'stakeholder' } });
  expect(back).toMatchObject({ side: 'stakeholder', connectorKind: null });
  // A connector is not a stakeholder gap: the map with one connector and no decision maker asks for the decision maker.
  const map = await client.call('powermap.get', { accountId: acme.id });
  expect(map.gaps.map((g) => g.kind)).toContain('no_decision_maker');
});

test('links are set, re-rated, tombstoned and revived; never to a hidden or foreign person, never to oneself', async () => {
  const { client, ws, acme, other, bea, events } = await open();
  const maria = await client.call('people.create', { name: 'Maria', accountId: acme.id });
  const carla = await client.call('people.create', { name: 'Carla', accountId: acme.id });
  const far = await client.call('people.create', { name: 'Far', accountId: other.id });
  events.length = 0;
  const link = await client.call('links.set', { fromId: maria.id, toId: carla.id, kind: 'influences', strength: 2 });
  expect(link).toMatchObject({ fromId: maria.id, toId: carla.id, kind: 'influences', strength: 2 });
  expect(events).toEqual([['people']]);
  await client.call('links.set', { fromId: maria.id, toId: carla.id, kind: 'influences', strength: 3 });
  await client.call('links.set', { fromId: carla.id, toId: maria.id, kind: 'at_odds_with', strength: 1 });
  const rows = () =>
    ws.ctx.sqlite.prepare('select id, kind, strength, deleted_at from person_links order by kind').all();
  expect(rows()).toEqual([
    expect.objectContaining({ kind: 'at_odds_with', strength: 1, deleted_at: null }),
    expect.objectContaining({ id: link!.id, kind: 'influences', strength: 3, deleted_at: null }),
  ]);
  expect(
    await client.call('links.set', { fromId: maria.id, toId: carla.id, kind: 'influences', strength: 0 }),
  ).toBeNull();
  expect(rows()[1]).toMatchObject({ id: link!.id, deleted_at: expect.any(String) as string });
  const revived = await client.call('links.set', { fromId: maria.id, toId: carla.id, kind: 'influences', strength: 1 });
  expect(revived?.id).toBe(link!.id);
  const map = await client.call('powermap.get', { accountId: acme.id });
  expect(map.links.map((l) => [l.kind, l.strength]).sort()).toEqual([
    ['at_odds_with', 1],
    ['influences', 1],
  ]);

  await expect(
    client.call('links.set', { fromId: maria.id, toId: maria.id, kind: 'trusts', strength: 1 }),
  ).rejects.toMatchObject({
    code: 'invalid_input',
  });
  await expect(
    client.call('links.set', { fromId: maria.id, toId: far.id, kind: 'trusts', strength: 1 }),
  ).rejects.toMatchObject({
    code: 'invalid_input',
  });
  // Bea's private contact: from my seat it does not exist, so I cannot link it, and no link to it is listed.
  ws.ctx.sqlite.prepare("update people set visibility = 'private', owner_id = ? where id = ?").run(bea.id, carla.id);
  await expect(
    client.call('links.set', { fromId: maria.id, toId: carla.id, kind: 'trusts', strength: 1 }),
  ).rejects.toMatchObject({
    code: 'not_found',
  });
  expect((await client.call('powermap.get', { accountId: acme.id })).links).toEqual([]);
});

test('routes to the decision maker are worded with the path to highlight; a private contact is never named', async () => {
  const { client, ws, acme, me, bea } = await open();
  const deal = await client.call('cases.create', { title: 'Fleet renewal', accountId: acme.id });
  const cfo = await client.call('people.create', {
    name: 'Carla',
    title: 'CFO',
    accountId: acme.id,
    buyingRole: 'decision_maker',
  });
  const maria = await client.call('people.create', { name: 'Maria', accountId: acme.id, buyingRole: 'user' });
  await client.call('relationships.set', { personId: maria.id, memberId: me, strength: 2 });
  await client.call('links.set', { fromId: maria.id, toId: cfo.id, kind: 'influences', strength: 2 });

  const map = await client.call('powermap.get', { accountId: acme.id });
  expect(map.routes).toHaveLength(1);
  const [route] = map.routes;
  expect(route).toMatchObject({
    targetId: cfo.id,
    role: 'decision_maker',
    cases: [{ id: deal.id, title: 'Fleet renewal' }],
  });
  expect(route!.routes[0]?.path).toEqual([me, maria.id, cfo.id]);
  expect(route!.routes[0]?.sentence).toBe(
    'You know Maria well; Maria influences the CFO: ask Maria for an introduction.',
  );

  // Maria becomes Bea's private contact: the route goes through her, told only as Bea's private contact.
  ws.ctx.sqlite.prepare("update people set visibility = 'private', owner_id = ? where id = ?").run(bea.id, maria.id);
  ws.ctx.sqlite.prepare('update relationships set member_id = ?').run(bea.id);
  const hidden = await client.call('powermap.get', { accountId: acme.id });
  const text = JSON.stringify(hidden);
  expect(text).not.toContain('Maria');
  expect(text).not.toContain(maria.id);
  expect(hidden.routes[0]?.routes[0]?.sentence).toMatch(/Bea .*private contact/);
  expect(hidden.routes[0]?.routes[0]?.path).toEqual([bea.id, cfo.id]);
});

test("a person's role in a case makes them the target and drives the coverage of the steps ahead", async () => {
  const { client, acme, me, vocab } = await open();
  const deal = await client.call('cases.create', { title: 'Fleet renewal', accountId: acme.id });
  // The buyer has evaluated: decision and contract are ahead.
  const done = vocab.buyerSteps.filter((s) => !['Decision', 'Contract'].includes(s.name));
  await client.call('debrief.setBuyerSteps', {
    caseId: deal.id,
    steps: done.map((s) => ({ buyerStepId: s.id, reachedOn: '2026-01-10' })),
  });
  const usual = await client.call('people.create', { name: 'Carla', accountId: acme.id, buyingRole: 'decision_maker' });
  const eva = await client.call('people.create', { name: 'Eva', accountId: acme.id, buyingRole: 'user' });
  await client.call('relationships.set', { personId: eva.id, memberId: me, strength: 1 });
  const before = await client.call('powermap.get', { accountId: acme.id });
  expect(before.routes.map((r) => r.targetName)).toEqual(['Carla']);

  expect(
    await client.call('people.setCaseRole', { caseId: deal.id, personId: eva.id, buyingRole: 'economic_buyer' }),
  ).toEqual({
    caseId: deal.id,
    personId: eva.id,
    buyingRole: 'economic_buyer',
  });
  const after = await client.call('powermap.get', { accountId: acme.id });
  // The case now names its people: Eva decides the money in it; Carla is not on the case.
  expect(after.routes.map((r) => [r.targetName, r.role])).toEqual([['Eva', 'economic_buyer']]);
  const contract = after.coverage.find((c) => c.stepName === 'Contract');
  expect(contract).toMatchObject({ caseId: deal.id, caseTitle: 'Fleet renewal', kind: 'weak', personIds: [eva.id] });
  expect(contract?.suggestion).toMatch(/Only acquaintances cover/);
  expect(after.coverage.find((c) => c.stepName === 'Decision')?.suggestion).toMatch(
    /Only acquaintances cover “Decision” \(Dana with Eva \(economic buyer\)\)/,
  );
  expect(after.coverage.map((c) => c.stepName)).toEqual(['Decision', 'Contract']);
  expect(usual.id).not.toBe(eva.id);

  await client.call('people.setCaseRole', { caseId: deal.id, personId: usual.id, buyingRole: null });
  const both = await client.call('powermap.get', { accountId: acme.id });
  expect(both.routes.map((r) => r.targetName).sort()).toEqual(['Carla', 'Eva']);
});
