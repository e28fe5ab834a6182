import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { applyMerge } from '../../electron/team/apply';
import { RefusedFile } from '../../electron/team/teammate-file';
import { tempDir } from '../helpers/temp-workspace';
import { hostileCorpus } from './hostile-corpus';
import { addCase, addRow, member, setField } from './members';
import { sampleDb } from './team-files';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cli = (...args: string[]) =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

const bytesOf = (file: string) =>
  ['', '-wal'].map((s) => (fs.existsSync(file + s) ? fs.readFileSync(file + s) : Buffer.alloc(0)));

describe('sharing by file', () => {
  test('CLI: export, preview with a conflict (nothing changed), import, history', () => {
    const dir = tempDir();
    const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
    const deal = addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
    ben.takeIn(anna);
    setField(anna, 'cases', deal, 'title', 'Pumps (Anna)');
    setField(ben, 'cases', deal, 'title', 'Pumps (Ben)');
    anna.close();
    ben.close();

    const out = path.join(dir, 'ben.winloop');
    const exported = cli('export', '--db', ben.file, '--out', out, '--without-private');
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^Exported 1 case to .*ben\.winloop .*without private contacts\)\.\n$/);

    const before = bytesOf(anna.file);
    const preview = cli('import', '--db', anna.file, '--dry-run', '--json', out);
    expect(preview.status, preview.stderr).toBe(0);
    const { previews } = JSON.parse(preview.stdout) as {
      previews: { conflicts: { local: string; remote: string }[] }[];
    };
    expect(previews[0]!.conflicts).toMatchObject([{ local: 'Pumps (Anna)', remote: 'Pumps (Ben)' }]);
    expect(bytesOf(anna.file)[0]!.equals(before[0]!)).toBe(true);
    const db = new Database(anna.file, { readonly: true });
    expect(db.prepare('select title from cases').pluck().get()).toBe('Pumps (Anna)');
    db.close();

    const merged = cli('import', '--db', anna.file, out);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toContain(
      'conflict: cases "Pumps (Anna)" title: here "Pumps (Anna)", theirs "Pumps (Ben)" → kept theirs',
    );
    const history = cli('history', '--db', anna.file, '--json');
    expect(history.status).toBe(0);
    const entries = JSON.parse(history.stdout) as { fromMemberName: string; report: { conflicts: unknown[] } }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ fromMemberName: 'Ben' });
    expect(entries[0]!.report.conflicts).toHaveLength(1);
  });

  test('CLI: a refused file is one line and exit 1, the database byte-identical', () => {
    const dir = tempDir();
    const db = sampleDb(20, 2, dir);
    const junk = path.join(dir, 'junk.winloop');
    fs.writeFileSync(junk, 'not a database at all');
    const before = bytesOf(db);
    const refused = cli('import', '--db', db, junk);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('winloop: junk.winloop is not a Winloop file (it is not a SQLite database).\n');
    expect(refused.stdout).toBe('');
    expect(bytesOf(db).every((b, i) => b.equals(before[i]!))).toBe(true);
  });

  test('every hostile file is refused while the database is open, and it stays byte-identical', () => {
    const dir = tempDir();
    const db = sampleDb(30, 4, dir);
    const corpus = hostileCorpus(db, dir);
    const open = new Database(db);
    try {
      const before = bytesOf(db);
      for (const hostile of corpus) {
        expect(
          () =>
            applyMerge(open, hostile.file, {
              dbFile: db,
              migrationsFolder: MIGRATIONS_DIR,
              workDir: dir,
              ...(hostile.sizeLimit ? { sizeLimit: hostile.sizeLimit } : {}),
            }),
          hostile.name,
        ).toThrow(RefusedFile);
        const now = bytesOf(db);
        expect(
          now.every((b, i) => b.equals(before[i]!)),
          hostile.name,
        ).toBe(true);
      }
      expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    } finally {
      open.close();
    }
  });
});
