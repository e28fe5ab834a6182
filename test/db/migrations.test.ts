import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../electron/db/client';
import { DbOpenError } from '../../electron/db/errors';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { tempDir } from '../helpers/temp-workspace';

const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

describe('migrations', () => {
  test('what is applied is exactly the journal on disk, and the pragmas hold', () => {
    const db = openDatabase(path.join(tempDir(), 'a.db'), { migrationsFolder: MIGRATIONS_DIR });
    const applied = db.sqlite.prepare('select count(*) n from __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(journal.entries.length);
    expect(db.schemaVersion).toBe(journal.entries.length);
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  test('every table a teammate may carry is merge-ready: uuid id, created/updated, tombstone', () => {
    const db = openDatabase(path.join(tempDir(), 'b.db'), { migrationsFolder: MIGRATIONS_DIR });
    const tables = db.sqlite
      .prepare(
        // derived_* tables are recomputed from the file's own rows, never merged (electron/db/schema/derived.ts);
        // sync_* tables are the merge's own bookkeeping about those rows (electron/db/schema/sync.ts); settings and
        // the import history, journal and maps belong to this file (electron/db/schema/imports.ts).
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'derived_%' and name not like 'sync_%' and name not in ('__drizzle_migrations', 'settings', 'imports', 'import_changes', 'csv_mappings', 'import_reason_map')",
      )
      .pluck()
      .all() as string[];
    expect(tables.length).toBeGreaterThan(15);
    for (const table of tables) {
      const columns = (db.sqlite.prepare(`pragma table_info(${table})`).all() as { name: string; pk: number }[]).map(
        (c) => c.name,
      );
      expect(columns, table).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']));
    }
    db.close();
  });

  test('every migration after the first has its own N-1 → N test with data', () => {
    // test/db/migration-steps.ts builds the file at N-1; a new migration's test is a copy of the nearest one.
    const tests = new Set(fs.readdirSync(path.dirname(fileURLToPath(import.meta.url))));
    const missing = journal.entries
      .slice(1)
      .map((e) => `migration-${e.tag.slice(0, 4)}.test.ts`)
      .filter((file) => !tests.has(file));
    expect(missing).toEqual([]);
  });

  test('a file from a newer Winloop is refused and left untouched', () => {
    const file = path.join(tempDir(), 'newer.db');
    openDatabase(file, { migrationsFolder: MIGRATIONS_DIR }).close();
    const db = openDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
    db.sqlite.pragma('user_version = 99');
    db.close();
    const before = fs.readFileSync(file);
    const error = (() => {
      try {
        openDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DbOpenError);
    expect((error as DbOpenError).code).toBe('db_newer');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('a damaged file is a db_corrupt error, not a crash', () => {
    const file = path.join(tempDir(), 'broken.db');
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    expect(() => openDatabase(file, { migrationsFolder: MIGRATIONS_DIR })).toThrow(DbOpenError);
    try {
      openDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
    } catch (e) {
      expect((e as DbOpenError).code).toBe('db_corrupt');
    }
  });
});
