/**
 * "Load sample data" and "Back to my data" through a real switchable workspace on temp files: the window moves
 * to a separate sample file, the user's file is never written, and without a host (CLI) the calls say so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { expect, onTestFinished, test } from 'vitest';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { switchableWorkspace, workspaceHost, type SwitchableWorkspace } from '../../electron/switchable-workspace';
import { openWorkspace } from '../../electron/workspace';
import type { Settings } from '../../shared/contract/settings';
import { createTestWorkspace, tempDir } from '../helpers/temp-workspace';

const NOW = new Date('2026-03-10T09:00:00');

function hosted(): { workspace: SwitchableWorkspace; mine: string; sampleDir: string } {
  const dir = tempDir();
  const mine = path.join(dir, 'winloop.db');
  const sampleDir = path.join(dir, 'samples');
  const open = (file: string) =>
    openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'memory', now: () => NOW, host });
  const host = workspaceHost(
    { defaultDbPath: mine, sampleDir, migrationsFolder: MIGRATIONS_DIR },
    () => workspace,
    open,
  );
  const workspace = switchableWorkspace(open(mine));
  onTestFinished(() => workspace.close());
  return { workspace, mine, sampleDir };
}

async function call<T>(workspace: SwitchableWorkspace, method: string, input: unknown): Promise<T> {
  const result = await workspace.dispatch(method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

test('loading sample data moves to a separate file and back, leaving my data as it was', async () => {
  const { workspace, mine, sampleDir } = hosted();
  await call(workspace, 'setup.complete', { myName: 'Ada', teamName: 'North', currency: 'EUR' });
  const myCase = await call<{ id: string }>(workspace, 'cases.create', { title: 'Mine', accountName: 'Acme' });
  const myBytes = fs.statSync(mine).size;

  const opened = await call<{ dbPath: string; cases: number }>(workspace, 'sample.open', { cases: 40, seed: 3 });
  expect(opened.cases).toBe(40);
  expect(path.dirname(opened.dbPath)).toBe(sampleDir);
  // The answer came from my file; the switch happens once it has been sent.
  expect(workspace.current().dbPath).toBe(mine);
  await tick();
  expect(workspace.current().dbPath).toBe(opened.dbPath);
  expect((await call<Settings>(workspace, 'settings.get', {})).isSample).toBe(true);
  expect((await call<{ total: number }>(workspace, 'cases.list', {})).total).toBe(40);
  expect(await call(workspace, 'workspace.status', {})).toEqual({ canGoBack: true });

  // Loading it again while it is open keeps the same file.
  expect((await call<{ dbPath: string }>(workspace, 'sample.open', { cases: 40, seed: 3 })).dbPath).toBe(opened.dbPath);

  expect((await call<{ dbPath: string }>(workspace, 'workspace.openDefault', {})).dbPath).toBe(mine);
  await tick();
  expect(workspace.current().dbPath).toBe(mine);
  const settings = await call<Settings>(workspace, 'settings.get', {});
  expect(settings.isSample).toBe(false);
  // On my own file "back" leads nowhere; a window opened on the sample file itself is in the same place.
  expect(await call(workspace, 'workspace.status', {})).toEqual({ canGoBack: false });
  expect(settings.teamName).toBe('North');
  const list = await call<{ total: number; items: { id: string }[] }>(workspace, 'cases.list', {});
  expect(list.items.map((c) => c.id)).toEqual([myCase.id]);
  expect(fs.statSync(mine).size).toBeGreaterThanOrEqual(myBytes);
});

test('a sample is rebuilt fresh each time it is loaded, not reopened with old edits', async () => {
  const { workspace } = hosted();
  const first = await call<{ dbPath: string }>(workspace, 'sample.open', { cases: 20, seed: 1 });
  await tick();
  await call(workspace, 'cases.create', { title: 'Scribble', accountName: 'Playground Ltd' });
  expect((await call<{ total: number }>(workspace, 'cases.list', {})).total).toBe(21);
  await call(workspace, 'workspace.openDefault', {});
  await tick();
  const again = await call<{ dbPath: string }>(workspace, 'sample.open', { cases: 20, seed: 1 });
  await tick();
  expect(again.dbPath).toBe(first.dbPath);
  expect((await call<{ total: number }>(workspace, 'cases.list', {})).total).toBe(20);
});

test('bad sizes are refused on their field and nothing is built', async () => {
  const { workspace, sampleDir } = hosted();
  const result = await workspace.dispatch('sample.open', { cases: 5 });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.fields).toHaveProperty('cases');
  }
  expect(fs.existsSync(sampleDir)).toBe(false);
});

test('a sample too big to build while the caller waits is refused with a pointer to the job', async () => {
  const { workspace, sampleDir } = hosted();
  const started = performance.now();
  const result = await workspace.dispatch('sample.open', { cases: 20_000 });
  expect(performance.now() - started).toBeLessThan(1_000);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.fields?.cases).toMatch(/over 2,000 cases are built as a job: jobs\.start/);
  expect(fs.existsSync(sampleDir)).toBe(false);
});

test('without a host (the CLI) both calls explain what to use instead', async () => {
  const { client } = createTestWorkspace();
  await expect(client.call('sample.open', {})).rejects.toThrow(/sample --db FILE/);
  await expect(client.call('workspace.openDefault', {})).rejects.toThrow(/Only the app and browser mode/);
});
