/** The lessons behind an action come back oldest first on every read, not in whatever order SQLite finds links. */
import { expect, test } from 'vitest';
import type { Lesson } from '../../shared/contract/learning';
import { createTestWorkspace } from '../helpers/temp-workspace';

async function open() {
  const clock = { now: new Date('2026-03-10T09:00:00.000Z') };
  const t = createTestWorkspace(clock);
  await t.client.call('setup.complete', { myName: 'Maria', currency: 'EUR' });
  const acme = await t.client.call('accounts.create', { name: 'Acme' });
  const deal = await t.client.call('cases.create', { title: 'Pumps', accountId: acme.id });
  /** A lesson written `minutes` after the start of the test. */
  const lessonAt = async (minutes: number, text: string) => {
    clock.now = new Date(Date.parse('2026-03-10T09:00:00.000Z') + minutes * 60_000);
    return t.client.call('lessons.create', { caseId: deal.id, text, kind: 'hurt' });
  };
  return { ...t, clock, lessonAt };
}

test("an action's lessons are ordered by when they were written, however they were linked", async () => {
  const { client, lessonAt } = await open();
  // Six lessons, so an order that only happens to be right (by random UUID, say) is a 1-in-720 accident.
  const written: Lesson[] = [];
  for (let i = 0; i < 6; i++) written.push(await lessonAt(i, `Lesson ${i}`));
  const oldestFirst = written.map((l) => l.text);

  const action = await client.call('actions.create', {
    title: 'Meet the CFO earlier',
    kind: 'corrective',
    lessonIds: [...written].reverse().map((l) => l.id),
  });
  expect(action.lessons.map((l) => l.text)).toEqual(oldestFirst);

  // The same order from the board, from a second action linking them shuffled, and after an unlink and relink
  // (which brings a tombstoned link back to life rather than inserting a new row).
  const other = await client.call('actions.create', {
    title: 'Qualify budget',
    kind: 'preventive',
    lessonIds: [2, 5, 0, 3, 1, 4].map((i) => written[i]?.id ?? ''),
  });
  await client.call('actions.update', { id: action.id, patch: { lessonIds: [written[0]?.id ?? ''] } });
  await client.call('actions.update', { id: action.id, patch: { lessonIds: written.map((l) => l.id) } });
  const board = await client.call('actions.list', {});
  expect(board.map((a) => [a.id, a.lessons.map((l) => l.text)])).toEqual([
    [action.id, oldestFirst],
    [other.id, oldestFirst],
  ]);
});

test('lessons written in the same instant fall back to their id, so the order is still the same every time', async () => {
  const { client, lessonAt } = await open();
  const a = await lessonAt(0, 'First');
  const b = await lessonAt(0, 'Second');
  const c = await lessonAt(0, 'Third');
  const byId = [a, b, c].map((l) => l.id).sort();
  for (const lessonIds of [
    [a.id, b.id, c.id],
    [c.id, b.id, a.id],
    [b.id, c.id, a.id],
  ]) {
    const action = await client.call('actions.create', { title: 'Tie', kind: 'corrective', lessonIds });
    expect(action.lessons.map((l) => l.id)).toEqual(byId);
  }
});
