/**
 * Damage that passes the quick check (it does not match indexes to their tables, and a flipped byte can sit in
 * a page it reads past) still surfaces when the merge reads the rows: such a read refuses the teammate's file in
 * one sentence, while an error of our own (a wrong SQL) is not passed off as the file's fault.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { fromTeammate } from '../../electron/team/teammate-file';
import { tempDir } from '../helpers/temp-workspace';

test("a read that finds the file damaged refuses it in one sentence; our own SQL's error stays ours", () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, 'cleo.winloop');
    const db = new Database(file);
    db.exec('create table t (id text primary key, v text)');
    const insert = db.prepare('insert into t values (?, ?)');
    for (let i = 0; i < 2000; i++) insert.run(`id-${i}`, 'x'.repeat(50));
    db.close();
    // Garbage over the middle of the table's pages: its b-tree no longer parses.
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 8192, 8192 + 4096 * 4);
    fs.writeFileSync(file, bytes);

    const damaged = new Database(file, { readonly: true });
    try {
      let refused: unknown = null;
      try {
        fromTeammate('cleo.winloop', () => damaged.prepare('select count(*), max(v) from t').get());
      } catch (error) {
        refused = error;
      }
      expect(refused).toMatchObject({ name: 'RefusedFile', code: 'invalid_input' });
      expect((refused as Error).message).toMatch(/^cleo\.winloop is damaged \([^\n]+\)\.$/);
      expect(() => fromTeammate('cleo.winloop', () => damaged.prepare('select * from missing').all())).toThrow(
        /no such table/,
      );
    } finally {
      damaged.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
