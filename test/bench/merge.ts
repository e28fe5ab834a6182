/**
 * The team figures for `npm run bench` (issues 13 and 16): on a copy of the 100,000-case sample, a teammate's
 * file of 100,000 cases that half overlaps it (50,000 of the same cases, edited on the teammate's side, and
 * 50,000 new ones under a member of their own), then, through the engine as the app runs them:
 * - `export`: the team.export job of the 100,000-case database, ms, and the main thread's longest stall;
 * - `merge`: the team.merge job (after its preview, as the app asks) against the raw floor measured in the same
 *   run on an identical copy: ATTACH the file and INSERT OR REPLACE every merged table's rows in one transaction
 *   (target ≤ 5), the main thread's longest stall (≤ 50 ms), and a save and a read during the merge against the
 *   same on the idle engine (p95 ÷ p95);
 * - `idleBlockedMaxMs`: the main thread's longest stall with the same saves and reads but no job, for scale: on a
 *   shared machine the OS alone can keep the main thread from running for longer than 50 ms.
 * Every file is a copy in a temp folder; the sample itself is only read. Standalone:
 * `npx tsx test/bench/merge.ts [--cases 10000] [--json]`. Not part of `npm test`.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { startEngine, type Engine } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { exportTeamFile } from '../../electron/team/export';
import { mergeTableNames } from '../../electron/team/tables';

export interface TeamFigures {
  cases: number;
  /** The main thread's longest stall over IDLE_MS with saves and reads but no job: what the machine adds. */
  idleBlockedMaxMs: number;
  export: { ms: number; mainBlockedMaxMs: number; bytes: number; saveDuringJob: number };
  merge: {
    previewMs: number;
    ms: number;
    floorMs: number;
    ratio: number;
    mainBlockedMaxMs: number;
    saveDuringJob: number;
    readDuringJob: number;
    added: number;
    updated: number;
  };
}

/** The tables whose rows belong to one case: the teammate's new cases bring their own, under new ids. */
const CASE_CHILDREN = [
  'case_buyer_steps',
  'case_reasons',
  'case_competitors',
  'case_criteria',
  'case_people',
  'interactions',
  'lessons',
];

const PACE_MS = 10;
const IDLE_MS = 10_000;
const p95 = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length * 0.95)] ?? Number.NaN;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/**
 * The teammate's database, from a copy of ours: every other case (by rowid) becomes a new case of theirs, its
 * child rows under new ids too; they become a member of their own and edit the cases both have, stamped by
 * the clock triggers as any save is.
 */
export function buildTeammate(file: string): { shared: number; fresh: number } {
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = OFF');
    db.function('new_uuid', { deterministic: false }, () => randomUUID());
    return db.transaction(() => {
      db.exec('UPDATE sync_clock SET paused = 1');
      db.exec('CREATE TEMP TABLE moved (old TEXT PRIMARY KEY, new TEXT NOT NULL)');
      db.exec('INSERT INTO moved SELECT id, new_uuid() FROM cases WHERE rowid % 2 = 1');
      db.exec('UPDATE cases SET id = (SELECT new FROM moved WHERE old = cases.id) WHERE id IN (SELECT old FROM moved)');
      // An action links lessons by id: theirs keep pointing at the lesson under its new id.
      db.exec('CREATE TEMP TABLE moved_lessons (old TEXT PRIMARY KEY, new TEXT NOT NULL)');
      db.exec('INSERT INTO moved_lessons SELECT id, new_uuid() FROM lessons WHERE case_id IN (SELECT old FROM moved)');
      db.exec(
        'UPDATE action_lessons SET lesson_id = (SELECT new FROM moved_lessons WHERE old = lesson_id) WHERE lesson_id IN (SELECT old FROM moved_lessons)',
      );
      db.exec(
        'UPDATE lessons SET id = (SELECT new FROM moved_lessons WHERE old = lessons.id) WHERE id IN (SELECT old FROM moved_lessons)',
      );
      for (const child of CASE_CHILDREN) {
        const newId = child === 'lessons' ? 'id' : 'new_uuid()';
        db.exec(
          `UPDATE "${child}" SET id = ${newId}, case_id = (SELECT new FROM moved WHERE old = "${child}".case_id) WHERE case_id IN (SELECT old FROM moved)`,
        );
      }
      const now = new Date().toISOString();
      const mate = randomUUID();
      db.prepare('UPDATE team_members SET is_me = 0 WHERE is_me = 1').run();
      db.prepare(
        "INSERT INTO team_members (id, created_at, updated_at, name, is_me) VALUES (?, ?, ?, 'Sam Teammate', 1)",
      ).run(mate, now, now);
      db.exec('UPDATE sync_clock SET paused = 0');
      const shared = db
        .prepare(
          "UPDATE cases SET next_step = 'Call the buyer back', value_minor = value_minor + 100, updated_at = ? WHERE rowid % 2 = 0",
        )
        .run(now).changes;
      const fresh = db.prepare('SELECT count(*) FROM moved').pluck().get() as number;
      return { shared, fresh };
    })();
  } finally {
    db.close();
  }
}

/** The floor: the file's rows of every merged table written over ours with one set-based statement each. */
export function rawFloor(file: string, teammate: string): number {
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = OFF');
    // The app's connection settings (electron/db/client.ts tuneConnection): the floor's page cache is the merge's.
    db.pragma('synchronous = FULL');
    db.pragma('cache_size = -65536');
    db.exec('UPDATE sync_clock SET paused = 1');
    db.prepare('ATTACH DATABASE ? AS teammate').run(teammate);
    const started = performance.now();
    db.transaction(() => {
      for (const table of mergeTableNames) {
        const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[])
          .map((c) => `"${c}"`)
          .join(', ');
        db.exec(`INSERT OR REPLACE INTO main."${table}" (${columns}) SELECT ${columns} FROM teammate."${table}"`);
      }
    })();
    const ms = performance.now() - started;
    db.exec('DETACH DATABASE teammate');
    return ms;
  } finally {
    db.close();
  }
}

async function must(engine: Engine, method: string, input: unknown): Promise<unknown> {
  const envelope = await engine.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

interface Watched {
  ms: number;
  mainBlockedMaxMs: number;
  saves: number[];
  reads: number[];
}

/**
 * The main thread's stalls watched while `until` has not settled, with saves and reads going on in two loops
 * of their own (a save may wait for the writer while reads go on), each PACE_MS apart: paced like a busy
 * window, since on two cores a tight loop would take the job's own CPU.
 */
async function watch(engine: Engine, until: Promise<unknown>, busy: boolean): Promise<Watched> {
  const save = () =>
    timed(() => must(engine, 'cases.create', { title: 'Bench save', accountName: 'Bench Ltd', valueMinor: 100 }));
  const read = () => timed(() => must(engine, 'cases.list', { limit: 50 }));
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  let settled = false;
  const ended = until.finally(() => (settled = true));
  const saves: number[] = [];
  const reads: number[] = [];
  const loop = async (fn: () => Promise<number>, into: number[]) => {
    while (!settled) {
      into.push(await fn());
      await new Promise((r) => setTimeout(r, PACE_MS));
    }
  };
  if (busy) await Promise.all([loop(save, saves), loop(read, reads)]);
  await ended;
  const ms = performance.now() - started;
  delay.disable();
  return { ms, mainBlockedMaxMs: delay.max / 1e6, saves, reads };
}

async function watchJob(
  engine: Engine,
  kind: string,
  input: unknown,
  busy: boolean,
): Promise<Watched & { result: Record<string, unknown> }> {
  const job = (await must(engine, 'jobs.start', { kind, input })) as { id: string };
  const ending = engine.jobs.wait(job.id);
  const watched = await watch(engine, ending, busy);
  const ended = await ending;
  if (ended.state !== 'done') throw new Error(`${kind} ${ended.state}: ${ended.error}`);
  return { ...watched, result: ended.result ?? {} };
}

export async function teamFigures(
  log: (line: string) => void,
  sample = path.resolve(import.meta.dirname, '../../.bench/sample-100000.db'),
): Promise<TeamFigures> {
  if (!fs.existsSync(sample)) throw new Error(`${sample} is missing: \`npm run bench\` builds it.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-bench-team-'));
  const file = path.join(dir, 'winloop.db');
  const mateDb = path.join(dir, 'teammate.db');
  const mateFile = path.join(dir, 'Sam.winloop');
  const floorDb = path.join(dir, 'floor.db');
  let engine: Engine | null = null;
  try {
    // A checkpointed sample has no -wal worth copying; the copies are opened only in this folder.
    const started = performance.now();
    fs.copyFileSync(sample, file);
    fs.copyFileSync(sample, mateDb);
    const counter = new Database(file, { readonly: true });
    const cases = counter.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    counter.close();
    const { shared, fresh } = buildTeammate(mateDb);
    const mate = exportTeamFile(mateDb, mateFile, { appVersion: 'bench' });
    fs.rmSync(mateDb, { force: true });
    for (const suffix of ['-wal', '-shm']) fs.rmSync(mateDb + suffix, { force: true });
    log(
      `  teammate's file: ${mate.counts.cases} cases (${shared} shared and edited, ${fresh} new), ` +
        `${(mate.bytes / 1024 ** 2).toFixed(0)} MB, built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    fs.copyFileSync(file, floorDb);
    const floorMs = rawFloor(floorDb, mateFile);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(floorDb + suffix, { force: true });
    log(`  raw floor (ATTACH + INSERT OR REPLACE of every merged table): ${floorMs.toFixed(0)} ms`);

    engine = await startEngine(file, {
      migrationsFolder: MIGRATIONS_DIR,
      workerScript: ENGINE_WORKER_SCRIPT,
      mode: 'cli',
    });
    await must(engine, 'cases.create', { title: 'Bench save', accountName: 'Bench Ltd', valueMinor: 100 });
    await must(engine, 'cases.list', { limit: 50 });
    // The same saves and reads with no job: their p95, and how long this machine stalls the main thread anyway.
    const idle = await watch(engine, new Promise((r) => setTimeout(r, IDLE_MS)), true);
    log(`  idle: main thread's longest stall ${idle.mainBlockedMaxMs.toFixed(1)} ms with no job running`);

    const out = path.join(dir, 'export.winloop');
    const exported = await watchJob(engine, 'team.export', { out }, true);
    const bytes = fs.statSync(out).size;
    fs.rmSync(out, { force: true });
    log(
      `  export of ${String(exported.result.cases)} cases: ${exported.ms.toFixed(0)} ms, ` +
        `main thread's longest stall ${exported.mainBlockedMaxMs.toFixed(1)} ms`,
    );

    const preview = await watchJob(engine, 'team.preview', { file: mateFile }, false);
    log(`  preview: ${preview.ms.toFixed(0)} ms`);
    const merged = await watchJob(engine, 'team.merge', { file: mateFile }, true);
    const report = JSON.parse(String(merged.result.report)) as {
      counts: Record<string, { added: number; updated: number }>;
    };
    const caseCounts = report.counts.cases ?? { added: 0, updated: 0 };
    log(
      `  merge: ${merged.ms.toFixed(0)} ms (${caseCounts.added} cases added, ${caseCounts.updated} updated), ` +
        `main thread's longest stall ${merged.mainBlockedMaxMs.toFixed(1)} ms, ` +
        `${merged.saves.length} saves and ${merged.reads.length} reads meanwhile`,
    );
    return {
      cases,
      idleBlockedMaxMs: round(idle.mainBlockedMaxMs),
      export: {
        ms: round(exported.ms, 0),
        mainBlockedMaxMs: round(exported.mainBlockedMaxMs),
        bytes,
        saveDuringJob: round(p95(exported.saves) / p95(idle.saves), 2),
      },
      merge: {
        previewMs: round(preview.ms, 0),
        ms: round(merged.ms, 0),
        floorMs: round(floorMs, 0),
        ratio: round(merged.ms / floorMs, 2),
        mainBlockedMaxMs: round(merged.mainBlockedMaxMs),
        saveDuringJob: round(p95(merged.saves) / p95(idle.saves), 2),
        readDuringJob: round(p95(merged.reads) / p95(idle.reads), 2),
        added: caseCounts.added,
        updated: caseCounts.updated,
      },
    };
  } finally {
    await engine?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const json = process.argv.includes('--json');
  const at = process.argv.indexOf('--cases');
  const cases = at >= 0 ? Number(process.argv[at + 1]) : 100_000;
  const sample = path.resolve(import.meta.dirname, `../../.bench/sample-${cases}.db`);
  const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
  log(`team: export and merge on a copy of ${path.basename(sample)}…`);
  const team = await teamFigures(log, sample);
  log(
    `idle stall ${team.idleBlockedMaxMs} ms; export ${team.export.ms} ms (stall ${team.export.mainBlockedMaxMs} ms); merge ${team.merge.ms} ms = ` +
      `${team.merge.ratio} × the raw floor (target ≤ 5), stall ${team.merge.mainBlockedMaxMs} ms (target ≤ 50), ` +
      `save ${team.merge.saveDuringJob} × idle, read ${team.merge.readDuringJob} × idle`,
  );
  if (json) process.stdout.write(`${JSON.stringify({ team })}\n`);
}
