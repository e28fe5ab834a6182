import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mergeHistory, undoMerge } from '../../electron/team/apply';
import { mergeTableNames } from '../../electron/team/tables';
import { tempDir } from '../helpers/temp-workspace';
import { addCase, addRow, member, setField } from './members';
import type Database from 'better-sqlite3';

const contents = (db: Database.Database) =>
  Object.fromEntries(
    [...mergeTableNames, 'sync_field_clocks', 'sync_aliases', 'sync_seen'].map((t) => [
      t,
      db.prepare(`select * from "${t}" order by 1, 2`).all(),
    ]),
  );

describe('undo a merge', () => {
  test('puts every row back as it was when nothing changed since; the history says it was undone', () => {
    const dir = tempDir();
    const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
    const deal = addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
    ben.takeIn(anna);
    addCase(ben, addRow(ben, 'accounts', { name: 'acme ' }), 'Valves');
    setField(ben, 'cases', deal, 'title', 'Pumps 2');
    const before = contents(anna.db);
    const merge = anna.takeIn(ben);
    expect(anna.db.prepare('select count(*) from cases').pluck().get()).toBe(2);
    expect(fs.existsSync(merge.snapshotFile)).toBe(true);
    expect(undoMerge(anna.db, merge.id)).toEqual({ undone: true });
    expect(contents(anna.db)).toEqual(before);
    expect(anna.db.pragma('foreign_key_check')).toEqual([]);
    expect(mergeHistory(anna.db)[0]).toMatchObject({ id: merge.id, fromMemberName: 'Ben' });
    expect(mergeHistory(anna.db)[0]!.undoneAt).not.toBeNull();
    expect(fs.existsSync(merge.snapshotFile)).toBe(false);
    // Taken in again, it merges as the first time did.
    expect(anna.takeIn(ben).report.counts.cases).toMatchObject({ added: 1, updated: 1 });
  });

  test('says what would be lost when something changed since, and changes nothing', () => {
    const dir = tempDir();
    const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
    addCase(ben, addRow(ben, 'accounts', { name: 'Acme' }), 'Valves');
    const merge = anna.takeIn(ben);
    const deal = anna.db.prepare('select id from cases').pluck().get() as string;
    setField(anna, 'cases', deal, 'title', 'Valves, phase 2');
    const after = contents(anna.db);
    expect(undoMerge(anna.db, merge.id)).toEqual({
      undone: false,
      reason: 'Undoing this merge would lose 1 change(s) made since; nothing was undone.',
    });
    expect(contents(anna.db)).toEqual(after);
  });
});
