/**
 * Crash safety of the jobs that write the open database or beside it, shown by killing: a child process opens
 * the file through the engine and starts a CSV import, a team merge or a rolling snapshot; the test kills it
 * with SIGKILL in the middle, then checks the file as the next start leaves it: integrity ok, every row as
 * before the job (an import's committed chunks taken back at start; a merge, made on a copy and put in place
 * in one transaction, never in the file), and no temporary file left: no staged CSV, no `.building` copy (a
 * merge's working copy among them), no checked teammate copy, no orphaned copy taken before a merge, and no
 * half-made snapshot listed as good.
 * `npm test` runs 2 kills of each; `npm run soak` (WINLOOP_SOAK=1) 20. WINLOOP_SEED replays a run.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../electron/db/client';
import { listSnapshots, snapshotDir } from '../../electron/db/snapshots';
import { startEngine } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { generateSample } from '../../electron/sample/generate';
import { tempDir } from '../helpers/temp-workspace';
import { mavenLike, mavenMapping } from '../helpers/maven-like';
import { exportOf } from '../team/team-files';
import { contentHash, readBack, runAndKill, seeded } from './kill-harness';

const SOAK = process.env.WINLOOP_SOAK === '1';
const ROUNDS = Number(process.env.WINLOOP_JOB_KILLS ?? (SOAK ? 20 : 2));
const SEED = Number(process.env.WINLOOP_SEED ?? Date.now() % 1_000_000);

/** What a killed job may leave in the database's folder, before the next start removes it. */
const temporary = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.building|\.teammate-|-before-merge-/.test(name));

async function engineOn(file: string) {
  return startEngine(file, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'memory',
    create: false,
    readers: 1,
    snapshots: false,
  });
}

/** A database with a few cases of the seller's own, made through the engine. */
async function sellersDatabase(dir: string): Promise<string> {
  const file = path.join(dir, 'winloop.db');
  openDatabase(file, { migrationsFolder: MIGRATIONS_DIR }).close();
  const engine = await engineOn(file);
  for (const title of ['Fleet', 'Depot', 'Harbour'])
    expect(await engine.dispatch('cases.create', { title, accountName: 'Acme' })).toMatchObject({ ok: true });
  await engine.close();
  return file;
}

const count = (file: string, sql: string): number => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare(sql).pluck().get() as number;
  } finally {
    sqlite.close();
  }
};

describe(`kill -9 in the middle of a job (${ROUNDS} kills each, seed ${SEED})`, () => {
  test(
    'a CSV import: its committed chunks are taken back at the next start, every row as before',
    async () => {
      const dir = tempDir();
      const file = await sellersDatabase(dir);
      const csv = path.join(tempDir(), 'deals.csv');
      fs.writeFileSync(csv, mavenLike(20_000));
      // The import's history row stays, saying cancelled; the clock's counter has ticked. All else as before.
      const skip = ['derived_%', 'imports', 'import_changes', 'sync_clock'];
      const before = contentHash(file, skip);
      const random = seeded(SEED);
      let midway = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const context = `round ${round}, seed ${SEED}`;
        const report = await runAndKill(['import', file, csv, JSON.stringify(mavenMapping)], {
          afterLine: 'writing',
          delayMs: random() * 600,
        });
        expect(report.killed, `${context}: ${report.stderr}`).toBe(true);
        expect(readBack(file).integrity, context).toBe('ok');
        const written = count(file, 'select count(*) from cases') - 3;
        if (written > 0 && written < 20_000) midway++;

        const next = await engineOn(file);
        await next.close();
        expect(readBack(file).integrity, context).toBe('ok');
        expect(contentHash(file, skip), `${context}: ${written} imported cases were left`).toBe(before);
        expect(count(file, "select count(*) from imports where status = 'running'"), context).toBe(0);
        expect(count(file, 'select count(*) from import_changes'), context).toBe(0);
        expect(temporary(dir), context).toEqual([]);
        // The file the killed process had staged (and its name) went at the next start.
        expect(fs.readdirSync(path.join(dir, 'imports')), context).toEqual([]);
      }
      console.info(`kill test, import: ${ROUNDS} kills, ${midway} with chunks committed, seed ${SEED}`);
      expect(midway, 'the kills came while chunks were being written').toBeGreaterThan(0);
    },
    Math.max(180_000, ROUNDS * 30_000),
  );

  test(
    'a team merge: nothing of it in the file, no copy of either file left after the next start',
    async () => {
      const dir = tempDir();
      const file = await sellersDatabase(dir);
      const teammateDir = tempDir();
      const teammate = path.join(teammateDir, 'sample.db');
      generateSample(teammate, { cases: 1_500, seed: 11, today: '2026-06-01', migrationsFolder: MIGRATIONS_DIR });
      const winloop = exportOf(teammate, {}, path.join(teammateDir, 'cleo.winloop')).file;
      const before = contentHash(file, ['derived_%']);
      const teammateFiles = fs.readdirSync(teammateDir).sort();
      const teammateBytes = fs.readFileSync(winloop);
      const random = seeded(SEED);
      let midway = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const context = `round ${round}, seed ${SEED}`;
        // Killed once the merge has taken its snapshot (it merges on its working copy straight after).
        const report = await runAndKill(['merge', file, winloop], {
          afterLine: null,
          delayMs: random() * 150,
          afterMatch: { dir: path.join(dir, 'backups'), name: /-before-merge-/ },
        });
        expect(report.killed, `${context}: ${report.stderr}`).toBe(true);
        expect(readBack(file).integrity, context).toBe('ok');
        const merged = count(file, 'select count(*) from sync_merges');
        if (merged === 0 && temporary(dir).length > 0) midway++;
        expect(merged, `${context}: the merge finished before the kill`).toBe(0);

        const next = await engineOn(file);
        await next.close();
        expect(contentHash(file, ['derived_%']), context).toBe(before);
        expect(temporary(dir), context).toEqual([]);
        expect(fs.readdirSync(teammateDir).sort(), context).toEqual(teammateFiles);
        expect(fs.readFileSync(winloop).equals(teammateBytes), 'the teammate’s file is untouched').toBe(true);
      }
      console.info(`kill test, merge: ${ROUNDS} kills, ${midway} with the merge's copies on disk, seed ${SEED}`);
    },
    Math.max(180_000, ROUNDS * 30_000),
  );

  test(
    'a rolling snapshot: a half-made one is never listed as good, and is gone after the next start',
    async () => {
      const dir = tempDir();
      const file = path.join(dir, 'winloop.db');
      generateSample(file, { cases: 4_000, seed: 3, today: '2026-06-01', migrationsFolder: MIGRATIONS_DIR });
      const before = contentHash(file);
      const random = seeded(SEED);
      let halfMade = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const context = `round ${round}, seed ${SEED}`;
        // From the moment the copy appears, not the job's first progress event: a small file is copied before
        // one is due.
        const report = await runAndKill(['snapshot', file], {
          afterLine: null,
          delayMs: random() * 10,
          afterMatch: { dir: snapshotDir(file), name: /\.building/ },
        });
        expect(report.killed, `${context}: ${report.stderr}`).toBe(true);
        if (temporary(dir).some((name) => name.startsWith('snapshots'))) halfMade++;
        // Whatever the kill left, a snapshot that is listed opens and holds every case.
        for (const s of listSnapshots(file))
          expect({ good: s.good, cases: s.cases }, context).toEqual({ good: true, cases: 4_000 });
        const next = await engineOn(file);
        await next.close();
        expect(temporary(dir), context).toEqual([]);
        expect(contentHash(file), context).toBe(before);
      }
      console.info(`kill test, snapshot: ${ROUNDS} kills, ${halfMade} left a half-made copy, seed ${SEED}`);
      expect(fs.existsSync(snapshotDir(file))).toBe(true);
    },
    Math.max(180_000, ROUNDS * 30_000),
  );
});
