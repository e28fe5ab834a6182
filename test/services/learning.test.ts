import { expect, test } from 'vitest';
import { seedIds } from '../../shared/domain/seed-ids';
import { createTestWorkspace } from '../helpers/temp-workspace';

const { Price } = seedIds.criteria;
const unknownId = '00000000-0000-4000-8000-00000000000f';
const fieldError = (field: string) => ({ code: 'invalid_input', fields: { [field]: expect.any(String) as string } });

async function open() {
  const clock = { now: new Date('2026-03-10T09:00:00.000Z') };
  const t = createTestWorkspace(clock);
  const settings = await t.client.call('setup.complete', { myName: 'Maria', currency: 'EUR' });
  const rival = await t.client.call('competitors.save', { name: 'Rival AB' });
  const other = await t.client.call('competitors.save', { name: 'Other Oy' });
  const acme = await t.client.call('accounts.create', { name: 'Acme', industry: 'Manufacturing' });
  const globex = await t.client.call('accounts.create', { name: 'Globex', industry: 'Manufacturing' });
  const initech = await t.client.call('accounts.create', { name: 'Initech', industry: 'Retail' });
  /** A case closed with `outcome` against `competitorIds`, carrying one lesson. */
  const closedCase = async (title: string, accountId: string, competitorIds: string[], closedOn: string) => {
    const c = await t.client.call('cases.create', { title, accountId, openedOn: '2025-01-01' });
    await t.client.call('debrief.close', { caseId: c.id, outcome: 'lost', closedOn });
    await t.client.call('debrief.setCompetitors', {
      caseId: c.id,
      competitors: competitorIds.map((competitorId) => ({ competitorId })),
    });
    const lesson = await t.client.call('lessons.create', { caseId: c.id, text: `From ${title}`, kind: 'hurt' });
    return { c, lesson };
  };
  return { ...t, clock, me: settings.meId ?? '', rival, other, acme, globex, initech, closedCase };
}

test('lessons are written, tagged, edited, removed and brought back', async () => {
  const { client, events, acme } = await open();
  const deal = await client.call('cases.create', { title: 'Pumps', accountId: acme.id });
  events.length = 0;
  const lesson = await client.call('lessons.create', {
    caseId: deal.id,
    text: '  Met the CFO too late  ',
    kind: 'hurt',
    tagKind: 'criterion',
    tagId: Price,
  });
  expect(lesson).toMatchObject({ text: 'Met the CFO too late', kind: 'hurt', tagName: 'Price' });
  const edited = await client.call('lessons.update', { id: lesson.id, patch: { kind: 'worked' } });
  expect(edited).toMatchObject({ text: 'Met the CFO too late', kind: 'worked', tagName: 'Price' });
  await client.call('lessons.delete', { id: lesson.id });
  expect(await client.call('lessons.list', { caseId: deal.id })).toEqual([]);
  await expect(client.call('lessons.update', { id: lesson.id, patch: { text: 'x' } })).rejects.toMatchObject({
    code: 'conflict',
  });
  await client.call('lessons.restore', { id: lesson.id });
  expect((await client.call('lessons.list', { caseId: deal.id })).map((l) => l.id)).toEqual([lesson.id]);
  expect(events[0]).toEqual(['lessons']);
});

test('a lesson needs text, a live case, and a tag that is whole and exists', async () => {
  const { client, ws, acme } = await open();
  const deal = await client.call('cases.create', { title: 'Pumps', accountId: acme.id });
  await expect(client.call('lessons.create', { caseId: deal.id, text: '  ', kind: 'hurt' })).rejects.toMatchObject(
    fieldError('text'),
  );
  await expect(
    client.call('lessons.create', { caseId: deal.id, text: 'x', kind: 'hurt', tagKind: 'criterion' }),
  ).rejects.toMatchObject(fieldError('tagId'));
  await expect(
    client.call('lessons.create', { caseId: deal.id, text: 'x', kind: 'hurt', tagKind: 'reason', tagId: Price }),
  ).rejects.toMatchObject(fieldError('tagId'));
  await client.call('cases.delete', { id: deal.id });
  await expect(client.call('lessons.create', { caseId: deal.id, text: 'x', kind: 'hurt' })).rejects.toMatchObject({
    code: 'conflict',
  });
  expect(ws.ctx.sqlite.prepare('select count(*) as n from lessons').get()).toEqual({ n: 0 });
});

test('an open case sees lessons from the same competitors first, then the same customer, then the segment', async () => {
  const { client, acme, globex, initech, rival, other, closedCase } = await open();
  await closedCase('Old Acme deal', acme.id, [], '2025-06-01');
  await closedCase('Globex vs Rival', globex.id, [rival.id], '2025-05-01');
  await closedCase('Initech vs Rival and Other', initech.id, [rival.id, other.id], '2025-09-01');
  await closedCase('Globex, no rival', globex.id, [], '2025-10-01');
  await closedCase('Initech alone', initech.id, [], '2025-11-01');

  const fresh = await client.call('cases.create', { title: 'New Acme deal', accountId: acme.id });
  await client.call('debrief.setCompetitors', {
    caseId: fresh.id,
    competitors: [{ competitorId: rival.id }, { competitorId: other.id }],
  });
  const related = await client.call('lessons.related', { caseId: fresh.id });
  expect(related.map((l) => [l.caseTitle, l.because])).toEqual([
    ['Initech vs Rival and Other', 'Also against Other Oy, Rival AB'],
    ['Globex vs Rival', 'Also against Rival AB'],
    ['Old Acme deal', 'Same customer'],
    ['Globex, no rival', 'Same segment: Manufacturing'],
  ]);
  expect(related[0]).toMatchObject({ outcome: 'lost', closedOn: '2025-09-01', kind: 'hurt' });
  expect(await client.call('lessons.related', { caseId: fresh.id, limit: 1 })).toHaveLength(1);
});

test('actions carry their owner, scope label, lessons and overdue flag; done records the day', async () => {
  const { client, clock, events, me, rival, acme, closedCase } = await open();
  const { lesson } = await closedCase('Lost on price', acme.id, [rival.id], '2026-01-10');
  events.length = 0;
  const action = await client.call('actions.create', {
    title: 'Meet the CFO before the proposal',
    kind: 'corrective',
    ownerId: me,
    dueOn: '2026-03-01',
    scope: 'competitor',
    scopeValue: rival.id,
    lessonIds: [lesson.id],
  });
  expect(action).toMatchObject({
    status: 'open',
    ownerName: 'Maria',
    scopeLabel: 'Against Rival AB',
    overdue: true,
    doneOn: null,
    lessons: [expect.objectContaining({ id: lesson.id, text: 'From Lost on price' })],
  });
  expect(events).toEqual([['actions']]);

  const done = await client.call('actions.update', { id: action.id, patch: { status: 'done' } });
  expect(done).toMatchObject({ status: 'done', doneOn: '2026-03-10', overdue: false, dueOn: '2026-03-01' });
  clock.now = new Date('2026-04-01T09:00:00.000Z');
  const backdated = await client.call('actions.update', { id: action.id, patch: { doneOn: '2026-02-20' } });
  expect(backdated.doneOn).toBe('2026-02-20');
  const reopened = await client.call('actions.update', { id: action.id, patch: { status: 'open' } });
  expect(reopened).toMatchObject({ status: 'open', doneOn: null, scopeLabel: 'Against Rival AB' });

  const unlinked = await client.call('actions.update', { id: action.id, patch: { lessonIds: [] } });
  expect(unlinked.lessons).toEqual([]);
  const relinked = await client.call('actions.update', { id: action.id, patch: { lessonIds: [lesson.id] } });
  expect(relinked.lessons).toHaveLength(1);

  // A lesson taken back leaves the action but comes back with it.
  await client.call('lessons.delete', { id: lesson.id });
  expect((await client.call('actions.list', {}))[0]?.lessons).toEqual([]);
  await client.call('lessons.restore', { id: lesson.id });
  expect((await client.call('actions.list', {}))[0]?.lessons).toHaveLength(1);
});

test('the board lists open actions first, soonest due first, and filters by status', async () => {
  const { client } = await open();
  const later = await client.call('actions.create', { title: 'Later', kind: 'preventive', dueOn: '2026-06-01' });
  const undated = await client.call('actions.create', { title: 'Someday', kind: 'preventive' });
  const soon = await client.call('actions.create', { title: 'Soon', kind: 'corrective', dueOn: '2026-04-01' });
  const finished = await client.call('actions.create', { title: 'Finished', kind: 'corrective' });
  await client.call('actions.update', { id: finished.id, patch: { status: 'done', doneOn: '2026-02-01' } });
  expect((await client.call('actions.list', {})).map((a) => a.id)).toEqual([
    soon.id,
    later.id,
    undated.id,
    finished.id,
  ]);
  expect((await client.call('actions.list', { status: 'done' })).map((a) => a.title)).toEqual(['Finished']);
  expect((await client.call('actions.list', {})).map((a) => a.scopeLabel)).toEqual(Array(4).fill('All cases'));
});

test('an action needs a real owner, a named scope and live lessons; delete is undoable', async () => {
  const { client, ws } = await open();
  const base = { title: 'Do it', kind: 'corrective' } as const;
  await expect(client.call('actions.create', { ...base, title: '' })).rejects.toMatchObject(fieldError('title'));
  await expect(client.call('actions.create', { ...base, ownerId: unknownId })).rejects.toMatchObject(
    fieldError('ownerId'),
  );
  await expect(client.call('actions.create', { ...base, scope: 'competitor' })).rejects.toMatchObject(
    fieldError('scopeValue'),
  );
  await expect(
    client.call('actions.create', { ...base, scope: 'criterion', scopeValue: unknownId }),
  ).rejects.toMatchObject(fieldError('scopeValue'));
  await expect(client.call('actions.create', { ...base, lessonIds: [unknownId] })).rejects.toMatchObject(
    fieldError('lessonIds'),
  );
  expect(ws.ctx.sqlite.prepare('select count(*) as n from actions').get()).toEqual({ n: 0 });

  const segment = await client.call('actions.create', { ...base, scope: 'segment', scopeValue: 'Retail' });
  expect(segment.scopeLabel).toBe('Segment: Retail');
  const all = await client.call('actions.create', { ...base, scope: 'all', scopeValue: 'ignored' });
  expect(all.scopeValue).toBeNull();
  await client.call('actions.delete', { id: segment.id });
  expect((await client.call('actions.list', {})).map((a) => a.id)).toEqual([all.id]);
  await expect(client.call('actions.update', { id: segment.id, patch: { title: 'x' } })).rejects.toMatchObject({
    code: 'conflict',
  });
  await client.call('actions.restore', { id: segment.id });
  expect(await client.call('actions.list', {})).toHaveLength(2);
});
