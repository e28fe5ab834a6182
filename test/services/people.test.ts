import { expect, test } from 'vitest';
import { createTestWorkspace } from '../helpers/temp-workspace';

const unknownId = '00000000-0000-4000-8000-00000000000f';
const fieldError = (field: string) => ({ code: 'invalid_input', fields: { [field]: expect.any(String) as string } });

async function open() {
  const t = createTestWorkspace();
  const settings = await t.client.call('setup.complete', { myName: 'Maria', teamName: 'North', currency: 'EUR' });
  const me = settings.meId ?? '';
  const jonas = await t.client.call('team.save', { name: 'Jonas' });
  const acme = await t.client.call('accounts.create', { name: 'Acme', industry: 'Manufacturing' });
  const other = await t.client.call('accounts.create', { name: 'Globex' });
  return { ...t, me, jonas, acme, other };
}

test('a stakeholder is added with defaults, owned by me, and listed by name with its relationships', async () => {
  const { client, events, acme, me, jonas } = await open();
  events.length = 0;
  const cfo = await client.call('people.create', {
    name: 'Eva Berg',
    title: 'CFO',
    accountId: acme.id,
    buyingRole: 'decision_maker',
  });
  expect(cfo).toMatchObject({
    name: 'Eva Berg',
    title: 'CFO',
    attitude: 'neutral',
    influence: 'medium',
    visibility: 'team',
    ownerId: me,
    reportsToId: null,
    relationships: [],
  });
  const buyer = await client.call('people.create', { name: 'anton Lind', accountId: acme.id, reportsToId: cfo.id });
  expect(events).toEqual([['people'], ['people']]);

  const related = await client.call('relationships.set', { personId: cfo.id, memberId: jonas.id, strength: 3 });
  expect(related.relationships).toEqual([
    expect.objectContaining({ memberId: jonas.id, memberName: 'Jonas', personId: cfo.id, strength: 3 }),
  ]);
  await client.call('relationships.set', { personId: cfo.id, memberId: me, strength: 1 });

  const listed = await client.call('people.list', { accountId: acme.id });
  expect(listed.map((p) => p.name)).toEqual(['anton Lind', 'Eva Berg']);
  expect(listed[0]?.reportsToId).toBe(cfo.id);
  // Strongest relationship first.
  expect(listed[1]?.relationships.map((r) => [r.memberName, r.strength])).toEqual([
    ['Jonas', 3],
    ['Maria', 1],
  ]);
  expect(buyer.accountId).toBe(acme.id);
});

test('strength 0 removes a relationship as a tombstone, and setting it again revives the same row', async () => {
  const { client, ws, acme, jonas } = await open();
  const p = await client.call('people.create', { name: 'Eva', accountId: acme.id });
  await client.call('relationships.set', { personId: p.id, memberId: jonas.id, strength: 2 });
  const removed = await client.call('relationships.set', { personId: p.id, memberId: jonas.id, strength: 0 });
  expect(removed.relationships).toEqual([]);
  const rows = () => ws.ctx.sqlite.prepare('select id, strength, deleted_at from relationships').all();
  expect(rows()).toEqual([expect.objectContaining({ strength: 2, deleted_at: expect.any(String) as string })]);
  await client.call('relationships.set', { personId: p.id, memberId: jonas.id, strength: 3 });
  expect(rows()).toEqual([expect.objectContaining({ strength: 3, deleted_at: null })]);
});

test('private stakeholders are visible to their owner only', async () => {
  const { client, ws, acme, jonas } = await open();
  const mine = await client.call('people.create', {
    name: 'Secret contact',
    accountId: acme.id,
    visibility: 'private',
  });
  expect((await client.call('people.list', { accountId: acme.id })).map((p) => p.name)).toEqual(['Secret contact']);
  // Hand the contact to Jonas: from my seat it disappears, and direct calls treat it as unknown.
  ws.ctx.sqlite.prepare('update people set owner_id = ? where id = ?').run(jonas.id, mine.id);
  expect(await client.call('people.list', { accountId: acme.id })).toEqual([]);
  await expect(client.call('people.update', { id: mine.id, patch: { title: 'x' } })).rejects.toMatchObject({
    code: 'not_found',
  });
});

test('bad input names the field and writes nothing', async () => {
  const { client, ws, acme, other } = await open();
  const count = () => ws.ctx.sqlite.prepare('select count(*) as n from people').get() as { n: number };
  await expect(client.call('people.create', { name: ' ', accountId: acme.id })).rejects.toMatchObject(
    fieldError('name'),
  );
  await expect(client.call('people.create', { name: 'A', accountId: unknownId })).rejects.toMatchObject(
    fieldError('accountId'),
  );
  await expect(
    // @ts-expect-error: the contract rejects a buying role outside the list.
    client.call('people.create', { name: 'A', accountId: acme.id, buyingRole: 'boss' }),
  ).rejects.toMatchObject(fieldError('buyingRole'));
  const elsewhere = await client.call('people.create', { name: 'Other', accountId: other.id });
  await expect(
    client.call('people.create', { name: 'A', accountId: acme.id, reportsToId: elsewhere.id }),
  ).rejects.toMatchObject(fieldError('reportsToId'));
  expect(count().n).toBe(1);
});

test('the reports-to chain cannot loop, and moving to another customer drops the manager', async () => {
  const { client, acme, other } = await open();
  const ceo = await client.call('people.create', { name: 'CEO', accountId: acme.id });
  const cfo = await client.call('people.create', { name: 'CFO', accountId: acme.id, reportsToId: ceo.id });
  const analyst = await client.call('people.create', { name: 'Analyst', accountId: acme.id, reportsToId: cfo.id });
  await expect(client.call('people.update', { id: ceo.id, patch: { reportsToId: analyst.id } })).rejects.toMatchObject(
    fieldError('reportsToId'),
  );
  await expect(client.call('people.update', { id: ceo.id, patch: { reportsToId: ceo.id } })).rejects.toMatchObject(
    fieldError('reportsToId'),
  );
  const moved = await client.call('people.update', { id: analyst.id, patch: { accountId: other.id } });
  expect(moved).toMatchObject({ accountId: other.id, reportsToId: null });
});

test('delete moves a stakeholder to the trash and restore brings it back with its relationships', async () => {
  const { client, acme, jonas } = await open();
  const p = await client.call('people.create', { name: 'Eva', accountId: acme.id });
  await client.call('relationships.set', { personId: p.id, memberId: jonas.id, strength: 2 });
  await client.call('people.delete', { id: p.id });
  expect(await client.call('people.list', { accountId: acme.id })).toEqual([]);
  await expect(client.call('people.update', { id: p.id, patch: { title: 'x' } })).rejects.toMatchObject({
    code: 'not_found',
  });
  const back = await client.call('people.restore', { id: p.id });
  expect(back.relationships).toHaveLength(1);
  expect(await client.call('people.list', { accountId: acme.id })).toHaveLength(1);
});

test('the power map calls out the gaps a coach would ask about', async () => {
  const { client, acme, jonas } = await open();
  const empty = await client.call('powermap.get', { accountId: acme.id });
  expect(empty.gaps.map((g) => g.kind)).toEqual(['no_decision_maker']);

  const dm = await client.call('people.create', { name: 'Eva', accountId: acme.id, buyingRole: 'decision_maker' });
  const blocker = await client.call('people.create', {
    name: 'Bo',
    accountId: acme.id,
    networkRole: 'blocker',
    attitude: 'opponent',
    influence: 'high',
  });
  const map = await client.call('powermap.get', { accountId: acme.id });
  expect(map.account.name).toBe('Acme');
  expect(map.gaps.map((g) => [g.kind, g.personId])).toEqual([
    ['decision_maker_unowned', dm.id],
    ['blocker_unowned', blocker.id],
    ['strong_opponent', blocker.id],
    ['no_champion', null],
  ]);
  expect(map.gaps[0]?.message).toBe('No one on the team knows Eva, the decision maker.');

  await client.call('relationships.set', { personId: dm.id, memberId: jonas.id, strength: 3 });
  await client.call('relationships.set', { personId: blocker.id, memberId: jonas.id, strength: 1 });
  await client.call('people.update', { id: dm.id, patch: { networkRole: 'champion' } });
  const better = await client.call('powermap.get', { accountId: acme.id });
  expect(better.gaps.map((g) => g.kind)).toEqual(['strong_opponent']);
});

test('interactions are logged on a live case and listed newest first', async () => {
  const { client, acme } = await open();
  const deal = await client.call('cases.create', { title: 'Pumps', accountId: acme.id });
  const eva = await client.call('people.create', { name: 'Eva', accountId: acme.id });
  await client.call('interactions.create', { caseId: deal.id, on: '2026-02-01', channel: 'phone', notes: 'Intro' });
  await client.call('interactions.create', {
    caseId: deal.id,
    personId: eva.id,
    on: '2026-02-10',
    channel: 'face_to_face',
  });
  const listed = await client.call('interactions.list', { caseId: deal.id });
  expect(listed.map((i) => [i.on, i.channel, i.personId, i.notes])).toEqual([
    ['2026-02-10', 'face_to_face', eva.id, ''],
    ['2026-02-01', 'phone', null, 'Intro'],
  ]);
  await expect(
    client.call('interactions.create', { caseId: deal.id, on: '2026-02-30', channel: 'phone' }),
  ).rejects.toMatchObject(fieldError('on'));
  await expect(
    client.call('interactions.create', { caseId: deal.id, personId: unknownId, on: '2026-02-03', channel: 'phone' }),
  ).rejects.toMatchObject(fieldError('personId'));
});
