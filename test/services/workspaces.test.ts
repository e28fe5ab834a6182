/**
 * Workspaces through a real switchable workspace on temp files: a new empty file, opening another Winloop
 * database, the recent list (in its own JSON, missing files marked and removable) and the refusals that leave
 * the open file open: a file that is not a Winloop database, another program's SQLite file, an existing name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { expect, onTestFinished, test } from 'vitest';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { readRecent, recentListPath, rememberRecent } from '../../electron/recent-files';
import { switchableWorkspace, workspaceHost, type SwitchableWorkspace } from '../../electron/switchable-workspace';
import { openWorkspace } from '../../electron/workspace';
import type { WorkspacesInfo } from '../../shared/contract/workspaces';
import { tempDir } from '../helpers/temp-workspace';

function hosted() {
  const dir = tempDir();
  const mine = path.join(dir, 'data', 'winloop.db');
  fs.mkdirSync(path.dirname(mine));
  const recentList = recentListPath(path.join(dir, 'user-data'));
  // As the hosts do (electron/main.ts, electron/web/main.ts): every file served goes first in the list.
  const open = (file: string) => {
    const ws = openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'memory', host });
    rememberRecent(recentList, ws.dbPath);
    return ws;
  };
  const host = workspaceHost(
    { defaultDbPath: mine, sampleDir: path.join(dir, 'samples'), migrationsFolder: MIGRATIONS_DIR, recentList },
    () => workspace,
    open,
  );
  const workspace = switchableWorkspace(open(mine));
  onTestFinished(() => workspace.close());
  return { dir, workspace, mine, recentList };
}

async function call<T>(workspace: SwitchableWorkspace, method: string, input: unknown): Promise<T> {
  const result = await workspace.dispatch(method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(workspace: SwitchableWorkspace, method: string, input: unknown) {
  const result = await workspace.dispatch(method, input);
  if (result.ok) throw new Error(`${method} was expected to fail`);
  return result.error;
}

test('a new empty database by name lands in the data folder, opens, and is listed first', async () => {
  const { workspace, mine } = hosted();
  await call(workspace, 'cases.create', { title: 'Mine', accountName: 'Acme' });
  const created = await call<{ dbPath: string }>(workspace, 'workspaces.create', { name: 'Workshop March' });
  expect(created.dbPath).toBe(path.join(path.dirname(mine), 'Workshop March.db'));
  await tick();
  expect(workspace.current().dbPath).toBe(created.dbPath);
  expect((await call<{ total: number }>(workspace, 'cases.list', {})).total).toBe(0);
  const info = await call<WorkspacesInfo>(workspace, 'workspaces.info', {});
  expect(info.dbPath).toBe(created.dbPath);
  expect(info.recent.map((r) => [r.name, r.current, r.exists])).toEqual([
    ['Workshop March.db', true, true],
    ['winloop.db', false, true],
  ]);

  // Back through the recent list: my case is there.
  await call(workspace, 'workspaces.open', { path: mine });
  await tick();
  expect(workspace.current().dbPath).toBe(mine);
  expect((await call<{ total: number }>(workspace, 'cases.list', {})).total).toBe(1);
  expect((await call<WorkspacesInfo>(workspace, 'workspaces.info', {})).recent[0]).toMatchObject({
    path: mine,
    current: true,
  });
});

test('a new file never replaces one, and a name is a name, not a path', async () => {
  const { workspace, mine } = hosted();
  const before = fs.readFileSync(mine);
  const taken = await refusal(workspace, 'workspaces.create', { name: 'winloop' });
  expect(taken).toMatchObject({ code: 'conflict' });
  expect(taken.message).toBe(`There is already a file called winloop.db in ${path.dirname(mine)}; pick another name.`);
  expect((await refusal(workspace, 'workspaces.create', { path: mine })).code).toBe('conflict');
  expect((await refusal(workspace, 'workspaces.create', { name: '../escape' })).fields?.name).toMatch(/Letters/);
  await tick();
  expect(workspace.current().dbPath).toBe(mine);
  expect(fs.readFileSync(mine).equals(before)).toBe(true);
});

test('a file that is not a Winloop database is one sentence, and the open file stays open and unchanged', async () => {
  const { dir, workspace, mine } = hosted();
  const text = path.join(dir, 'notes.db');
  fs.writeFileSync(text, 'Customer list, not a database\n');
  const empty = path.join(dir, 'empty.db');
  fs.writeFileSync(empty, '');
  const foreign = path.join(dir, 'photos.sqlite');
  const other = new Database(foreign);
  other.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('x')");
  other.close();
  const foreignBytes = fs.readFileSync(foreign);

  const cases: [string, string][] = [
    [text, 'notes.db is not a Winloop database.'],
    [empty, 'empty.db is an empty file, not a Winloop database.'],
    [foreign, 'photos.sqlite is a database of another program, not a Winloop database.'],
    [path.join(dir, 'gone.db'), `There is no file at ${path.join(dir, 'gone.db')}.`],
    [dir, `${dir} is a folder, not a Winloop database.`],
  ];
  for (const [file, sentence] of cases) {
    const error = await refusal(workspace, 'workspaces.open', { path: file });
    expect(error).toMatchObject({ code: 'invalid_input', message: sentence });
  }
  await tick();
  expect(workspace.current().dbPath).toBe(mine);
  expect(fs.readFileSync(foreign).equals(foreignBytes)).toBe(true);
  expect(fs.existsSync(`${foreign}-wal`)).toBe(false);
  expect((await call<WorkspacesInfo>(workspace, 'workspaces.info', {})).recent.map((r) => r.path)).toEqual([mine]);
});

test('a file that went missing is shown as missing and can be removed from the list', async () => {
  const { workspace, mine, recentList } = hosted();
  const other = (await call<{ dbPath: string }>(workspace, 'workspaces.create', { name: 'old' })).dbPath;
  await tick();
  await call(workspace, 'workspaces.open', { path: mine });
  await tick();
  fs.rmSync(other);
  const info = await call<WorkspacesInfo>(workspace, 'workspaces.info', {});
  expect(info.recent.map((r) => [r.name, r.exists])).toEqual([
    ['winloop.db', true],
    ['old.db', false],
  ]);
  expect(await call(workspace, 'workspaces.forget', { path: other })).toEqual({ removed: true });
  expect(await call(workspace, 'workspaces.forget', { path: other })).toEqual({ removed: false });
  expect(readRecent(recentList).map((r) => r.path)).toEqual([mine]);
  // The list is its own JSON in the user-data folder, not a row in any database.
  expect(JSON.parse(fs.readFileSync(recentList, 'utf8'))).toMatchObject({ version: 1, files: [{ path: mine }] });
});

test('a damaged recent list is an empty one; the list keeps at most twelve files, newest first', () => {
  const dir = tempDir();
  const list = recentListPath(dir);
  fs.writeFileSync(list, '{ not json');
  expect(readRecent(list)).toEqual([]);
  for (let i = 0; i < 15; i++) rememberRecent(list, path.join(dir, `f${i}.db`), new Date(2026, 0, 1, 0, i));
  rememberRecent(list, path.join(dir, 'f10.db'));
  const names = readRecent(list).map((r) => path.basename(r.path));
  expect(names).toHaveLength(12);
  expect(names.slice(0, 3)).toEqual(['f10.db', 'f14.db', 'f13.db']);
  expect(names.filter((n) => n === 'f10.db')).toHaveLength(1);
});

test('without a host (the CLI) switching is refused in words, and the picker belongs to the desktop app', async () => {
  const dir = tempDir();
  const ws = openWorkspace(path.join(dir, 'a.db'), { migrationsFolder: MIGRATIONS_DIR, mode: 'cli' });
  onTestFinished(() => ws.close());
  expect(await ws.dispatch('workspaces.open', { path: path.join(dir, 'b.db') })).toMatchObject({
    ok: false,
    error: { message: 'Only the app and browser mode switch files; the CLI takes --db FILE.' },
  });
  expect(await ws.dispatch('workspaces.pick', { purpose: 'open' })).toMatchObject({
    ok: false,
    error: { message: 'Only the desktop app has file dialogs: type the file’s path instead.' },
  });
  expect(await ws.dispatch('workspaces.info', {})).toMatchObject({ ok: true, value: { canSwitch: false, recent: [] } });
});
