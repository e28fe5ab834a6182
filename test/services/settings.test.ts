import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { createMemoryTransport } from '../../electron/transports/memory';
import { openWorkspace, type Workspace } from '../../electron/workspace';
import { createApiClient } from '../../shared/client';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-settings-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'winloop.db');
}

function open(file: string, now = new Date('2026-03-10T09:00:00.000Z')) {
  const workspace: Workspace = openWorkspace(file, {
    migrationsFolder: MIGRATIONS_DIR,
    mode: 'memory',
    now: () => now,
  });
  cleanups.push(() => workspace.close());
  const client = createApiClient(createMemoryTransport(workspace));
  const events: string[][] = [];
  client.on('data.changed', (payload) => events.push(payload.entities));
  return { workspace, client, events };
}

test('a fresh file reads the defaults', async () => {
  const { client } = open(tempFile());
  expect(await client.call('settings.get', {})).toEqual({
    currency: 'EUR',
    countNoDecision: false,
    firstRunDone: false,
    meId: null,
    teamName: '',
    isSample: false,
    updatedAt: null,
  });
});

test('an update changes only the keys it names, announces it and is still there after reopening', async () => {
  const file = tempFile();
  const first = open(file);
  const updated = await first.client.call('settings.update', { countNoDecision: true, teamName: '  Acme sales ' });
  expect(updated).toMatchObject({ countNoDecision: true, teamName: 'Acme sales', currency: 'EUR' });
  expect(updated.updatedAt).toBe('2026-03-10T09:00:00.000Z');
  await first.client.call('settings.update', { currency: 'SEK' });
  await first.client.call('settings.update', {});
  expect(first.events).toEqual([['settings'], ['settings']]);
  first.workspace.close();

  const again = open(file);
  expect(await again.client.call('settings.get', {})).toMatchObject({
    currency: 'SEK',
    countNoDecision: true,
    teamName: 'Acme sales',
    firstRunDone: false,
  });
});

test('a bad value is refused with its field', async () => {
  const { client } = open(tempFile());
  await expect(client.call('settings.update', { currency: 'euro' })).rejects.toMatchObject({
    code: 'invalid_input',
    fields: { currency: expect.any(String) as string },
  });
  expect((await client.call('settings.get', {})).currency).toBe('EUR');
});

test('a damaged stored value reads as its default instead of breaking the file', async () => {
  const { workspace, client } = open(tempFile());
  await client.call('settings.update', { currency: 'USD', countNoDecision: true });
  workspace.ctx.sqlite.prepare("update settings set value = '{not json' where key = 'currency'").run();
  workspace.ctx.sqlite.prepare("update settings set value = '\"yes\"' where key = 'countNoDecision'").run();
  expect(await client.call('settings.get', {})).toMatchObject({ currency: 'EUR', countNoDecision: false });
});

test('setup creates me once, then renames me; it records the team, the currency and that the first run is done', async () => {
  const { client, events } = open(tempFile());
  const done = await client.call('setup.complete', { myName: 'Ana', teamName: 'North', currency: 'NOK' });
  expect(done).toMatchObject({ firstRunDone: true, teamName: 'North', currency: 'NOK' });
  expect(done.meId).not.toBeNull();
  expect(events).toEqual([['settings', 'team', 'vocabulary']]);

  const again = await client.call('setup.complete', { myName: 'Ana Berg', currency: 'EUR' });
  expect(again.meId).toBe(done.meId);
  expect(again.teamName).toBe('');
  const { team } = await client.call('vocab.get', {});
  expect(team).toEqual([{ id: done.meId, name: 'Ana Berg', isMe: true }]);
});

test('setup refuses an empty name and changes nothing', async () => {
  const { client } = open(tempFile());
  await expect(client.call('setup.complete', { myName: '  ', currency: 'EUR' })).rejects.toMatchObject({
    code: 'invalid_input',
    fields: { myName: expect.any(String) as string },
  });
  expect(await client.call('settings.get', {})).toMatchObject({ firstRunDone: false, meId: null });
});
