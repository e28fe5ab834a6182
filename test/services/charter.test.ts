/** The relationship charter on a real file: careful defaults, kept across a reopen, and the export it drives. */
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { exportTeamFile } from '../../electron/team/export';
import { createMemoryTransport } from '../../electron/transports/memory';
import { openWorkspace } from '../../electron/workspace';
import { createApiClient } from '../../shared/client';
import { createTestWorkspace } from '../helpers/temp-workspace';

test('a file without a charter reads the defaults the app had: new contacts shared, export without private ones', async () => {
  const { client } = createTestWorkspace();
  expect(await client.call('charter.get', {})).toEqual({
    newContacts: 'team',
    showPrivateExists: true,
    exportWithoutPrivate: true,
    updatedAt: null,
  });
});

test('a change is kept across a reopen, announced as settings, and leaves the other rules alone', async () => {
  const { client, ws, file, events } = createTestWorkspace();
  const changed = await client.call('charter.update', { newContacts: 'private' });
  expect(changed).toMatchObject({ newContacts: 'private', showPrivateExists: true, exportWithoutPrivate: true });
  expect(changed.updatedAt).toBe('2026-03-10T09:00:00.000Z');
  expect(events).toContainEqual(['settings']);
  ws.close();
  const again = openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'memory' });
  try {
    const reread = await createApiClient(createMemoryTransport(again)).call('charter.get', {});
    expect(reread).toMatchObject({ newContacts: 'private', exportWithoutPrivate: true });
    // The charter is not one of the ordinary settings and must not disturb them.
    expect(await createApiClient(createMemoryTransport(again)).call('settings.get', {})).toMatchObject({
      currency: 'EUR',
    });
  } finally {
    again.close();
  }
});

test('a damaged charter value reads as the defaults, and the file still opens', async () => {
  const { client, file, ws } = createTestWorkspace();
  await client.call('charter.update', { newContacts: 'private', showPrivateExists: false });
  ws.close();
  const raw = new Database(file);
  raw.prepare("update settings set value = '{not json' where key = 'charter'").run();
  raw.close();
  const again = openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'memory' });
  try {
    expect(await createApiClient(createMemoryTransport(again)).call('charter.get', {})).toMatchObject({
      newContacts: 'team',
      showPrivateExists: true,
    });
  } finally {
    again.close();
  }
});

test('a bad rule is refused', async () => {
  const { client } = createTestWorkspace();
  await expect(client.call('charter.update', { newContacts: 'everyone' as never })).rejects.toMatchObject({
    code: 'invalid_input',
  });
});

test("a contact added under the charter's default is private, owned by me, and left out of the export", async () => {
  const { client, file, ws } = createTestWorkspace();
  const me = await client.call('setup.complete', { myName: 'Ada', currency: 'EUR' });
  const charter = await client.call('charter.update', { newContacts: 'private' });
  const account = await client.call('accounts.create', { name: 'Nordwind' });
  const quiet = await client.call('people.create', {
    name: 'Quiet Person',
    accountId: account.id,
    visibility: charter.newContacts,
  });
  const open = await client.call('people.create', { name: 'Open Person', accountId: account.id, visibility: 'team' });
  expect(quiet).toMatchObject({ visibility: 'private', ownerId: me.meId });
  ws.close();
  const out = path.join(path.dirname(file), 'ada.winloop');
  exportTeamFile(file, out, { appVersion: 'test', withoutPrivate: charter.exportWithoutPrivate });
  const exported = new Database(out, { readonly: true });
  const names = exported.prepare('select id from people').all() as { id: string }[];
  exported.close();
  expect(names.map((r) => r.id)).toEqual([open.id]);
});

test('a stakeholder keeps its contact details; bad ones are refused per field, nothing saved', async () => {
  const { client } = createTestWorkspace();
  await client.call('setup.complete', { myName: 'Ada', currency: 'EUR' });
  const account = await client.call('accounts.create', { name: 'Nordwind' });
  const anna = await client.call('people.create', {
    name: 'Anna Berg',
    accountId: account.id,
    email: ' anna@nordwind.fi ',
    phone: '+358 40 123 4567',
    profileUrl: 'https://www.linkedin.com/in/annaberg',
  });
  expect(anna).toMatchObject({
    email: 'anna@nordwind.fi',
    phone: '+358 40 123 4567',
    profileUrl: 'https://www.linkedin.com/in/annaberg',
  });
  const cleared = await client.call('people.update', { id: anna.id, patch: { phone: '' } });
  expect(cleared).toMatchObject({ email: 'anna@nordwind.fi', phone: '' });
  await expect(
    client.call('people.create', {
      name: 'Bo',
      accountId: account.id,
      email: 'bo at nordwind',
      profileUrl: 'javascript:alert(1)',
    }),
  ).rejects.toMatchObject({ code: 'invalid_input' });
  expect((await client.call('people.list', { accountId: account.id })).map((p) => p.name)).toEqual(['Anna Berg']);
});
