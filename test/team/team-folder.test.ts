/**
 * The team folder's scheduler against real engines, real exports and a real folder, with a manual clock: it
 * writes this seller's file atomically and only after a change, waits for a teammate's file to stop changing,
 * merges one without conflicts by itself and only once, leaves one with conflicts pending, reports a refused
 * file without merging it, and never reads a sync tool's temporary or conflict copies.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import type { MergeHistoryEntry } from '../../shared/contract/sharing';
import { ownFileName } from '../../electron/team-folder/names';
import { tempDir } from '../helpers/temp-workspace';
import { addCase, addRow, member, setField } from './members';
import { engineOn, manualClock, ok, watchFolder } from './team-folder-support';

function folderIn(dir: string): string {
  const folder = path.join(dir, 'Dropbox', 'Team');
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

const caseTitles = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('select title from cases order by title').pluck().all();
  } finally {
    db.close();
  }
};

test('this file is written on start, atomically, and again only once something changed', async () => {
  const dir = tempDir();
  const folder = folderIn(dir);
  const anna = member(dir, 'Anna Maria Ström');
  addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
  anna.close();
  const engine = await engineOn(anna.file);
  const clock = manualClock();
  const watched = await watchFolder(engine, clock, folder);
  const own = ownFileName('Anna Maria Ström', anna.id);
  expect(own).toBe(`anna-maria-strom-${anna.id.replace(/-/g, '').slice(0, 8)}.winloop`);
  expect(fs.readdirSync(folder)).toEqual([own]);
  expect(watched.status()).toMatchObject({ state: 'idle', ownFile: own, error: null, files: [] });
  expect(watched.status().lastExportAt).toBe('2026-12-03T12:00:00.000Z');
  const header = new Database(path.join(folder, own), { readonly: true });
  expect(header.prepare('select member_name from winloop_export').pluck().get()).toBe('Anna Maria Ström');
  expect(header.prepare('select count(*) from cases').pluck().get()).toBe(1);
  header.close();
  // Nothing was built in the synced folder: the export is made beside the database and copied in whole.
  expect(fs.readdirSync(path.join(dir, 'team-folder'))).toEqual([]);

  await watched.scheduler.syncNow();
  await watched.after(10 * 60_000);
  expect(watched.started('team.export')).toBe(1);

  await ok(engine, 'cases.create', { title: 'Valves', accountName: 'Acme', valueMinor: 5_000, currency: 'EUR' });
  await watched.after(9 * 60_000);
  expect(watched.started('team.export')).toBe(1);
  await watched.after(60_000);
  expect(watched.started('team.export')).toBe(2);
  expect(fs.readdirSync(folder)).toEqual([own]);
  expect(caseTitles(path.join(folder, own))).toEqual(['Pumps', 'Valves']);

  // On quit, the last change goes too.
  await ok(engine, 'cases.create', { title: 'Seals', accountName: 'Acme', valueMinor: 5_000, currency: 'EUR' });
  await watched.scheduler.stop();
  expect(watched.started('team.export')).toBe(3);
  expect(caseTitles(path.join(folder, own))).toEqual(['Pumps', 'Seals', 'Valves']);
}, 60_000);

test('a file still arriving waits; once stable and without conflicts it is merged by itself, and only once', async () => {
  const dir = tempDir();
  const folder = folderIn(dir);
  const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
  addCase(ben, addRow(ben, 'accounts', { name: 'Baltic Freight' }), 'Cold chain sensors');
  const bens = ben.exportFile();
  anna.close();
  ben.close();
  const engine = await engineOn(anna.file);
  const clock = manualClock();
  const watched = await watchFolder(engine, clock, folder);

  // A sync tool writing it in place: half of it first.
  const arriving = path.join(folder, ownFileName('Ben', ben.id));
  const bytes = fs.readFileSync(bens);
  fs.writeFileSync(arriving, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await watched.scheduler.syncNow();
  expect(watched.status().files).toMatchObject([{ name: path.basename(arriving), state: 'waiting' }]);
  fs.appendFileSync(arriving, bytes.subarray(Math.floor(bytes.length / 2)));
  // Looked at again after the settle time: it changed since, so it waits once more.
  expect((await watched.after(2_000)).files).toMatchObject([{ state: 'waiting' }]);
  expect(watched.started('team.preview')).toBe(0);

  const merged = await watched.after(2_000);
  expect(merged.files).toMatchObject([{ state: 'merged', memberName: 'Ben', conflicts: 0 }]);
  expect(merged.files[0]?.message).toMatch(/^Merged by itself: .*\(1 new case\)\.$/);
  expect(caseTitles(anna.file)).toEqual(['Cold chain sensors']);

  // Unchanged, it is never taken in again, however often the folder is looked at.
  for (let i = 0; i < 3; i++) await watched.after(30_000);
  await watched.scheduler.syncNow();
  expect(watched.started('team.preview')).toBe(1);
  expect(watched.started('team.merge')).toBe(1);
  expect(await ok<MergeHistoryEntry[]>(engine, 'sharing.history')).toHaveLength(1);
  expect(watched.announced.some((s) => s.files[0]?.state === 'merged')).toBe(true);
}, 60_000);

test('a file with a conflict waits for the seller, and counts as merged once they merged it from the preview', async () => {
  const dir = tempDir();
  const folder = folderIn(dir);
  const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
  const deal = addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
  ben.takeIn(anna);
  setField(anna, 'cases', deal, 'title', 'Pumps (Anna)');
  setField(ben, 'cases', deal, 'title', 'Pumps (Ben)');
  const file = path.join(folder, ownFileName('Ben', ben.id));
  fs.copyFileSync(ben.exportFile(), file);
  anna.close();
  ben.close();
  const engine = await engineOn(anna.file);
  const clock = manualClock();
  const watched = await watchFolder(engine, clock, folder);

  const pending = await watched.after(2_000);
  expect(pending.files).toEqual([
    expect.objectContaining({
      state: 'pending',
      path: file,
      memberName: 'Ben',
      conflicts: 1,
      message: '1 conflict: changed here and in this file since you last merged. Review it to choose.',
    }),
  ]);
  expect(watched.started('team.merge')).toBe(0);
  expect(caseTitles(anna.file)).toEqual(['Pumps (Anna)']);
  await watched.after(30_000);
  expect(watched.started('team.preview')).toBe(1);

  // The seller reviews it and merges (Settings ▸ Share with the team does exactly this job).
  const started = await ok<{ id: string }>(engine, 'jobs.start', { kind: 'team.merge', input: { file } });
  await engine.jobs.wait(started.id);
  await watched.scheduler.idle();
  expect(watched.status().files).toMatchObject([{ state: 'merged', message: 'Merged after your review.' }]);
}, 60_000);

test('a conflict this side’s later change wins still waits for the seller, who may want the other value', async () => {
  const dir = tempDir();
  const folder = folderIn(dir);
  const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
  const deal = addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
  ben.takeIn(anna);
  setField(ben, 'cases', deal, 'title', 'Pumps (Ben)');
  setField(anna, 'cases', deal, 'title', 'Pumps (Anna)');
  fs.copyFileSync(ben.exportFile(), path.join(folder, ownFileName('Ben', ben.id)));
  anna.close();
  ben.close();
  const engine = await engineOn(anna.file);
  const watched = await watchFolder(engine, manualClock(), folder);
  expect((await watched.after(2_000)).files).toMatchObject([{ state: 'pending', conflicts: 1 }]);
  expect(watched.started('team.merge')).toBe(0);
  // Merged from the preview, it changes nothing here (so no data.changed), and still counts as reviewed.
  const file = path.join(folder, ownFileName('Ben', ben.id));
  const started = await ok<{ id: string }>(engine, 'jobs.start', { kind: 'team.merge', input: { file } });
  await engine.jobs.wait(started.id);
  await watched.scheduler.idle();
  expect(watched.status().files).toMatchObject([{ state: 'merged', message: 'Merged after your review.' }]);
  expect(caseTitles(anna.file)).toEqual(['Pumps (Anna)']);
}, 60_000);

test('a refused file is reported in one sentence, never merged, and read again only once it changes', async () => {
  const dir = tempDir();
  const folder = folderIn(dir);
  const anna = member(dir, 'Anna');
  anna.close();
  const engine = await engineOn(anna.file);
  const clock = manualClock();
  const watched = await watchFolder(engine, clock, folder);
  const junk = path.join(folder, 'cleo-12345678.winloop');
  fs.writeFileSync(junk, 'hello');
  await watched.scheduler.syncNow();
  const refused = await watched.after(2_000);
  expect(refused.files).toMatchObject([
    {
      name: 'cleo-12345678.winloop',
      state: 'refused',
      message: 'cleo-12345678.winloop is not a Winloop file (it is not a SQLite database).',
    },
  ]);
  await watched.after(30_000);
  expect(watched.started('team.preview')).toBe(1);
  expect(watched.started('team.merge')).toBe(0);
  expect(await ok<MergeHistoryEntry[]>(engine, 'sharing.history')).toEqual([]);

  fs.writeFileSync(junk, 'hello again');
  await watched.after(30_000);
  await watched.after(2_000);
  expect(watched.started('team.preview')).toBe(2);
}, 60_000);

test("a sync tool's temporary and conflict copies, and this seller's own file, are never read", async () => {
  const dir = tempDir();
  const folder = folderIn(dir);
  const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
  addCase(ben, addRow(ben, 'accounts', { name: 'Acme' }), 'Pumps');
  const bens = ben.exportFile();
  anna.close();
  ben.close();
  const names = [
    '.syncthing.ben.winloop.tmp',
    '.ben.winloop.a1b2c3',
    'ben.sync-conflict-20261203-120000-ABCDEFG.winloop',
    "ben (Anna's conflicted copy 2026-12-03).winloop",
    'ben (conflict 1).winloop',
    '~$ben.winloop',
    'ben.winloop.part',
    'ben.winloop.partial',
    'ben.winloop.crdownload',
    'ben.winloop.tmp',
    'ben.winloop.building',
    'ben.txt',
  ];
  for (const name of names) fs.copyFileSync(bens, path.join(folder, name));
  const engine = await engineOn(anna.file);
  const clock = manualClock();
  const watched = await watchFolder(engine, clock, folder);
  await watched.after(2_000);
  await watched.after(30_000);
  expect(watched.status().files).toEqual([]);
  expect(watched.started('team.preview')).toBe(0);
  expect(fs.readdirSync(folder).sort()).toEqual([...names, ownFileName('Anna', anna.id)].sort());

  // The same bytes under a teammate's name are read.
  fs.copyFileSync(bens, path.join(folder, 'ben-00000000.winloop'));
  await watched.after(30_000);
  expect((await watched.after(2_000)).files).toMatchObject([{ name: 'ben-00000000.winloop', state: 'merged' }]);
}, 60_000);

test('two teammates sharing one folder converge, and stop once nothing is new', async () => {
  const dir = tempDir();
  const folder = folderIn(dir);
  const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
  addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
  addCase(ben, addRow(ben, 'accounts', { name: 'Baltic Freight' }), 'Cold chain sensors');
  anna.close();
  ben.close();
  const [annaEngine, benEngine] = [await engineOn(anna.file), await engineOn(ben.file)];
  const clock = manualClock();
  const a = await watchFolder(annaEngine, clock, folder);
  const b = await watchFolder(benEngine, clock, folder);
  for (let round = 0; round < 4; round++) {
    await a.after(2_000);
    await b.after(2_000);
    await a.after(10 * 60_000);
    await b.after(10 * 60_000);
  }
  expect(caseTitles(anna.file)).toEqual(['Cold chain sensors', 'Pumps']);
  expect(caseTitles(ben.file)).toEqual(['Cold chain sensors', 'Pumps']);
  // Each took the other's file in once; what came back after carried nothing new, so it was not merged.
  expect(a.started('team.merge') + b.started('team.merge')).toBe(2);
  expect(a.status().files.map((f) => f.memberName)).toEqual(['Ben']);
  expect(b.status().files.map((f) => f.memberName)).toEqual(['Anna']);
  const counts = () => (['team.export', 'team.preview', 'team.merge'] as const).map((k) => a.started(k) + b.started(k));
  const settled = counts();
  for (let round = 0; round < 2; round++) {
    await a.after(10 * 60_000);
    await b.after(10 * 60_000);
  }
  expect(counts()).toEqual(settled);
}, 60_000);
