/**
 * The merge job as the app runs it: on a copy in a thread of its own, so saves are answered while it runs and
 * are in the database after it; a cancel leaves the database as it was and no copy behind; an undo or an import
 * is refused while it runs.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { JobInfo } from '../../shared/contract/jobs';
import type { MergeReport } from '../../shared/contract/sharing';
import { ok, testEngine } from '../helpers/engine';
import { tempDir } from '../helpers/temp-workspace';
import { member } from './members';
import { exportOf, sampleDb } from './team-files';

const engineOn = (file: string) => testEngine(file, { readers: 1 });

/** The copies a merge makes beside the database: its working copy and the snapshot undo would restore. */
const copiesIn = (dir: string) =>
  fs.existsSync(path.join(dir, 'backups'))
    ? fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.includes('.merge-') || n.includes('-before-merge-'))
    : [];

test('saves are answered while a merge runs and are in the database after it, beside the teammate’s cases', async () => {
  const dir = tempDir();
  const teammate = exportOf(sampleDb(3_000, 11, dir), {}, path.join(dir, 'cleo.winloop')).file;
  const anna = member(dir, 'Anna');
  anna.close();
  const engine = await engineOn(anna.file);
  const started = await ok<JobInfo>(engine, 'jobs.start', { kind: 'team.merge', input: { file: teammate } });
  const phases = new Set<string>();
  engine.events.subscribe((event, payload) => {
    if (event === 'job.progress' && (payload as JobInfo).id === started.id) phases.add((payload as JobInfo).phase);
  });
  let during = 0;
  let saved = 0;
  while (engine.jobs.get(started.id).state === 'running') {
    await ok(engine, 'cases.create', { title: `Saved during the merge ${saved}`, accountName: 'Acme' });
    saved++;
    if (engine.jobs.get(started.id).state === 'running') during++;
  }
  const ended = await engine.jobs.wait(started.id);
  expect(ended.state, ended.error ?? '').toBe('done');
  expect(during).toBeGreaterThan(0);
  const report = JSON.parse(String(ended.result?.report)) as MergeReport;
  expect(report.counts.cases?.added).toBe(3_000);
  const list = await ok<{ total: number }>(engine, 'cases.list', { limit: 1 });
  expect(list.total).toBe(3_000 + saved);
  expect([...phases]).toEqual(expect.arrayContaining(['merging cases', 'putting the merge in place']));
  // The working copy is gone; the snapshot stays for undo (test/team/staged-merge.test.ts undoes one).
  expect(copiesIn(dir).filter((n) => n.includes('.merge-'))).toEqual([]);
  expect(copiesIn(dir).filter((n) => n.includes('-before-merge-'))).toHaveLength(1);
}, 60_000);

test('a cancelled merge leaves the database as it was and no copy behind; an undo or an import is refused while it runs', async () => {
  const dir = tempDir();
  const teammate = exportOf(sampleDb(3_000, 12, dir), {}, path.join(dir, 'dana.winloop')).file;
  const anna = member(dir, 'Anna');
  anna.close();
  const engine = await engineOn(anna.file);
  await ok(engine, 'cases.create', { title: 'Before the merge', accountName: 'Acme' });
  const started = await ok<JobInfo>(engine, 'jobs.start', { kind: 'team.merge', input: { file: teammate } });
  const refused = await engine.dispatch('jobs.start', { kind: 'team.undo', input: { mergeId: started.id } });
  expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
  expect(!refused.ok && refused.error.message).toMatch(/^A merge is running/);
  // Nor an import: its rows would be written beside the copy, not into it.
  const importing = await engine.dispatch('jobs.start', { kind: 'csv.import', input: { stageId: randomUUID() } });
  expect(importing).toMatchObject({ ok: false, error: { code: 'conflict' } });
  // Cancelled once it is merging: the copy has been taken and is half-written.
  await new Promise<void>((resolve) => {
    const off = engine.events.subscribe((event, payload) => {
      const info = payload as JobInfo;
      if (event === 'job.progress' && info.id === started.id && info.phase.startsWith('merging')) {
        off();
        resolve();
      }
    });
  });
  await ok(engine, 'cases.create', { title: 'During the merge', accountName: 'Acme' });
  const cancelledAt = Date.now();
  await ok(engine, 'jobs.cancel', { id: started.id });
  const ended = await engine.jobs.wait(started.id);
  expect(ended.state).toBe('cancelled');
  expect(Date.now() - cancelledAt).toBeLessThan(1_000);
  expect((await ok<{ total: number }>(engine, 'cases.list', { limit: 1 })).total).toBe(2);
  expect(await ok<unknown[]>(engine, 'sharing.history', {})).toEqual([]);
  expect(copiesIn(dir)).toEqual([]);
  // The capture stopped with it: a merge started again carries in only what is saved during it.
  const again = await ok<JobInfo>(engine, 'jobs.start', { kind: 'team.merge', input: { file: teammate } });
  expect((await engine.jobs.wait(again.id)).state).toBe('done');
  expect((await ok<{ total: number }>(engine, 'cases.list', { limit: 1 })).total).toBe(3_002);
}, 60_000);
