import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { createMemoryTransport } from '../../electron/transports/memory';
import { openWorkspace } from '../../electron/workspace';
import { createApiClient } from '../../shared/client';
import { seedIds } from '../../shared/domain/seed-ids';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function open() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-reference-'));
  const clock = { now: new Date('2026-03-10T09:00:00.000Z') };
  const workspace = openWorkspace(path.join(dir, 'winloop.db'), {
    migrationsFolder: MIGRATIONS_DIR,
    mode: 'memory',
    now: () => clock.now,
  });
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => workspace.close());
  const client = createApiClient(createMemoryTransport(workspace));
  const events: string[][] = [];
  client.on('data.changed', (payload) => events.push(payload.entities));
  const raw = (query: string, ...params: unknown[]) => workspace.ctx.sqlite.prepare(query).all(...params);
  return { client, events, raw, clock };
}

const fieldError = (field: string) => ({ code: 'invalid_input', fields: { [field]: expect.any(String) as string } });

test('a new file offers the seeded vocabularies, in their order', async () => {
  const { client } = open();
  const vocab = await client.call('vocab.get', {});
  expect(vocab.team).toEqual([]);
  expect(vocab.competitors).toEqual([]);
  expect(vocab.stages.map((s) => [s.name, s.winProbability])).toEqual([
    ['Lead', 10],
    ['Qualified', 25],
    ['Proposal', 50],
    ['Negotiation', 75],
  ]);
  expect(vocab.buyerSteps.map((s) => s.name)).toEqual([
    'Need recognised',
    'Requirements set',
    'Vendors shortlisted',
    'Evaluated',
    'Decision',
    'Contract',
  ]);
  expect(vocab.criteria.map((c) => c.name)).toEqual(Object.keys(seedIds.criteria));
  expect(vocab.reasonCategories.map((c) => [c.name, c.reasons.length])).toEqual([
    ['Buying criteria', 6],
    ['Process', 7],
    ['Relationship', 3],
  ]);
  const price = vocab.reasonCategories[0]?.reasons[0];
  expect(price).toMatchObject({ name: 'Price', kind: 'either', criterionId: seedIds.criteria.Price });
});

test('vocab.save adds at the end of a list, renames in place and refuses a name already there', async () => {
  const { client, events } = open();
  const { id } = await client.call('vocab.save', { list: 'criteria', name: 'Delivery' });
  let criteria = (await client.call('vocab.get', {})).criteria;
  expect(criteria.at(-1)).toEqual({ id, name: 'Delivery', position: 6 });

  await client.call('vocab.save', { list: 'criteria', id, name: 'Delivery time', position: 0 });
  criteria = (await client.call('vocab.get', {})).criteria;
  expect(criteria.slice(0, 2).map((c) => c.name)).toEqual(['Delivery time', 'Price']);

  await expect(client.call('vocab.save', { list: 'criteria', name: 'price' })).rejects.toMatchObject(
    fieldError('name'),
  );
  await expect(client.call('vocab.save', { list: 'criteria', id, name: 'PRICE' })).rejects.toMatchObject(
    fieldError('name'),
  );
  expect(events).toEqual([['vocabulary'], ['vocabulary']]);
});

test('only stages take a win probability', async () => {
  const { client } = open();
  const { id } = await client.call('vocab.save', { list: 'stages', name: 'Verbal yes', winProbability: 90 });
  const stage = (await client.call('vocab.get', {})).stages.find((s) => s.id === id);
  expect(stage).toEqual({ id, name: 'Verbal yes', position: 4, winProbability: 90 });

  await expect(
    client.call('vocab.save', { list: 'buyerSteps', name: 'Pilot', winProbability: 40 }),
  ).rejects.toMatchObject(fieldError('winProbability'));
  expect((await client.call('vocab.get', {})).buyerSteps.map((s) => s.name)).not.toContain('Pilot');
});

test('an unknown item is not found', async () => {
  const { client } = open();
  const id = '00000000-0000-4000-8000-000000000000';
  await expect(client.call('vocab.save', { list: 'stages', id, name: 'Ghost' })).rejects.toMatchObject({
    code: 'not_found',
  });
  await expect(client.call('vocab.remove', { list: 'stages', id })).rejects.toMatchObject({ code: 'not_found' });
  // An id from another list is not an item of this one.
  await expect(client.call('vocab.remove', { list: 'stages', id: seedIds.criteria.Price })).rejects.toMatchObject({
    code: 'not_found',
  });
});

test('removing tombstones the item, and a removed category takes its reasons with it', async () => {
  const { client, raw, clock } = open();
  const vocab = await client.call('vocab.get', {});
  const lead = vocab.stages[0]!;
  clock.now = new Date('2026-03-11T10:00:00.000Z');
  await client.call('vocab.remove', { list: 'stages', id: lead.id });
  await client.call('vocab.remove', { list: 'stages', id: lead.id });
  expect(raw('select deleted_at, updated_at from stages where id = ?', lead.id)).toEqual([
    { deleted_at: '2026-03-11T10:00:00.000Z', updated_at: '2026-03-11T10:00:00.000Z' },
  ]);

  const relationship = vocab.reasonCategories[2]!;
  await client.call('vocab.remove', { list: 'reasonCategories', id: relationship.id });
  const after = await client.call('vocab.get', {});
  expect(after.stages.map((s) => s.name)).toEqual(['Qualified', 'Proposal', 'Negotiation']);
  expect(after.reasonCategories.map((c) => c.name)).toEqual(['Buying criteria', 'Process']);
  expect(
    raw('select count(*) as n from reasons where category_id = ? and deleted_at is not null', relationship.id),
  ).toEqual([{ n: 3 }]);

  // Saving a removed item by id brings it back.
  await client.call('vocab.save', { list: 'stages', id: lead.id, name: 'Lead' });
  expect((await client.call('vocab.get', {})).stages[0]?.id).toBe(lead.id);
});

test('reasons.save adds, changes and checks what a reason points at', async () => {
  const { client, events } = open();
  const process = (await client.call('vocab.get', {})).reasonCategories[1]!;
  const added = await client.call('reasons.save', { categoryId: process.id, name: 'Slow reply', kind: 'loss' });
  expect(added).toMatchObject({ categoryId: process.id, name: 'Slow reply', kind: 'loss', criterionId: null });
  const changed = await client.call('reasons.save', {
    id: added.id,
    categoryId: process.id,
    name: 'Slow replies',
    kind: 'either',
    criterionId: seedIds.criteria.Quality,
  });
  expect(changed).toEqual({ ...added, name: 'Slow replies', kind: 'either', criterionId: seedIds.criteria.Quality });
  const reasons = (await client.call('vocab.get', {})).reasonCategories[1]!.reasons;
  expect(reasons.at(-1)).toEqual(changed);
  expect(events).toEqual([['vocabulary'], ['vocabulary']]);

  const unknown = '00000000-0000-4000-8000-000000000001';
  await expect(client.call('reasons.save', { categoryId: unknown, name: 'X', kind: 'win' })).rejects.toMatchObject(
    fieldError('categoryId'),
  );
  await expect(
    client.call('reasons.save', { categoryId: process.id, name: 'X', kind: 'win', criterionId: unknown }),
  ).rejects.toMatchObject(fieldError('criterionId'));
  await expect(
    client.call('reasons.save', { categoryId: process.id, name: 'timing', kind: 'win' }),
  ).rejects.toMatchObject(fieldError('name'));
  await expect(
    client.call('reasons.save', { id: unknown, categoryId: process.id, name: 'Y', kind: 'win' }),
  ).rejects.toMatchObject({ code: 'not_found' });
});

test('adding back a removed reason revives the same row instead of breaking the unique name', async () => {
  const { client, raw } = open();
  const relationship = (await client.call('vocab.get', {})).reasonCategories[2]!;
  const references = relationship.reasons.find((r) => r.name === 'References')!;
  await client.call('vocab.remove', { list: 'reasonCategories', id: relationship.id });
  await client.call('vocab.save', { list: 'reasonCategories', id: relationship.id, name: 'Relationship' });
  expect((await client.call('vocab.get', {})).reasonCategories[2]?.reasons).toEqual([]);

  const again = await client.call('reasons.save', { categoryId: relationship.id, name: 'References', kind: 'win' });
  expect(again).toEqual({ ...references, kind: 'win' });
  expect(raw('select count(*) as n from reasons where name = ?', 'References')).toEqual([{ n: 1 }]);
});

test('team members are added and renamed; an unknown one is not found', async () => {
  const { client, events } = open();
  const bo = await client.call('team.save', { name: 'Bo' });
  expect(bo).toMatchObject({ name: 'Bo', isMe: false });
  expect(await client.call('team.save', { id: bo.id, name: 'Bo Ek' })).toEqual({ ...bo, name: 'Bo Ek' });
  expect((await client.call('vocab.get', {})).team).toEqual([{ ...bo, name: 'Bo Ek' }]);
  await expect(
    client.call('team.save', { id: '00000000-0000-4000-8000-000000000002', name: 'Nobody' }),
  ).rejects.toMatchObject({ code: 'not_found' });
  expect(events).toHaveLength(2);
  expect(events[0]).toContain('team');
});

test('competitors are saved whole and their names stay unique', async () => {
  const { client } = open();
  const rival = await client.call('competitors.save', { name: 'Rival AB', notes: 'Cheap' });
  expect(rival).toMatchObject({ name: 'Rival AB', notes: 'Cheap' });
  const renamed = await client.call('competitors.save', { id: rival.id, name: 'Rival Group' });
  expect(renamed).toEqual({ id: rival.id, name: 'Rival Group', notes: '' });
  await client.call('competitors.save', { name: 'Other Oy' });
  await expect(client.call('competitors.save', { name: 'rival group' })).rejects.toMatchObject(fieldError('name'));
  await expect(client.call('competitors.save', { id: rival.id, name: 'OTHER OY' })).rejects.toMatchObject(
    fieldError('name'),
  );
  expect((await client.call('vocab.get', {})).competitors.map((c) => c.name)).toEqual(['Other Oy', 'Rival Group']);
});

test('accounts are created, found by name and counted by their live cases', async () => {
  const { client } = open();
  const acme = await client.call('accounts.create', { name: 'Acme', industry: 'Steel' });
  expect(acme).toMatchObject({ name: 'Acme', industry: 'Steel', sizeBand: null, region: null, openCases: 0 });
  const beta = await client.call('accounts.create', { name: 'beta 100%' });
  await expect(client.call('accounts.create', { name: ' ACME ' })).rejects.toMatchObject(fieldError('name'));

  const open1 = await client.call('cases.create', { title: 'Pumps', accountId: acme.id, openedOn: '2026-01-01' });
  const open2 = await client.call('cases.create', { title: 'Valves', accountId: acme.id, openedOn: '2026-01-01' });
  await client.call('cases.create', { title: 'Trashed', accountId: acme.id, openedOn: '2026-01-01' });
  await client.call('debrief.close', { caseId: open2.id, outcome: 'won', closedOn: '2026-02-01' });
  const trashed = (await client.call('cases.list', { query: 'Trashed' })).items[0]!;
  await client.call('cases.delete', { id: trashed.id });

  expect(await client.call('accounts.get', { id: acme.id })).toMatchObject({ openCases: 1, closedCases: 1 });
  expect(open1.accountName).toBe('Acme');
  expect((await client.call('accounts.list', {})).map((a) => a.name)).toEqual(['Acme', 'beta 100%']);
  // `%` typed in a search is a percent sign, not a wildcard.
  expect(await client.call('accounts.list', { query: '0%' })).toEqual([beta]);
  expect(await client.call('accounts.list', { query: 'a%c' })).toEqual([]);
  await expect(client.call('accounts.get', { id: '00000000-0000-4000-8000-000000000003' })).rejects.toMatchObject({
    code: 'not_found',
  });
});

test('an account update leaves the fields it does not name alone', async () => {
  const { client, events } = open();
  const acme = await client.call('accounts.create', { name: 'Acme', industry: 'Steel', sizeBand: '10-49' });
  const updated = await client.call('accounts.update', { id: acme.id, patch: { region: 'North' } });
  expect(updated).toEqual({ ...acme, region: 'North' });
  const cleared = await client.call('accounts.update', { id: acme.id, patch: { industry: null, name: 'Acme Ltd' } });
  expect(cleared).toEqual({ ...acme, name: 'Acme Ltd', industry: null, region: 'North' });
  await client.call('accounts.create', { name: 'Beta' });
  await expect(client.call('accounts.update', { id: acme.id, patch: { name: 'beta' } })).rejects.toMatchObject(
    fieldError('name'),
  );
  expect(events.at(1)).toEqual(['accounts', 'cases']);
});
