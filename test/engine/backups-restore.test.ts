/**
 * Settings ▸ Backups on real files and a real engine, as the app and browser mode host it: a restore puts the
 * snapshot's data back, the state it replaced is kept as a "before restore" snapshot, and restoring that one
 * undoes the restore. Without a host (the CLI) the call says to use `restore`.
 */
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import type { Snapshot } from '../../shared/contract/backups';
import type { JobInfo } from '../../shared/contract/jobs';
import { startEngine, type EngineOptions } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { restoreInPlace } from '../../electron/restore-in-place';
import { switchableWorkspace, type SwitchableWorkspace } from '../../electron/switchable-workspace';
import { tempDir } from '../helpers/temp-workspace';

async function hosted(): Promise<SwitchableWorkspace> {
  const dir = tempDir();
  const file = path.join(dir, 'winloop.db');
  let workspace: SwitchableWorkspace | null = null;
  const options: EngineOptions = {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'memory',
    snapshots: false,
    places: { defaultDbPath: file, sampleDir: path.join(dir, 'samples'), migrationsFolder: MIGRATIONS_DIR },
    onRestore: (target, name) => restore(target, name),
  };
  const open = (target: string) => startEngine(target, options);
  const restore = restoreInPlace(() => workspace, open);
  workspace = switchableWorkspace(await open(file));
  onTestFinished(() => workspace?.close());
  return workspace;
}

async function ok<T>(ws: SwitchableWorkspace, method: string, input: unknown = {}): Promise<T> {
  const envelope = await ws.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

async function snapshotNow(ws: SwitchableWorkspace): Promise<void> {
  const job = await ok<JobInfo>(ws, 'jobs.start', { kind: 'snapshot', input: { reason: 'manual' } });
  for (let i = 0; i < 200; i++) {
    const jobs = await ok<JobInfo[]>(ws, 'jobs.list');
    const state = jobs.find((j) => j.id === job.id)?.state;
    if (state === 'done') return;
    if (state && state !== 'running') throw new Error(`the snapshot job ended ${state}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the snapshot job did not finish');
}

const titles = async (ws: SwitchableWorkspace) =>
  (await ok<{ items: { title: string }[] }>(ws, 'cases.list', {})).items.map((r) => r.title).sort();

test('restoring a backup puts its data back and keeps the replaced state as a snapshot that undoes it', async () => {
  const ws = await hosted();
  await ok(ws, 'setup.complete', { myName: 'Ada', teamName: 'North', currency: 'EUR' });
  await ok(ws, 'cases.create', { title: 'Before the backup', accountName: 'Acme' });
  await snapshotNow(ws);
  await ok(ws, 'cases.create', { title: 'After the backup', accountName: 'Acme' });
  expect(await titles(ws)).toEqual(['After the backup', 'Before the backup']);

  const listed = await ok<{ snapshots: Snapshot[] }>(ws, 'backups.list');
  expect(listed.snapshots).toHaveLength(1);
  expect(listed.snapshots[0]).toMatchObject({ cases: 1, good: true, beforeRestore: false });

  await ok(ws, 'backups.restore', { name: listed.snapshots[0]!.name });
  // The answer came once the restored file serves: the very next read sees it.
  expect(await titles(ws)).toEqual(['Before the backup']);

  const after = await ok<{ snapshots: Snapshot[] }>(ws, 'backups.list');
  const undo = after.snapshots.find((s) => s.beforeRestore);
  expect(undo).toMatchObject({ cases: 2, good: true });

  await ok(ws, 'backups.restore', { name: undo!.name });
  expect(await titles(ws)).toEqual(['After the backup', 'Before the backup']);
  // The restore that was undone is itself kept, so nothing is ever lost either way.
  const last = await ok<{ snapshots: Snapshot[] }>(ws, 'backups.list');
  expect(last.snapshots.filter((s) => s.beforeRestore).map((s) => s.cases)).toEqual([1, 2]);
});

test('an unknown or damaged snapshot is refused and the open data stays as it was', async () => {
  const ws = await hosted();
  await ok(ws, 'setup.complete', { myName: 'Ada', teamName: 'North', currency: 'EUR' });
  await ok(ws, 'cases.create', { title: 'Kept', accountName: 'Acme' });
  const refused = await ws.dispatch('backups.restore', { name: '../winloop.db' });
  expect(refused.ok).toBe(false);
  expect(refused.ok ? '' : refused.error.code).toBe('not_found');
  expect(await titles(ws)).toEqual(['Kept']);
});
