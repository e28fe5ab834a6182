/**
 * `npx tsx test/bench/review-engine.ts [file]`: the engine's review figure alone, without the 15-second job of
 * engine.ts. On a copy of the 100,000-case sample (or `file`), `review.summary` through startEngine (a reader
 * worker), in this process (dispatch on one connection, as `npm run bench -- --only review` times it), and the
 * raw floor, timed in turn nine times (RUNS) after eleven warm-up calls of each (WARM_UP); prints the medians
 * and both ratios as JSON. Timing the two in one loop is what compares them: the bench times them minutes apart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { startEngine } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { openWorkspace } from '../../electron/workspace';

const ROOT = path.resolve(import.meta.dirname, '../..');
const source = process.argv[2] ?? path.join(ROOT, '.bench/sample-100000.db');
const RUNS = Number(process.env.RUNS ?? 9);
/** Warm-up calls of each, as many as the in-process figure has before it (engine.ts WARM_UP_REVIEWS). */
const WARM_UP = Number(process.env.WARM_UP ?? 11);
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-bench-review-'));
const file = path.join(dir, 'winloop.db');
fs.copyFileSync(source, file);
const engine = await startEngine(file, {
  migrationsFolder: MIGRATIONS_DIR,
  workerScript: ENGINE_WORKER_SCRIPT,
  mode: 'cli',
});
const workspace = openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'cli' });
const raw = new Database(file, { readonly: true });
try {
  const floor = raw.prepare('select outcome, count(*), sum(value_minor) from cases group by outcome');
  const viaEngine = async () => {
    const envelope = await engine.dispatch('review.summary', {});
    if (!envelope.ok) throw new Error(envelope.error.message);
  };
  const inProcess = () => {
    const envelope = workspace.dispatchSync('review.summary', {});
    if (!envelope.ok) throw new Error(envelope.error.message);
  };
  const times = { engine: [] as number[], inProcess: [] as number[], floor: [] as number[] };
  const time = async (into: number[], fn: () => unknown) => {
    const started = performance.now();
    await fn();
    into.push(performance.now() - started);
  };
  for (let i = 0; i < WARM_UP; i++) {
    await viaEngine();
    inProcess();
  }
  floor.all();
  for (let i = 0; i < RUNS; i++) {
    await time(times.engine, viaEngine);
    await time(times.inProcess, inProcess);
    await time(times.floor, () => floor.all());
  }
  const [engineMs, inProcessMs, floorMs] = [median(times.engine), median(times.inProcess), median(times.floor)];
  const round = (n: number) => Number(n.toFixed(2));
  process.stdout.write(
    `${JSON.stringify({
      engineMs: round(engineMs),
      inProcessMs: round(inProcessMs),
      floorMs: round(floorMs),
      engineRatio: round(engineMs / floorMs),
      inProcessRatio: round(inProcessMs / floorMs),
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    })}\n`,
  );
} finally {
  raw.close();
  workspace.close();
  await engine.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
