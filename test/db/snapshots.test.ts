/**
 * Rolling snapshots on real files: taken by the engine (as a job, on a schedule, on close), pruned to the
 * newest N, restored (the state replaced is snapshotted first, so a restore is undone by restoring that), a
 * damaged file offered its newest good snapshot with what may be missing (a damaged snapshot skipped), in the
 * open path, the engine and the CLI.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../electron/db/client';
import { DbOpenError } from '../../electron/db/errors';
import {
  listSnapshots,
  pruneSnapshots,
  restoreSnapshot,
  snapshotDir,
  takeSnapshotNow,
} from '../../electron/db/snapshots';
import { startEngine } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { openWorkspace } from '../../electron/workspace';
import { tempDir } from '../helpers/temp-workspace';

const ROOT = path.resolve(import.meta.dirname, '../..');

function database(titles: string[]): string {
  const file = path.join(tempDir(), 'winloop.db');
  const opened = openDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
  opened.close();
  addCases(file, titles);
  return file;
}

function addCases(file: string, titles: string[]): void {
  const ws = openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'memory', create: false });
  try {
    for (const title of titles) {
      const saved = ws.dispatchSync('cases.create', { title, accountName: 'Acme' });
      if (!saved.ok) throw new Error(saved.error.message);
    }
  } finally {
    ws.close();
  }
}

const titles = (file: string): string[] => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare('select title from cases order by title').pluck().all() as string[]).sort();
  } finally {
    sqlite.close();
  }
};

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 2, 8, minutes));

const engineOn = (file: string, snapshots: { everyHours?: number; keep?: number } | false = {}) =>
  startEngine(file, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'memory',
    readers: 1,
    create: false,
    snapshots,
  });

/** Overwrites the header and the first pages: SQLite no longer sees a database. */
function damage(file: string, from = 0): void {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, from);
  fs.closeSync(fd);
}

describe('taking and pruning', () => {
  test('snapshots are whole single files, newest first, with their cases; pruned to the newest N', () => {
    const file = database(['Alpha', 'Beta']);
    for (let m = 0; m < 5; m++) takeSnapshotNow(file, { now: at(m), keep: 3 });
    const listed = listSnapshots(file);
    expect(listed.map((s) => s.takenAt)).toEqual([at(4), at(3), at(2)].map((d) => d.toISOString()));
    expect(listed.every((s) => s.good && s.cases === 2 && s.bytes > 0)).toBe(true);
    // One file each: no -wal or -journal beside them, nothing half-made.
    expect(fs.readdirSync(snapshotDir(file)).sort()).toEqual(listed.map((s) => s.name).sort());
    expect(pruneSnapshots(file, 1)).toHaveLength(2);
    expect(listSnapshots(file)).toHaveLength(1);
  });

  test('a snapshot of another file in the same folder is not this file’s', () => {
    const file = database(['Alpha']);
    const other = path.join(path.dirname(file), 'winloop-old.db');
    fs.copyFileSync(file, other);
    takeSnapshotNow(other, { now: at(1) });
    expect(listSnapshots(file)).toEqual([]);
    expect(listSnapshots(other)).toHaveLength(1);
  });

  test('the engine takes one as a job, one on close when something changed, none when nothing did', async () => {
    const file = database(['Alpha']);
    const engine = await engineOn(file, { keep: 5 });
    const started = await engine.dispatch('jobs.start', { kind: 'snapshot', input: {} });
    expect(started).toMatchObject({ ok: true, value: { kind: 'snapshot' } });
    const ended = await engine.jobs.wait((started as { value: { id: string } }).value.id);
    expect(ended.state).toBe('done');
    expect(ended.result?.bytes).toBeGreaterThan(0);
    expect(listSnapshots(file).map((s) => s.cases)).toEqual([1]);
    expect(await engine.dispatch('cases.create', { title: 'Beta', accountName: 'Acme' })).toMatchObject({ ok: true });
    await engine.close();
    expect(listSnapshots(file).map((s) => s.cases)).toEqual([2, 1]);

    const quiet = await engineOn(file, { keep: 5 });
    expect(await quiet.dispatch('cases.list', { limit: 1 })).toMatchObject({ ok: true });
    await quiet.close();
    expect(listSnapshots(file)).toHaveLength(2);
  });

  test('while in use: one after a change once the interval has passed, and not again until the next change', async () => {
    const file = database(['Alpha']);
    // An interval of 0.4 s: the schedule looks that often.
    const engine = await engineOn(file, { everyHours: 0.4 / 3600, keep: 5 });
    try {
      await new Promise((r) => setTimeout(r, 900));
      expect(listSnapshots(file), 'nothing changed yet').toHaveLength(0);
      expect(await engine.dispatch('cases.create', { title: 'Beta', accountName: 'Acme' })).toMatchObject({ ok: true });
      for (let i = 0; i < 100 && listSnapshots(file).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(listSnapshots(file).map((s) => s.cases)).toEqual([2]);
      await new Promise((r) => setTimeout(r, 1200));
      expect(listSnapshots(file)).toHaveLength(1);
    } finally {
      await engine.close();
    }
  });
});

describe('restoring', () => {
  test('puts the snapshot in place after snapshotting the current state, so restoring that undoes it', () => {
    const file = database(['Alpha']);
    const first = takeSnapshotNow(file, { now: at(1) });
    addCases(file, ['Beta']);
    const restored = restoreSnapshot(file, first.name, { now: at(2) });
    expect(titles(file)).toEqual(['Alpha']);
    expect(openDatabase(file, { migrationsFolder: MIGRATIONS_DIR, readOnly: true }).schemaVersion).toBeGreaterThan(0);
    expect('snapshot' in restored.undo && restored.undo.snapshot).toMatch(/before-restore\.db$/);
    const safety = listSnapshots(file).find((s) => s.beforeRestore)!;
    expect(safety).toMatchObject({ good: true, cases: 2 });

    restoreSnapshot(file, safety.name, { now: at(3) });
    expect(titles(file)).toEqual(['Alpha', 'Beta']);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  test('an unknown or damaged snapshot is refused and the file is left as it was', () => {
    const file = database(['Alpha']);
    const snap = takeSnapshotNow(file, { now: at(1) });
    damage(snap.file);
    expect(() => restoreSnapshot(file, 'nope.db')).toThrow(/no snapshot called nope\.db/);
    expect(() => restoreSnapshot(file, snap.name)).toThrow(/is (damaged|unreadable)/);
    expect(titles(file)).toEqual(['Alpha']);
  });
});

describe('a damaged database at start', () => {
  function damagedWithSnapshots() {
    const file = database(['Alpha', 'Beta']);
    const good = takeSnapshotNow(file, { now: at(1) });
    const bad = takeSnapshotNow(file, { now: at(2) });
    damage(bad.file);
    damage(file);
    return { file, good, bad };
  }

  test('openDatabase offers the newest good snapshot (a damaged newer one skipped), saying what may be missing', () => {
    const { file, good } = damagedWithSnapshots();
    let refusal: DbOpenError | null = null;
    try {
      openDatabase(file, { migrationsFolder: MIGRATIONS_DIR }).close();
    } catch (error) {
      refusal = error as DbOpenError;
    }
    expect(refusal?.code).toBe('db_corrupt');
    expect(refusal?.snapshot).toMatchObject({ name: good.name, cases: 2 });
    expect(refusal?.snapshot?.missing).toMatch(/^Changes after 2 Dec 2026, \d\d:01 may be missing\.$/);
    expect(refusal?.backups[0]).toBe(good.file);
  });

  test('a file still readable says how many cases changed after the snapshot', async () => {
    const file = database(['Alpha']);
    await new Promise((r) => setTimeout(r, 5));
    const good = takeSnapshotNow(file);
    await new Promise((r) => setTimeout(r, 5));
    addCases(file, ['Beta', 'Gamma']);
    // Damage another table's page: quick_check fails, the cases table still reads.
    const sqlite = new Database(file);
    sqlite.pragma('journal_mode = DELETE');
    const page = sqlite.prepare("select rootpage from sqlite_master where name = 'actions'").pluck().get() as number;
    const size = sqlite.pragma('page_size', { simple: true }) as number;
    sqlite.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(size, 0xff), 0, size, (page - 1) * size);
    fs.closeSync(fd);
    let refusal: DbOpenError | null = null;
    try {
      openDatabase(file, { migrationsFolder: MIGRATIONS_DIR }).close();
    } catch (error) {
      refusal = error as DbOpenError;
    }
    expect(refusal?.snapshot?.name).toBe(good.name);
    expect(refusal?.snapshot?.missing).toMatch(
      /^2 cases in the damaged file were changed after .+ \(it holds 3 cases, the snapshot 1 case\); those changes may be missing\.$/,
    );
  });

  test('the engine carries the offer to the hosts', async () => {
    const { file, good } = damagedWithSnapshots();
    const refusal = await engineOn(file, false).then(
      () => null,
      (error: unknown) => error as DbOpenError,
    );
    expect(refusal).toBeInstanceOf(DbOpenError);
    expect(refusal?.snapshot?.name).toBe(good.name);
  });

  test('the CLI: restore suggests it, lists both, restores the good one', () => {
    const { file, good, bad } = damagedWithSnapshots();
    const cli = (...args: string[]) =>
      spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const summary = cli('summary', '--db', file);
    expect(summary.status).toBe(1);
    expect(summary.stderr).toContain(`Restore it with: restore --db FILE --snapshot ${good.name}`);

    const suggested = cli('restore', '--db', file);
    expect(suggested.status).toBe(0);
    expect(suggested.stdout).toContain(`The newest good snapshot is from`);
    expect(suggested.stdout).toContain(`--snapshot ${good.name}`);

    const listed = JSON.parse(cli('restore', '--db', file, '--list', '--json').stdout) as {
      snapshots: { name: string; good: boolean }[];
    };
    expect(listed.snapshots.map((s) => [s.name, s.good])).toEqual([
      [bad.name, false],
      [good.name, true],
    ]);

    const restored = cli('restore', '--db', file, '--snapshot', good.name, '--json');
    expect(restored.status, restored.stderr).toBe(0);
    const answer = JSON.parse(restored.stdout) as { restored: { name: string }; undo: { setAside?: string } };
    expect(answer.restored.name).toBe(good.name);
    expect(answer.undo.setAside).toMatch(/winloop\.db\.broken-/);
    expect(titles(file)).toEqual(['Alpha', 'Beta']);
  });
});
