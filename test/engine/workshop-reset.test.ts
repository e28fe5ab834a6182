/**
 * "Reset workshop" on the real engine: the existing sample job builds a fresh sample in a file of its own,
 * with progress, then asks the host to switch to it; the open file, and an earlier workshop file, are never
 * overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, onTestFinished, test } from 'vitest';
import type { JobInfo } from '../../shared/contract/jobs';
import { startEngine, workshopFile } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { tempDir } from '../helpers/temp-workspace';

test('a reset builds a new workshop file as a sample job and switches to it, twice, never replacing a file', async () => {
  const dir = tempDir();
  const mine = path.join(dir, 'winloop.db');
  const sampleDir = path.join(dir, 'samples');
  const switched: string[] = [];
  const engine = await startEngine(mine, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'memory',
    places: { defaultDbPath: mine, sampleDir, migrationsFolder: MIGRATIONS_DIR },
    onSwitch: (file) => switched.push(file),
  });
  onTestFinished(() => engine.close());
  const progress: JobInfo[] = [];
  engine.events.subscribe((event, payload) => {
    if (event === 'job.progress') progress.push(payload as JobInfo);
  });
  const reset = async () => {
    const envelope = await engine.dispatch('jobs.start', {
      kind: 'sample',
      input: { cases: 60, seed: 42, open: true, workshop: true },
    });
    if (!envelope.ok) throw new Error(envelope.error.message);
    return engine.jobs.wait((envelope.value as JobInfo).id);
  };
  const first = await reset();
  expect(first).toMatchObject({ state: 'done', label: 'Resetting the workshop: building a sample of 60 cases' });
  const firstFile = String(first.result!.dbPath);
  expect(path.dirname(firstFile)).toBe(sampleDir);
  expect(path.basename(firstFile)).toMatch(/^workshop-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.db$/);
  const firstBytes = fs.readFileSync(firstFile);
  const second = await reset();
  const secondFile = String(second.result!.dbPath);
  expect(secondFile).not.toBe(firstFile);
  expect(switched).toEqual([firstFile, secondFile]);
  expect(fs.readFileSync(firstFile).equals(firstBytes)).toBe(true);
  expect(progress.some((p) => p.id === second.id && p.state === 'running' && p.done > 0)).toBe(true);
  const db = new Database(secondFile, { readonly: true });
  expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(60);
  db.close();
  // My own file stayed mine: no sample in it.
  const own = new Database(mine, { readonly: true });
  expect(own.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
  own.close();
}, 60_000);

test('a workshop name taken (even by a file being built) gets the next number', () => {
  const dir = tempDir();
  const at = new Date(2026, 11, 3, 9, 5, 7);
  const base = path.join(dir, 'workshop-2026-12-03-090507');
  expect(workshopFile(dir, at)).toBe(`${base}.db`);
  fs.writeFileSync(`${base}.db`, 'x');
  fs.writeFileSync(`${base}-2.db.building`, 'x');
  expect(workshopFile(dir, at)).toBe(`${base}-3.db`);
});
