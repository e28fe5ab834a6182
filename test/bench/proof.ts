/**
 * The proof figures for `npm run bench` (issue 16) that need no browser: one case saved through the engine
 * against a raw prepared INSERT and commit on the same file with the same durability (WAL, synchronous=FULL), the
 * start-up of the 100,000-case file (open, migration check, quick_check, workers ready), and the resident memory
 * of a fresh process (main thread and the engine's worker threads share it) after the review at 100,000 cases.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { startEngine, type Engine } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAVES = 200;
const quantile = (times: number[], q: number) =>
  [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(times.length * q))] ?? Number.NaN;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

export interface ProofFigures {
  saveCase: { p50Ms: number; p95Ms: number; floorP50Ms: number; floorP95Ms: number; ratio: number };
  startupMs: number;
  rssMb: number;
}

function engineOn(file: string, workerScript = ENGINE_WORKER_SCRIPT): Promise<Engine> {
  return startEngine(file, { migrationsFolder: MIGRATIONS_DIR, workerScript, mode: 'cli' });
}

/**
 * The engine's threads as the desktop app loads them: bundled once by esbuild (electron/build), not compiled
 * on the fly by tsx in every thread as browser mode and the tests do. Start-up and memory are the app's figures.
 */
function bundledWorker(dir: string): string {
  execFileSync(process.execPath, [path.join(ROOT, 'electron/build/build-electron.mjs'), '--outdir', dir], {
    stdio: 'ignore',
  });
  return path.join(dir, 'engine-worker.cjs');
}

/** Resident memory after the review at 100,000 cases, in a fresh process bundled like the app's main. */
async function residentMb(file: string, dir: string, workerScript: string): Promise<number> {
  const probe = path.join(dir, 'resident.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'test/bench/resident.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile: probe,
    logLevel: 'error',
  });
  const out = execFileSync(process.execPath, [probe, file, workerScript, MIGRATIONS_DIR], { encoding: 'utf8' });
  return (JSON.parse(out) as { rssMb: number }).rssMb;
}

async function must(engine: Engine, method: string, input: unknown): Promise<unknown> {
  const envelope = await engine.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value;
}

/**
 * The floor: the same row written by a prepared INSERT in its own transaction on a copy of the same file, as
 * durable as ours (the triggers that keep the derived rows fire too: they are the schema's, not our code's).
 */
function rawSaves(file: string, accountId: string): number[] {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const insert = db.prepare(
    `insert into cases (id, created_at, updated_at, title, account_id, value_minor, currency, opened_on, outcome,
       debrief, debrief_step, notes)
     values (@id, @now, @now, 'Bench save', @accountId, 100, 'EUR', @today, 'open', 'none', 0, '')`,
  );
  const save = db.transaction((id: string) => {
    const now = new Date().toISOString();
    insert.run({ id, now, accountId, today: now.slice(0, 10) });
  });
  const times: number[] = [];
  try {
    save(randomUUID());
    for (let i = 0; i < SAVES; i++) {
      const started = performance.now();
      save(randomUUID());
      times.push(performance.now() - started);
    }
  } finally {
    db.close();
  }
  return times;
}

/** `smallDb` (10,000 cases) is where saves are timed; `bigDb` (100,000) where start-up and memory are. */
export async function proofFigures(smallDb: string, bigDb: string, log: (line: string) => void): Promise<ProofFigures> {
  // On the same disk as the bench files, not on a tmpfs where a sync costs nothing.
  const dir = fs.mkdtempSync(path.join(path.dirname(smallDb), 'proof-'));
  try {
    const ours = path.join(dir, 'ours.db');
    const floor = path.join(dir, 'floor.db');
    fs.copyFileSync(smallDb, ours);
    fs.copyFileSync(smallDb, floor);

    const workerScript = bundledWorker(path.join(dir, 'dist'));
    const engine = await engineOn(ours, workerScript);
    const ourTimes: number[] = [];
    let accountId = '';
    try {
      const first = (await must(engine, 'cases.create', {
        title: 'Bench save',
        accountName: 'Bench Ltd',
        valueMinor: 100,
      })) as { accountId: string };
      accountId = first.accountId;
      for (let i = 0; i < SAVES; i++) {
        const started = performance.now();
        await must(engine, 'cases.create', { title: 'Bench save', accountId, valueMinor: 100 });
        ourTimes.push(performance.now() - started);
      }
    } finally {
      await engine.close();
    }
    const floorDb = new Database(floor);
    const someAccount = (floorDb.prepare('select id from accounts limit 1').get() as { id: string }).id;
    floorDb.close();
    const floorTimes = rawSaves(floor, someAccount);
    const saveCase = {
      p50Ms: round(quantile(ourTimes, 0.5)),
      p95Ms: round(quantile(ourTimes, 0.95)),
      floorP50Ms: round(quantile(floorTimes, 0.5)),
      floorP95Ms: round(quantile(floorTimes, 0.95)),
      ratio: round(quantile(ourTimes, 0.5) / quantile(floorTimes, 0.5)),
    };
    log(
      `save one case: p50 ${saveCase.p50Ms} ms, p95 ${saveCase.p95Ms} ms; raw insert p50 ${saveCase.floorP50Ms} ms, ` +
        `p95 ${saveCase.floorP95Ms} ms; ratio ${saveCase.ratio} (target ≤ 2)`,
    );

    const big = path.join(dir, 'big.db');
    fs.copyFileSync(bigDb, big);
    const started = performance.now();
    const bigEngine = await engineOn(big, workerScript);
    let startupMs = 0;
    try {
      await must(bigEngine, 'system.info', {});
      startupMs = round(performance.now() - started, 0);
    } finally {
      await bigEngine.close();
    }
    const rssMb = await residentMb(big, dir, workerScript);
    log(`start-up of the 100,000-case file ${startupMs} ms; resident memory after its review ${rssMb} MB (≤ 300)`);
    return { saveCase, startupMs, rssMb };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
