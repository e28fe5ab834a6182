/**
 * A merge made on a copy while the seller keeps saving (electron/team/staged-merge.ts): the saves captured on the
 * writer's connection are carried into the merged copy, which then replaces the database. Held against the
 * merge made directly after the same saves on a twin of the same file: the join must not care which came first.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { undoMerge } from '../../electron/team/apply';
import { capturing, startCapture } from '../../electron/team/merge-capture';
import { carryAndSwap, mergeOnCopy, type StagedFiles } from '../../electron/team/staged-merge';
import { mergeTableNames } from '../../electron/team/tables';
import { tempDir } from '../helpers/temp-workspace';
import { addCase, addRow, fork, member, setField, type Member } from './members';

const NEW_CASE = randomUUID();
const NEW_ACCOUNT = randomUUID();

/** What the seller saves while the merge runs: the same on both twins. */
function savesMeanwhile(m: Member, ids: { pumps: string; valves: string; acme: string; stale: string }): void {
  setField(m, 'cases', ids.pumps, 'value_minor', 250_000);
  // Ben changed these notes too, earlier: the later edit wins whichever way round the two arrive.
  setField(m, 'cases', ids.valves, 'notes', 'Anna, during the merge');
  addCase(m, ids.acme, 'Made during the merge', { id: NEW_CASE });
  // Ben's file brings an account of the same name: the two are recognised as one.
  addRow(m, 'accounts', { id: NEW_ACCOUNT, name: 'Globex' });
  setField(m, 'cases', ids.stale, 'deleted_at', '2026-12-01T10:00:00.000Z');
  m.db
    .prepare('insert or replace into settings (key, value, updated_at) values (?, ?, ?)')
    .run('homeCurrency', '"SEK"', new Date().toISOString());
}

/** Every merged table's rows as a person sees them (times of writing aside), and the settings. */
function contents(m: Member): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of [...mergeTableNames, 'settings']) {
    const rows = m.db.prepare(`select * from "${table}" order by 1`).all() as Record<string, unknown>[];
    out[table] = rows.map(({ updated_at: _u, created_at: _c, ...rest }) => rest);
  }
  return out;
}

function filesFor(dir: string): StagedFiles {
  return { copy: path.join(dir, `.merge-${randomUUID()}.db.building`), snapshot: path.join(dir, 'before-merge.db') };
}

test('the saves made during a merge on a copy are in the result, as if merged after them; undo puts them back without the file', async () => {
  const dir = tempDir();
  const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
  const acme = addRow(anna, 'accounts', { name: 'Acme' });
  const ids = {
    acme,
    pumps: addCase(anna, acme, 'Pumps'),
    valves: addCase(anna, acme, 'Valves'),
    stale: addCase(anna, acme, 'Gone quiet'),
  };
  ben.takeIn(anna);
  setField(ben, 'cases', ids.pumps, 'title', 'Pumps (Ben)');
  setField(ben, 'cases', ids.valves, 'notes', 'Ben, before the merge');
  addCase(ben, addRow(ben, 'accounts', { name: 'Globex' }), 'Ben’s deal');
  const benFile = ben.exportFile();
  const direct = fork(anna, dir, 'AnnaDirect');
  const unmerged = fork(anna, dir, 'AnnaUnmerged');

  startCapture(anna.db);
  const files = filesFor(dir);
  const merged = mergeOnCopy(anna.file, benFile, files, { migrationsFolder: MIGRATIONS_DIR, workDir: dir });
  expect(merged.report.counts.cases).toMatchObject({ added: 1, updated: 2 });
  savesMeanwhile(anna, ids);
  await carryAndSwap(anna.db, anna.file, merged.id, files, {});

  savesMeanwhile(direct, ids);
  direct.takeIn(benFile);
  expect(contents(anna)).toEqual(contents(direct));
  const [pumps] = anna.db.prepare('select title, value_minor from cases where id = ?').all(ids.pumps);
  expect(pumps).toEqual({ title: 'Pumps (Ben)', value_minor: 250_000 });
  expect(anna.db.prepare('select notes from cases where id = ?').pluck().get(ids.valves)).toBe(
    'Anna, during the merge',
  );
  expect(anna.db.prepare("select count(*) from accounts where name = 'Globex'").pluck().get()).toBe(1);
  expect(anna.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(capturing(anna.db)).toBe(false);
  expect(fs.existsSync(files.copy)).toBe(false);

  // The snapshot holds the saves too: undo goes back to the moment before the merge was put in place.
  expect(undoMerge(anna.db, merged.id)).toEqual({ undone: true });
  savesMeanwhile(unmerged, ids);
  expect(contents(anna)).toEqual(contents(unmerged));
});

test('a merge on a copy that nobody saved beside is the plain merge, and leaves no capture behind on failure', async () => {
  const dir = tempDir();
  const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
  addCase(ben, addRow(ben, 'accounts', { name: 'Initech' }), 'Printers');
  const benFile = ben.exportFile();
  const direct = fork(anna, dir, 'AnnaDirect');

  startCapture(anna.db);
  const files = filesFor(dir);
  const merged = mergeOnCopy(anna.file, benFile, files, { migrationsFolder: MIGRATIONS_DIR, workDir: dir });
  await carryAndSwap(anna.db, anna.file, merged.id, files, {});
  direct.takeIn(benFile);
  expect(contents(anna)).toEqual(contents(direct));

  // A copy that is not there (a disk emptied under it): the database stays as it is, the capture stops.
  startCapture(anna.db);
  const before = contents(anna);
  const missing = filesFor(dir);
  await expect(carryAndSwap(anna.db, anna.file, randomUUID(), missing, {})).rejects.toThrow();
  expect(contents(anna)).toEqual(before);
  expect(capturing(anna.db)).toBe(false);
});

test('the history written during a merge on a copy is kept beside the new merge’s own row', async () => {
  const dir = tempDir();
  const [anna, ben, cleo] = [member(dir, 'Anna'), member(dir, 'Ben'), member(dir, 'Cleo')];
  addCase(cleo, addRow(cleo, 'accounts', { name: 'Umbrella' }), 'Filters');
  addCase(ben, addRow(ben, 'accounts', { name: 'Initech' }), 'Printers');
  const earlier = anna.takeIn(cleo.exportFile());

  startCapture(anna.db);
  const files = filesFor(dir);
  const merged = mergeOnCopy(anna.file, ben.exportFile(), files, { migrationsFolder: MIGRATIONS_DIR, workDir: dir });
  // As keeping the other side of an earlier merge's conflict writes it.
  anna.db.prepare("update sync_merges set report = json_set(report, '$.flippedHere', 1) where id = ?").run(earlier.id);
  await carryAndSwap(anna.db, anna.file, merged.id, files, {});

  const history = anna.db
    .prepare("select id, report ->> '$.flippedHere' as flipped from sync_merges order by rowid")
    .all();
  expect(history).toEqual([
    { id: earlier.id, flipped: 1 },
    { id: merged.id, flipped: null },
  ]);
});
