/**
 * Sharing through the engine, as the app runs it: export and preview in job threads (the preview on a copy),
 * merge and undo as jobs on the writer, the history from a reader, a refused file a failed job with its one
 * sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import type { EventPayload } from '../../shared/api';
import type { JobInfo } from '../../shared/contract/jobs';
import type { MergeHistoryEntry, MergeReport } from '../../shared/contract/sharing';
import { startEngine, type Engine } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { tempDir } from '../helpers/temp-workspace';
import { addCase, addRow, member, setField } from './members';
import { exportOf, sampleDb } from './team-files';

async function engineOn(file: string): Promise<Engine> {
  const engine = await startEngine(file, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'memory',
    readers: 1,
  });
  onTestFinished(() => engine.close());
  return engine;
}

async function ok<T>(engine: Engine, method: string, input: unknown): Promise<T> {
  const envelope = await engine.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

async function job(engine: Engine, kind: string, input: unknown): Promise<JobInfo> {
  const started = await ok<JobInfo>(engine, 'jobs.start', { kind, input });
  return engine.jobs.wait(started.id);
}

test('export, preview with a conflict, merge, history and undo run as jobs', async () => {
  const dir = tempDir();
  const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
  const deal = addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
  ben.takeIn(anna);
  setField(anna, 'cases', deal, 'title', 'Pumps (Anna)');
  setField(ben, 'cases', deal, 'title', 'Pumps (Ben)');
  anna.close();
  ben.close();

  const benEngine = await engineOn(ben.file);
  const out = path.join(dir, 'shared', 'Ben.winloop');
  fs.mkdirSync(path.dirname(out));
  const exported = await job(benEngine, 'team.export', { out });
  expect(exported).toMatchObject({ state: 'done', result: { file: out, cases: 1 } });

  const annaEngine = await engineOn(anna.file);
  const changes: EventPayload<'data.changed'>[] = [];
  annaEngine.events.subscribe((event, payload) => {
    if (event === 'data.changed') changes.push(payload as EventPayload<'data.changed'>);
  });
  const preview = await job(annaEngine, 'team.preview', { file: out });
  expect(preview.state).toBe('done');
  const previewed = JSON.parse(String(preview.result?.report)) as MergeReport;
  expect(previewed.conflicts).toMatchObject([{ field: 'title', local: 'Pumps (Anna)', remote: 'Pumps (Ben)' }]);
  expect(changes).toEqual([]);

  const merged = await job(annaEngine, 'team.merge', { file: out });
  expect(merged).toMatchObject({ state: 'done', result: { conflicts: 1 } });
  expect(changes.at(-1)?.entities).toContain('cases');
  const history = await ok<MergeHistoryEntry[]>(annaEngine, 'sharing.history', {});
  expect(history).toMatchObject([{ id: merged.result?.mergeId, fromMemberName: 'Ben', undoneAt: null }]);

  const undone = await job(annaEngine, 'team.undo', { mergeId: merged.result?.mergeId });
  expect(undone).toMatchObject({ state: 'done', result: { undone: true, reason: null } });
  const after = await ok<MergeHistoryEntry[]>(annaEngine, 'sharing.history', {});
  expect(after[0]?.undoneAt).not.toBeNull();
});

test('a refused file fails its job with one sentence', async () => {
  const dir = tempDir();
  const anna = member(dir, 'Anna');
  anna.close();
  const junk = path.join(dir, 'junk.winloop');
  fs.writeFileSync(junk, 'hello');
  const engine = await engineOn(anna.file);
  const ended = await job(engine, 'team.merge', { file: junk });
  expect(ended).toMatchObject({
    state: 'failed',
    error: 'junk.winloop is not a Winloop file (it is not a SQLite database).',
  });
});

test('a conflict can be flipped to the other value and back; undo then says what would be lost', async () => {
  const dir = tempDir();
  const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
  const deal = addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
  ben.takeIn(anna);
  setField(anna, 'cases', deal, 'title', 'Pumps (Anna)');
  setField(ben, 'cases', deal, 'title', 'Pumps (Ben)');
  const file = ben.exportFile();
  anna.close();
  ben.close();
  const engine = await engineOn(anna.file);
  const merged = await job(engine, 'team.merge', { file });
  const mergeId = String(merged.result?.mergeId);
  const title = async () => (await ok<{ title: string }>(engine, 'cases.get', { id: deal })).title;
  expect(await title()).toBe('Pumps (Ben)');
  const flipped = await ok<MergeHistoryEntry>(engine, 'sharing.keepOther', { mergeId, conflict: 0 });
  expect(flipped.report.conflicts[0]).toMatchObject({ kept: 'remote', flipped: true });
  expect(await title()).toBe('Pumps (Anna)');
  await ok(engine, 'sharing.keepOther', { mergeId, conflict: 0 });
  expect(await title()).toBe('Pumps (Ben)');
  const undo = await job(engine, 'team.undo', { mergeId });
  expect(undo.result).toEqual({
    undone: false,
    reason: 'Undoing this merge would lose 1 change(s) made since; nothing was undone.',
  });
});

test('a preview runs on a copy in a thread of its own: saves go through meanwhile, the database is untouched, the copy is gone', async () => {
  const dir = tempDir();
  const teammate = exportOf(sampleDb(3_000, 11, dir), {}, path.join(dir, 'cleo.winloop')).file;
  const anna = member(dir, 'Anna');
  anna.close();
  const engine = await engineOn(anna.file);
  const started = await ok<JobInfo>(engine, 'jobs.start', { kind: 'team.preview', input: { file: teammate } });
  // Saves while the preview runs: each answered while it is still running (on the writer it held them all).
  let during = 0;
  let saved = 0;
  while (engine.jobs.get(started.id).state === 'running') {
    await ok(engine, 'cases.create', { title: `Saved during the preview ${saved}`, accountName: 'Acme' });
    saved++;
    if (engine.jobs.get(started.id).state === 'running') during++;
  }
  const ended = await engine.jobs.wait(started.id);
  expect(ended.state, ended.error ?? '').toBe('done');
  expect(during).toBeGreaterThan(0);
  const report = JSON.parse(String(ended.result?.report)) as MergeReport;
  expect(report.counts.cases?.added).toBe(3_000);
  // Nothing of the preview in the database; the saves are there.
  const list = await ok<{ total: number }>(engine, 'cases.list', { limit: 1 });
  expect(list.total).toBe(saved);
  expect(fs.readdirSync(dir).filter((n) => n.includes('.preview-'))).toEqual([]);
});
