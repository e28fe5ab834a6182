import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { HEADER_SQL } from '../../electron/team/format';
import { openTeammateFile, RefusedFile } from '../../electron/team/teammate-file';
import { migrationsUpTo, seedCases } from '../db/migration-steps';
import { openDatabase } from '../../electron/db/client';
import { tempDir } from '../helpers/temp-workspace';
import { hostileCorpus } from './hostile-corpus';
import { exportOf, sampleDb } from './team-files';

describe("a teammate's file", () => {
  test('a valid export opens, read-only, from a copy', () => {
    const dir = tempDir();
    const { file, header } = exportOf(sampleDb(30, 3, dir));
    const before = fs.readFileSync(file);
    const work = path.join(dir, 'work');
    fs.mkdirSync(work);
    const opened = openTeammateFile(file, { migrationsFolder: MIGRATIONS_DIR, workDir: work });
    expect(opened.header).toEqual(header);
    expect(fs.readdirSync(work)).toHaveLength(1);
    expect(() => opened.sqlite.exec("update cases set title = 'x'")).toThrow(/readonly/);
    expect(opened.sqlite.pragma('trusted_schema', { simple: true })).toBe(0);
    opened.close();
    expect(fs.readdirSync(work)).toEqual([]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('an export from an older Winloop is upgraded on the copy, the file left as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.winloop');
    const old = openDatabase(path.join(dir, 'old.db'), { migrationsFolder: migrationsUpTo(11, dir) });
    seedCases(old.sqlite);
    old.sqlite.exec(HEADER_SQL);
    old.sqlite
      .prepare("insert into winloop_export values (1, '0.0.9', 11, null, 'Maja', '2026-01-01T00:00:00.000Z', ?, 0, 0)")
      .run('9e000000-0000-4000-8000-000000000001');
    old.sqlite.prepare('vacuum into ?').run(file);
    old.close();
    const before = fs.readFileSync(file);
    const opened = openTeammateFile(file, { migrationsFolder: MIGRATIONS_DIR, workDir: dir });
    try {
      expect(opened.header.schemaVersion).toBe(11);
      expect(opened.sqlite.prepare('select count(*) from cases').pluck().get()).toBe(4);
      expect(opened.sqlite.prepare('select count(*) from sync_clock').pluck().get()).toBe(1);
    } finally {
      opened.close();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('every hostile file is refused with one sentence naming it, and left as it was', () => {
    const dir = tempDir();
    const corpus = hostileCorpus(sampleDb(30, 5, dir), dir);
    const work = path.join(dir, 'work');
    fs.mkdirSync(work);
    for (const hostile of corpus) {
      const before = fs.readFileSync(hostile.file);
      let error: unknown;
      try {
        openTeammateFile(hostile.file, {
          migrationsFolder: MIGRATIONS_DIR,
          workDir: work,
          ...(hostile.sizeLimit ? { sizeLimit: hostile.sizeLimit } : {}),
        }).close();
      } catch (e) {
        error = e;
      }
      expect(error, hostile.name).toBeInstanceOf(RefusedFile);
      const message = (error as Error).message;
      expect(message, hostile.name).toMatch(hostile.says);
      expect(message, hostile.name).toContain(path.basename(hostile.file));
      expect(message, hostile.name).not.toMatch(/\n|\bat .*\.ts:\d+/);
      expect(fs.readFileSync(hostile.file).equals(before), hostile.name).toBe(true);
      expect(fs.readdirSync(work), hostile.name).toEqual([]);
    }
    // The WAL case holds data only its -wal has: refusing the pair is what keeps the rows from being half-read.
    const wal = corpus.find((h) => h.name.startsWith('a WAL'))!;
    expect(fs.statSync(`${wal.file}-wal`).size).toBeGreaterThan(0);
    const reader = new Database(wal.file, { readonly: true });
    expect(reader.prepare('select x from t').pluck().all()).toEqual(['in the wal only']);
    reader.close();
  });
});
