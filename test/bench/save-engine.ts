/**
 * The saveCase line alone (issue 16), through the engine with the bundled worker as proof.ts times it, beside the
 * message round trip of a small read and the in-process dispatch of the same save. A profiling aid, not the bench:
 * `npx tsx test/bench/save-engine.ts [file]`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEngine } from '../../electron/engine/engine';
import { MIGRATIONS_DIR } from '../../electron/node-paths';

const ROOT = path.resolve(import.meta.dirname, '../..');
const N = 200;
const source = process.argv[2] ?? path.join(ROOT, '.bench/sample-10000.db');
const dir = fs.mkdtempSync(path.join(path.dirname(fs.realpathSync(source)), 'save-engine-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? Number.NaN;

try {
  const file = path.join(dir, 'ours.db');
  fs.copyFileSync(source, file);
  execFileSync(process.execPath, [path.join(ROOT, 'electron/build/build-electron.mjs'), '--outdir', dir], {
    stdio: 'ignore',
  });
  const engine = await startEngine(file, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: path.join(dir, 'engine-worker.cjs'),
    mode: 'cli',
  });
  const must = async (method: string, input: unknown) => {
    const e = await engine.dispatch(method, input);
    if (!e.ok) throw new Error(`${method}: ${e.error.message}`);
    return e.value;
  };
  try {
    const first = (await must('cases.create', { title: 'Bench save', accountName: 'Bench Ltd', valueMinor: 100 })) as {
      accountId: string;
    };
    const time = async (fn: () => Promise<unknown>) => {
      const xs: number[] = [];
      for (let i = 0; i < N; i++) {
        const t = performance.now();
        await fn();
        xs.push(performance.now() - t);
      }
      return xs;
    };
    const saves = await time(() =>
      must('cases.create', { title: 'Bench save', accountId: first.accountId, valueMinor: 100 }),
    );
    const reads = await time(() => must('system.info', {}));
    const review = await time(() => must('review.summary', {}));
    console.log(`engine cases.create p50 ${median(saves).toFixed(3)} p95 ${p95(saves).toFixed(3)} ms`);
    console.log(`engine system.info (reader round trip) p50 ${median(reads).toFixed(3)} ms`);
    console.log(`engine review.summary p50 ${median(review).toFixed(3)} ms`);
  } finally {
    await engine.close();
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
