/**
 * The team folder's settings on a real file: off until a folder is chosen, a folder that cannot be used refused
 * on its field, kept as one settings key that an export never carries, and the scheduler's own calls refused
 * where no host runs one.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { exportTeamFile } from '../../electron/team/export';
import { ApiError } from '../../shared/envelope';
import { createTestWorkspace, tempDir } from '../helpers/temp-workspace';

test('off with a ten-minute interval until a folder is chosen; a chosen folder is kept and announced', async () => {
  const { client, events, file } = createTestWorkspace();
  expect(await client.call('teamfolder.settings', {})).toEqual({ folder: null, intervalMinutes: 10, enabled: false });
  const folder = tempDir();
  const saved = await client.call('teamfolder.configure', { folder, enabled: true, intervalMinutes: 5 });
  expect(saved).toEqual({ folder, intervalMinutes: 5, enabled: true });
  expect(events).toContainEqual(['settings']);
  expect(await client.call('teamfolder.configure', { enabled: false })).toEqual({
    folder,
    intervalMinutes: 5,
    enabled: false,
  });
  // The path is this computer's business: a teammate's copy of this file never learns it.
  const out = path.join(tempDir(), 'me.winloop');
  exportTeamFile(file, out, { appVersion: 'test' });
  const exported = new Database(out, { readonly: true });
  expect(exported.prepare("select count(*) from settings where key = 'teamFolder'").pluck().get()).toBe(0);
  exported.close();
});

test('a folder that is missing, a file, relative or not chosen is refused on its field', async () => {
  const { client } = createTestWorkspace();
  const dir = tempDir();
  const aFile = path.join(dir, 'notes.txt');
  fs.writeFileSync(aFile, 'x');
  const refusal = async (input: Record<string, unknown>) => {
    const error = await client.call('teamfolder.configure', input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    return (error as ApiError).fields?.folder;
  };
  expect(await refusal({ folder: path.join(dir, 'nope') })).toBe(
    `The folder ${path.join(dir, 'nope')} does not exist.`,
  );
  expect(await refusal({ folder: aFile })).toBe(`${aFile} is a file, not a folder.`);
  expect(await refusal({ folder: 'Dropbox/Team' })).toBe("Give the folder's full path (Dropbox/Team is not one).");
  expect(await refusal({ enabled: true })).toBe('Choose the team folder first.');
  expect(await client.call('teamfolder.settings', {})).toMatchObject({ folder: null, enabled: false });
});

test('without a host, the status says so and syncing or a folder dialog are refused', async () => {
  const { client } = createTestWorkspace();
  expect(await client.call('teamfolder.status', {})).toMatchObject({ available: false, state: 'off', files: [] });
  await expect(client.call('teamfolder.syncNow', {})).rejects.toThrow('Only the app and browser mode');
  await expect(client.call('teamfolder.choose', {})).rejects.toThrow('type the folder’s path instead');
});
