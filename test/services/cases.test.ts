import { describe, expect, test } from 'vitest';
import { ApiError } from '../../shared/envelope';
import { createTestWorkspace } from '../helpers/temp-workspace';

const countCases = (ws: ReturnType<typeof createTestWorkspace>['ws']) =>
  (ws.ctx.sqlite.prepare('select count(*) n from cases').get() as { n: number }).n;

describe('cases service on a real database', () => {
  test('create finds or creates the account by name and fills defaults', async () => {
    const { client, events } = createTestWorkspace();
    const a = await client.call('cases.create', {
      title: 'Fleet rollout',
      accountName: 'Nordhaven',
      valueMinor: 1250000,
    });
    const b = await client.call('cases.create', { title: 'Sensors', accountName: 'nordhaven' });
    expect(b.accountId).toBe(a.accountId);
    expect(a).toMatchObject({
      outcome: 'open',
      currency: 'EUR',
      openedOn: '2026-03-10',
      debrief: 'none',
      deletedAt: null,
    });
    expect(events).toContainEqual(['cases', 'accounts']);
  });

  test('list pages, counts, sorts and matches LIKE wildcards literally', async () => {
    const { client } = createTestWorkspace();
    for (const title of ['100% uptime', 'Alpha', 'Beta', 'a_b'])
      await client.call('cases.create', { title, accountName: 'Acme' });
    const page = await client.call('cases.list', { sort: 'title', direction: 'asc', limit: 2 });
    expect(page.total).toBe(4);
    expect(page.items.map((c) => c.title)).toEqual(['100% uptime', 'Alpha']);
    expect((await client.call('cases.list', { query: '%' })).items.map((c) => c.title)).toEqual(['100% uptime']);
    expect((await client.call('cases.list', { query: '_' })).items.map((c) => c.title)).toEqual(['a_b']);
    expect((await client.call('cases.list', { query: 'acme' })).total).toBe(4);
  });

  test('update patches only what it is given and advances updatedAt', async () => {
    const clock = { now: new Date('2026-03-10T09:00:00.000Z') };
    const { client } = createTestWorkspace(clock);
    const c = await client.call('cases.create', { title: 'Fleet', accountName: 'Acme', valueMinor: 100 });
    clock.now = new Date('2026-03-11T09:00:00.000Z');
    const u = await client.call('cases.update', { id: c.id, patch: { valueMinor: 200 } });
    expect(u).toMatchObject({ title: 'Fleet', valueMinor: 200, updatedAt: '2026-03-11T09:00:00.000Z' });
  });

  test('delete moves to the trash and restore brings it back', async () => {
    const { client } = createTestWorkspace();
    const c = await client.call('cases.create', { title: 'Fleet', accountName: 'Acme' });
    await client.call('cases.delete', { id: c.id });
    expect((await client.call('cases.list', {})).total).toBe(0);
    expect((await client.call('cases.list', { trash: true })).items.map((x) => x.id)).toEqual([c.id]);
    await expect(client.call('cases.update', { id: c.id, patch: { title: 'x' } })).rejects.toMatchObject({
      code: 'conflict',
    });
    await client.call('cases.restore', { id: c.id });
    expect((await client.call('cases.list', {})).total).toBe(1);
  });

  test('bad input names the field and writes nothing', async () => {
    const { client, ws } = createTestWorkspace();
    const attempts = [
      { title: '  ', accountName: 'Acme' },
      { title: 'x', accountName: 'Acme', currency: 'euro' },
      { title: 'x', accountName: 'Acme', valueMinor: -1 },
      { title: 'x' },
    ];
    const fields = [];
    for (const input of attempts) {
      const error = (await client.call('cases.create', input).catch((e: unknown) => e)) as ApiError;
      expect(error).toBeInstanceOf(ApiError);
      expect(error.code).toBe('invalid_input');
      fields.push(Object.keys(error.fields ?? {}));
    }
    expect(fields).toEqual([['title'], ['currency'], ['valueMinor'], ['accountName']]);
    expect(countCases(ws)).toBe(0);
    await expect(client.call('cases.list', { limit: 501 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(client.call('cases.get', { id: crypto.randomUUID() })).rejects.toMatchObject({ code: 'not_found' });
  });
});
