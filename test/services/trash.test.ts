import { expect, test } from 'vitest';
import { createTestWorkspace } from '../helpers/temp-workspace';

const unknownId = '00000000-0000-4000-8000-00000000000f';

/** A workspace with one live item of each kind and one deleted, each deleted a minute after the last. */
async function open() {
  const clock = { now: new Date('2026-03-10T09:00:00.000Z') };
  const t = createTestWorkspace(clock);
  const { client } = t;
  const tick = () => (clock.now = new Date(clock.now.getTime() + 60_000));
  await client.call('setup.complete', { myName: 'Maria', teamName: 'North', currency: 'EUR' });
  const jonas = await client.call('team.save', { name: 'Jonas' });
  const rival = await client.call('competitors.save', { name: 'Rival AB' });
  const acme = await client.call('accounts.create', { name: 'Acme', industry: 'Manufacturing' });

  const keptCase = await client.call('cases.create', { title: 'Pumps', accountId: acme.id });
  const goneCase = await client.call('cases.create', { title: 'Valves', accountName: 'Globex' });
  const keptPerson = await client.call('people.create', { name: 'Anton Lind', accountId: acme.id });
  const gonePerson = await client.call('people.create', { name: 'Eva Berg', title: 'CFO', accountId: acme.id });
  const keptLesson = await client.call('lessons.create', { caseId: keptCase.id, text: 'Pilot won', kind: 'worked' });
  const goneLesson = await client.call('lessons.create', {
    caseId: keptCase.id,
    text: 'Met the CFO too late',
    kind: 'hurt',
  });
  const keptAction = await client.call('actions.create', { title: 'Price list review', kind: 'preventive' });
  const goneAction = await client.call('actions.create', {
    title: 'Call Acme',
    kind: 'corrective',
    scope: 'competitor',
    scopeValue: rival.id,
  });

  tick();
  await client.call('cases.delete', { id: goneCase.id });
  tick();
  await client.call('people.delete', { id: gonePerson.id });
  tick();
  await client.call('lessons.delete', { id: goneLesson.id });
  tick();
  await client.call('actions.delete', { id: goneAction.id });
  t.events.length = 0;
  return {
    ...t,
    clock,
    tick,
    jonas,
    acme,
    kept: { keptCase, keptPerson, keptLesson, keptAction },
    gone: { goneCase, gonePerson, goneLesson, goneAction },
  };
}

test('deleted cases, stakeholders, lessons and actions are listed together, newest deletion first', async () => {
  const { client, gone } = await open();
  const trash = await client.call('trash.list', {});
  expect(trash.total).toBe(4);
  expect(trash.items).toEqual([
    {
      kind: 'action',
      id: gone.goneAction.id,
      title: 'Call Acme',
      context: 'Against Rival AB',
      deletedAt: '2026-03-10T09:04:00.000Z',
    },
    {
      kind: 'lesson',
      id: gone.goneLesson.id,
      title: 'Met the CFO too late',
      context: 'Pumps',
      deletedAt: '2026-03-10T09:03:00.000Z',
    },
    {
      kind: 'person',
      id: gone.gonePerson.id,
      title: 'Eva Berg',
      context: 'CFO at Acme',
      deletedAt: '2026-03-10T09:02:00.000Z',
    },
    {
      kind: 'case',
      id: gone.goneCase.id,
      title: 'Valves',
      context: 'Globex',
      deletedAt: '2026-03-10T09:01:00.000Z',
    },
  ]);
});

test('the list filters by kind and pages with a total that counts every match', async () => {
  const { client, tick, acme, gone } = await open();
  const people = await client.call('trash.list', { kind: 'person' });
  expect(people).toEqual({ total: 1, items: [expect.objectContaining({ id: gone.gonePerson.id })] });

  // A stakeholder without a job title is known by the customer alone.
  const lena = await client.call('people.create', { name: 'Lena Vogt', accountId: acme.id });
  tick();
  await client.call('people.delete', { id: lena.id });
  const both = await client.call('trash.list', { kind: 'person' });
  expect(both.items.map((i) => [i.title, i.context])).toEqual([
    ['Lena Vogt', 'Acme'],
    ['Eva Berg', 'CFO at Acme'],
  ]);

  const second = await client.call('trash.list', { offset: 1, limit: 2 });
  expect(second.total).toBe(5);
  expect(second.items.map((i) => i.title)).toEqual(['Call Acme', 'Met the CFO too late']);
  expect((await client.call('trash.list', { offset: 5 })).items).toEqual([]);
  expect(await client.call('trash.list', { kind: 'case', offset: 0, limit: 1 })).toMatchObject({
    total: 1,
    items: [{ title: 'Valves' }],
  });
});

test('restored items leave the trash, are live again where they belong, and say so with data.changed', async () => {
  const { client, events, acme, kept, gone } = await open();

  expect(await client.call('trash.restore', { kind: 'person', id: gone.gonePerson.id })).toEqual({
    kind: 'person',
    id: gone.gonePerson.id,
  });
  expect((await client.call('people.list', { accountId: acme.id })).map((p) => p.name)).toEqual([
    'Anton Lind',
    'Eva Berg',
  ]);

  await client.call('trash.restore', { kind: 'lesson', id: gone.goneLesson.id });
  expect((await client.call('lessons.list', { caseId: kept.keptCase.id })).map((l) => l.text).sort()).toEqual([
    'Met the CFO too late',
    'Pilot won',
  ]);

  await client.call('trash.restore', { kind: 'action', id: gone.goneAction.id });
  expect((await client.call('actions.list', {})).map((a) => a.title).sort()).toEqual([
    'Call Acme',
    'Price list review',
  ]);

  expect((await client.call('trash.list', {})).items.map((i) => i.kind)).toEqual(['case']);
  await client.call('trash.restore', { kind: 'case', id: gone.goneCase.id });
  expect((await client.call('cases.list', {})).items.map((c) => c.title).sort()).toEqual(['Pumps', 'Valves']);
  expect(await client.call('trash.list', {})).toEqual({ total: 0, items: [] });

  // trash.restore declares every kind it can bring back (shared/contract/trash.ts).
  expect(events).toEqual(Array(4).fill(['cases', 'people', 'lessons', 'actions']));
});

test('a stakeholder private to a teammate stays out of my trash and cannot be restored by me', async () => {
  const { client, ws, acme, jonas } = await open();
  const mine = await client.call('people.create', { name: 'My secret', accountId: acme.id, visibility: 'private' });
  const theirs = await client.call('people.create', {
    name: 'Their secret',
    accountId: acme.id,
    visibility: 'private',
  });
  await client.call('people.delete', { id: mine.id });
  await client.call('people.delete', { id: theirs.id });
  // Hand one to Jonas: from my seat it is gone, from the trash as from every list.
  ws.ctx.sqlite.prepare('update people set owner_id = ? where id = ?').run(jonas.id, theirs.id);

  const listed = await client.call('trash.list', { kind: 'person' });
  expect(listed.items.map((i) => i.title).sort()).toEqual(['Eva Berg', 'My secret']);
  expect(listed.total).toBe(2);
  expect((await client.call('trash.list', {})).total).toBe(5);
  await expect(client.call('trash.restore', { kind: 'person', id: theirs.id })).rejects.toMatchObject({
    code: 'not_found',
  });
  expect(ws.ctx.sqlite.prepare('select deleted_at from people where id = ?').get(theirs.id)).toEqual({
    deleted_at: expect.any(String) as string,
  });
});

test('an unknown id is not found, and a bad kind or id is refused on its field', async () => {
  const { client, events } = await open();
  for (const kind of ['case', 'person', 'lesson', 'action'] as const) {
    await expect(client.call('trash.restore', { kind, id: unknownId })).rejects.toMatchObject({ code: 'not_found' });
  }
  await expect(client.call('trash.restore', { kind: 'account' as 'case', id: unknownId })).rejects.toMatchObject({
    code: 'invalid_input',
    fields: { kind: expect.any(String) as string },
  });
  await expect(client.call('trash.list', { kind: 'tag' as 'case' })).rejects.toMatchObject({
    code: 'invalid_input',
    fields: { kind: expect.any(String) as string },
  });
  await expect(client.call('trash.restore', { kind: 'case', id: 'nope' })).rejects.toMatchObject({
    code: 'invalid_input',
    fields: { id: expect.any(String) as string },
  });
  await expect(client.call('trash.list', { limit: 0 })).rejects.toMatchObject({
    code: 'invalid_input',
    fields: { limit: expect.any(String) as string },
  });
  expect(events).toEqual([]);
});
