import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { people, lessons } from '../../electron/db/schema';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { createMemoryTransport } from '../../electron/transports/memory';
import { openWorkspace } from '../../electron/workspace';
import { createApiClient } from '../../shared/client';
import { seedIds } from '../../shared/domain/seed-ids';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

const { Price, Quality, Brand } = seedIds.criteria;
const reasonIds = {
  price: '98e62bed-f3ee-5300-8117-f0ca2c4df089',
  timing: 'a78594d9-5dd0-5c81-8db9-82ffdfe11e58',
  lateEntry: '59cf93ce-8f45-5240-90ea-1b7812fb0794',
};
const buyerStepIds = {
  need: 'eb49e884-1ea7-5306-9a52-575b13c7e35d',
  shortlisted: 'cb0b5849-b6c2-52be-9e75-171fa09824e1',
};
const unknownId = '00000000-0000-4000-8000-00000000000f';

async function open() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-debrief-'));
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

  const rival = await client.call('competitors.save', { name: 'Rival AB' });
  const other = await client.call('competitors.save', { name: 'Other Oy' });
  const deal = await client.call('cases.create', {
    title: 'Pumps for plant 2',
    accountName: 'Acme',
    valueMinor: 1_200_000,
    openedOn: '2026-01-15',
  });
  /** A contact at an account, written straight to the table (the people service is not under test here). */
  const person = (name: string, accountId = deal.accountId) => {
    const id = randomUUID();
    const at = clock.now.toISOString();
    workspace.ctx.db.insert(people).values({ id, createdAt: at, updatedAt: at, name, accountId }).run();
    return id;
  };
  events.length = 0;
  return { client, events, raw, clock, workspace, rival, other, deal, person };
}

const fieldError = (field: string) => ({ code: 'invalid_input', fields: { [field]: expect.any(String) as string } });

test('closing records the outcome and date, makes the debrief pending and counts the winner as met', async () => {
  const { client, events, deal, rival } = await open();
  const closed = await client.call('debrief.close', {
    caseId: deal.id,
    outcome: 'lost',
    closedOn: '2026-03-01',
    winnerCompetitorId: rival.id,
  });
  expect(closed).toMatchObject({
    outcome: 'lost',
    closedOn: '2026-03-01',
    winnerCompetitorId: rival.id,
    debrief: 'pending',
    updatedAt: '2026-03-10T09:00:00.000Z',
  });
  expect(events).toEqual([['cases', 'debrief']]);
  const debrief = await client.call('debrief.get', { caseId: deal.id });
  expect(debrief.competitors).toEqual([{ competitorId: rival.id, incumbent: false, priceMinor: null }]);

  // Closing again (a correction) keeps a debrief already under way and drops a winner that no longer applies.
  await client.call('debrief.finish', { caseId: deal.id });
  const corrected = await client.call('debrief.close', { caseId: deal.id, outcome: 'won', closedOn: '2026-03-02' });
  expect(corrected).toMatchObject({ outcome: 'won', winnerCompetitorId: null, debrief: 'done' });
});

test('closing refuses a winner on a non-lost case, an unknown winner, an open outcome and a date before opening', async () => {
  const { client, deal, rival } = await open();
  await expect(
    client.call('debrief.close', {
      caseId: deal.id,
      outcome: 'won',
      closedOn: '2026-03-01',
      winnerCompetitorId: rival.id,
    }),
  ).rejects.toMatchObject(fieldError('winnerCompetitorId'));
  await expect(
    client.call('debrief.close', {
      caseId: deal.id,
      outcome: 'lost',
      closedOn: '2026-03-01',
      winnerCompetitorId: unknownId,
    }),
  ).rejects.toMatchObject(fieldError('winnerCompetitorId'));
  await expect(
    // @ts-expect-error: the contract does not even let a caller try to "close" a case as open.
    client.call('debrief.close', { caseId: deal.id, outcome: 'open', closedOn: '2026-03-01' }),
  ).rejects.toMatchObject(fieldError('outcome'));
  await expect(
    client.call('debrief.close', { caseId: deal.id, outcome: 'lost', closedOn: '2026-01-14' }),
  ).rejects.toMatchObject(fieldError('closedOn'));
  await expect(
    client.call('debrief.close', { caseId: unknownId, outcome: 'lost', closedOn: '2026-03-01' }),
  ).rejects.toMatchObject({ code: 'not_found' });

  const debrief = await client.call('debrief.get', { caseId: deal.id });
  expect(debrief.case).toMatchObject({ outcome: 'open', closedOn: null, debrief: 'none' });
  expect(debrief.competitors).toEqual([]);
});

test('reopening keeps what was recorded; a debrief not yet done stops being pending', async () => {
  const { client, deal } = await open();
  await client.call('debrief.close', { caseId: deal.id, outcome: 'no_decision', closedOn: '2026-03-01' });
  await client.call('debrief.setReasons', {
    caseId: deal.id,
    reasons: [{ reasonId: reasonIds.timing, isPrimary: true, evidence: 'buyer_said', confidence: 'high' }],
  });
  const reopened = await client.call('debrief.reopen', { caseId: deal.id });
  expect(reopened).toMatchObject({ outcome: 'open', closedOn: null, winnerCompetitorId: null, debrief: 'none' });
  expect((await client.call('debrief.get', { caseId: deal.id })).reasons).toHaveLength(1);

  const closedAgain = await client.call('debrief.close', { caseId: deal.id, outcome: 'won', closedOn: '2026-04-01' });
  expect(closedAgain.debrief).toBe('pending');
  await client.call('debrief.finish', { caseId: deal.id });
  expect((await client.call('debrief.reopen', { caseId: deal.id })).debrief).toBe('done');
});

test('reasons are replaced as a set: dropped ones are tombstoned, re-added ones revived, unchanged ones untouched', async () => {
  const { client, raw, clock, deal, events } = await open();
  const price = { reasonId: reasonIds.price, isPrimary: true, evidence: 'buyer_said', confidence: 'high' } as const;
  const timing = { reasonId: reasonIds.timing, isPrimary: false, evidence: 'our_view', confidence: 'low' } as const;
  const saved = await client.call('debrief.setReasons', { caseId: deal.id, reasons: [timing, price] });
  expect(saved).toEqual([price, timing]);
  expect(events).toEqual([['cases', 'debrief']]);

  clock.now = new Date('2026-03-11T09:00:00.000Z');
  expect(await client.call('debrief.setReasons', { caseId: deal.id, reasons: [price] })).toEqual([price]);
  expect(raw('select reason_id, deleted_at, updated_at from case_reasons order by reason_id')).toEqual([
    { reason_id: reasonIds.price, deleted_at: null, updated_at: '2026-03-10T09:00:00.000Z' },
    { reason_id: reasonIds.timing, deleted_at: '2026-03-11T09:00:00.000Z', updated_at: '2026-03-11T09:00:00.000Z' },
  ]);

  clock.now = new Date('2026-03-12T09:00:00.000Z');
  const swapped = [
    { ...price, isPrimary: false },
    { ...timing, isPrimary: true },
  ];
  await client.call('debrief.setReasons', { caseId: deal.id, reasons: swapped });
  expect(raw('select reason_id, is_primary, deleted_at, updated_at from case_reasons order by reason_id')).toEqual([
    { reason_id: reasonIds.price, is_primary: 0, deleted_at: null, updated_at: '2026-03-12T09:00:00.000Z' },
    { reason_id: reasonIds.timing, is_primary: 1, deleted_at: null, updated_at: '2026-03-12T09:00:00.000Z' },
  ]);

  await client.call('debrief.setReasons', { caseId: deal.id, reasons: [] });
  expect((await client.call('debrief.get', { caseId: deal.id })).reasons).toEqual([]);
  expect(raw('select count(*) as n from case_reasons')).toEqual([{ n: 2 }]);
});

test('a bad reason anywhere refuses the whole set with its path and writes nothing', async () => {
  const { client, deal } = await open();
  const price = { reasonId: reasonIds.price, isPrimary: true, evidence: 'buyer_said', confidence: 'high' } as const;
  await client.call('debrief.setReasons', { caseId: deal.id, reasons: [price] });
  const late = { reasonId: reasonIds.lateEntry, isPrimary: false, evidence: 'our_view', confidence: 'medium' } as const;

  await expect(
    client.call('debrief.setReasons', {
      caseId: deal.id,
      reasons: [
        { ...late, isPrimary: true },
        { ...late, reasonId: unknownId },
      ],
    }),
  ).rejects.toMatchObject(fieldError('reasons.1.reasonId'));
  await expect(
    client.call('debrief.setReasons', { caseId: deal.id, reasons: [{ ...late, isPrimary: true }, late] }),
  ).rejects.toMatchObject(fieldError('reasons.1.reasonId'));
  await expect(client.call('debrief.setReasons', { caseId: deal.id, reasons: [late] })).rejects.toMatchObject(
    fieldError('reasons'),
  );
  await expect(
    client.call('debrief.setReasons', { caseId: deal.id, reasons: [price, { ...late, isPrimary: true }] }),
  ).rejects.toMatchObject(fieldError('reasons'));

  expect((await client.call('debrief.get', { caseId: deal.id })).reasons).toEqual([price]);
});

test('competitors met and the criteria grid are stored with their values', async () => {
  const { client, deal, rival, other } = await open();
  const met = await client.call('debrief.setCompetitors', {
    caseId: deal.id,
    competitors: [{ competitorId: rival.id, incumbent: true, priceMinor: 1_100_000 }, { competitorId: other.id }],
  });
  expect(met).toEqual([
    { competitorId: other.id, incumbent: false, priceMinor: null },
    { competitorId: rival.id, incumbent: true, priceMinor: 1_100_000 },
  ]);
  await expect(
    client.call('debrief.setCompetitors', { caseId: deal.id, competitors: [{ competitorId: unknownId }] }),
  ).rejects.toMatchObject(fieldError('competitors.0.competitorId'));

  // The case list's competitor filter finds the case that met it, and only that one.
  await client.call('cases.create', { title: 'Met nobody', accountName: 'Acme' });
  const byRival = await client.call('cases.list', { competitorId: rival.id });
  expect(byRival.items.map((c) => c.id)).toEqual([deal.id]);

  const grid = await client.call('debrief.setCriteria', {
    caseId: deal.id,
    criteria: [
      { criterionId: Quality, importance: 4, ourRating: 5, rivalRating: 3 },
      { criterionId: Price, importance: 5, ourRating: 2 },
    ],
  });
  expect(grid).toEqual([
    { criterionId: Price, importance: 5, ourRating: 2, rivalRating: null },
    { criterionId: Quality, importance: 4, ourRating: 5, rivalRating: 3 },
  ]);
  await expect(
    client.call('debrief.setCriteria', {
      caseId: deal.id,
      criteria: [{ criterionId: Brand, importance: 6, ourRating: 1 }],
    }),
  ).rejects.toMatchObject(fieldError('criteria.0.importance'));
  await expect(
    client.call('debrief.setCriteria', {
      caseId: deal.id,
      criteria: [{ criterionId: unknownId, importance: 3, ourRating: 1 }],
    }),
  ).rejects.toMatchObject(fieldError('criteria.0.criterionId'));
  expect((await client.call('debrief.get', { caseId: deal.id })).criteria).toEqual(grid);
});

test('a removed criterion stays valid on the case that recorded it, but cannot be picked anew', async () => {
  const { client, deal } = await open();
  const grid = [{ criterionId: Brand, importance: 2, ourRating: 3, rivalRating: 4 }];
  await client.call('debrief.setCriteria', { caseId: deal.id, criteria: grid });
  await client.call('vocab.remove', { list: 'criteria', id: Brand });
  expect(await client.call('debrief.setCriteria', { caseId: deal.id, criteria: grid })).toEqual(grid);

  const fresh = await client.call('cases.create', { title: 'Second deal', accountId: deal.accountId });
  await expect(client.call('debrief.setCriteria', { caseId: fresh.id, criteria: grid })).rejects.toMatchObject(
    fieldError('criteria.0.criterionId'),
  );
});

test('stakeholders must work at the case customer', async () => {
  const { client, deal, person } = await open();
  const ada = person('Ada');
  const bert = person('Bert');
  const elsewhere = await client.call('accounts.create', { name: 'Beta' });
  const stranger = person('Cleo', elsewhere.id);

  const saved = await client.call('debrief.setPeople', {
    caseId: deal.id,
    people: [
      { personId: bert, reached: false },
      { personId: ada, reached: true },
    ],
  });
  expect(saved).toEqual([
    { personId: ada, reached: true },
    { personId: bert, reached: false },
  ]);
  await expect(
    client.call('debrief.setPeople', {
      caseId: deal.id,
      people: [
        { personId: ada, reached: true },
        { personId: stranger, reached: true },
      ],
    }),
  ).rejects.toMatchObject(fieldError('people.1.personId'));
  await expect(
    client.call('debrief.setPeople', { caseId: deal.id, people: [{ personId: unknownId, reached: true }] }),
  ).rejects.toMatchObject(fieldError('people.0.personId'));
  // Read back with each person's role in the case (none set: their usual one).
  expect((await client.call('debrief.get', { caseId: deal.id })).people).toEqual(
    saved.map((p) => ({ ...p, buyingRole: null })),
  );
});

test('buyer steps come back in the buyer journey order', async () => {
  const { client, deal } = await open();
  const steps = await client.call('debrief.setBuyerSteps', {
    caseId: deal.id,
    steps: [
      { buyerStepId: buyerStepIds.shortlisted, reachedOn: '2026-02-10' },
      { buyerStepId: buyerStepIds.need, reachedOn: '2026-01-20' },
    ],
  });
  expect(steps.map((s) => s.buyerStepId)).toEqual([buyerStepIds.need, buyerStepIds.shortlisted]);
  await expect(
    client.call('debrief.setBuyerSteps', {
      caseId: deal.id,
      steps: [{ buyerStepId: unknownId, reachedOn: '2026-02-10' }],
    }),
  ).rejects.toMatchObject(fieldError('steps.0.buyerStepId'));
});

test('progress remembers the step; finish needs a closed case', async () => {
  const { client, deal } = await open();
  expect((await client.call('debrief.progress', { caseId: deal.id, step: 3 })).debriefStep).toBe(3);
  await expect(client.call('debrief.progress', { caseId: deal.id, step: 8 })).rejects.toMatchObject(fieldError('step'));
  await expect(client.call('debrief.finish', { caseId: deal.id })).rejects.toMatchObject({ code: 'conflict' });
  await client.call('debrief.close', { caseId: deal.id, outcome: 'withdrawn', closedOn: '2026-03-01' });
  expect(await client.call('debrief.finish', { caseId: deal.id })).toMatchObject({ debrief: 'done', debriefStep: 3 });
});

test('debrief.get brings the lessons with the name of what they are about', async () => {
  const { client, workspace, deal } = await open();
  const at = '2026-03-10T09:00:00.000Z';
  workspace.ctx.db
    .insert(lessons)
    .values([
      {
        id: randomUUID(),
        createdAt: at,
        updatedAt: at,
        caseId: deal.id,
        text: 'Quote the price early',
        kind: 'hurt',
        tagKind: 'criterion',
        tagId: Price,
      },
      { id: randomUUID(), createdAt: at, updatedAt: at, deletedAt: at, caseId: deal.id, text: 'Gone', kind: 'worked' },
    ])
    .run();
  const { lessons: found } = await client.call('debrief.get', { caseId: deal.id });
  expect(found).toMatchObject([
    { text: 'Quote the price early', tagKind: 'criterion', tagId: Price, tagName: 'Price' },
  ]);
});

test('a case in the trash cannot be debriefed, but can still be read', async () => {
  const { client, deal } = await open();
  await client.call('cases.delete', { id: deal.id });
  await expect(
    client.call('debrief.close', { caseId: deal.id, outcome: 'won', closedOn: '2026-03-01' }),
  ).rejects.toMatchObject({ code: 'conflict' });
  await expect(client.call('debrief.setReasons', { caseId: deal.id, reasons: [] })).rejects.toMatchObject({
    code: 'conflict',
  });
  expect((await client.call('debrief.get', { caseId: deal.id })).case.deletedAt).not.toBeNull();
  await expect(client.call('debrief.get', { caseId: unknownId })).rejects.toMatchObject({ code: 'not_found' });
});
