/**
 * The undo of forgetting a recent file: `workspaces.remember` puts the entry back where its time puts it, and
 * never twice, nor over newer files once the list is full.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { readRecent, recentListPath, rememberRecent, restoreRecent, RECENT_MAX } from '../../electron/recent-files';
import { switchableWorkspace, workspaceHost } from '../../electron/switchable-workspace';
import { openWorkspace } from '../../electron/workspace';
import { tempDir } from '../helpers/temp-workspace';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 9, minute));

test('a forgotten file comes back in its place through the API, once', async () => {
  const dir = tempDir();
  const mine = path.join(dir, 'winloop.db');
  const recentList = recentListPath(path.join(dir, 'user-data'));
  const open = (file: string) => {
    const ws = openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'memory', host });
    rememberRecent(recentList, ws.dbPath, at(30));
    return ws;
  };
  const host = workspaceHost(
    { defaultDbPath: mine, sampleDir: path.join(dir, 'samples'), migrationsFolder: MIGRATIONS_DIR, recentList },
    () => workspace,
    open,
  );
  const workspace = switchableWorkspace(open(mine));
  onTestFinished(() => workspace.close());
  const older = path.join(dir, 'older.db');
  const middle = path.join(dir, 'middle.db');
  rememberRecent(recentList, older, at(1));
  rememberRecent(recentList, middle, at(2));
  rememberRecent(recentList, mine, at(30));

  const forgotten = readRecent(recentList).find((f) => f.path === middle);
  expect(await workspace.dispatch('workspaces.forget', { path: middle })).toEqual({
    ok: true,
    value: { removed: true },
  });
  expect(readRecent(recentList).map((f) => path.basename(f.path))).toEqual(['winloop.db', 'older.db']);

  expect(await workspace.dispatch('workspaces.remember', forgotten)).toEqual({ ok: true, value: { restored: true } });
  expect(readRecent(recentList)).toEqual([
    { path: mine, openedAt: at(30).toISOString() },
    { path: middle, openedAt: at(2).toISOString() },
    { path: older, openedAt: at(1).toISOString() },
  ]);
  // A second undo (a double click) changes nothing.
  expect(await workspace.dispatch('workspaces.remember', forgotten)).toEqual({ ok: true, value: { restored: false } });
  expect(readRecent(recentList)).toHaveLength(3);
  expect(await workspace.dispatch('workspaces.remember', { path: middle, openedAt: 'yesterday' })).toMatchObject({
    ok: false,
    error: { code: 'invalid_input' },
  });
});

test('a forgotten file does not push out newer ones when the list filled up meanwhile', () => {
  const dir = tempDir();
  const list = recentListPath(dir);
  const oldest = { path: path.join(dir, 'oldest.db'), openedAt: at(0).toISOString() };
  for (let i = 1; i <= RECENT_MAX; i++) rememberRecent(list, path.join(dir, `f${i}.db`), at(i));
  const before = fs.readFileSync(list, 'utf8');
  expect(restoreRecent(list, oldest)).toBe(false);
  expect(fs.readFileSync(list, 'utf8')).toBe(before);
  // A newer forgotten entry takes its place and the oldest drops off.
  expect(restoreRecent(list, { path: path.join(dir, 'back.db'), openedAt: at(5).toISOString() })).toBe(true);
  const names = readRecent(list).map((f) => path.basename(f.path));
  expect(names).toHaveLength(RECENT_MAX);
  expect(names.indexOf('back.db')).toBe(names.indexOf('f5.db') + 1);
  expect(names).not.toContain('f1.db');
});
