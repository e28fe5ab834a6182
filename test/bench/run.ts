/**
 * `npm run bench`: the whole review (`review.summary` through dispatch, as the app calls it) on 10,000- and
 * 100,000-case sample databases, against a floor measured in the same run on the same file: one full-scan
 * aggregate of the cases table. Targets: review@100k ≤ 15 × floor@100k, review@100k ≤ 11 × review@10k.
 * Databases come from the deterministic sample generator (`cli sample --cases N --seed S`) and are kept in
 * .bench/ (gitignored) between runs; a sidecar file says what built them. `--json` prints
 * `{ review: { medianMs, floorMs, ratio, scaling }, engine: { mainBlockedMaxMs, saveDuringJob, readDuringJob,
 * cancelMs, review }, csvImport: { importMs, floorMs, ratio, job: { … } }, searchMs, saveCase, startupMs, rssMb,
 * ui }` last, on its own line (test/bench/engine.ts, csv-import.ts, search.ts, proof.ts, ui.ts). `--search`
 * measures only `searchMs` on the 100,000-case file, `--only csvImport` only the import, `--only review` only the review. Not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { openWorkspace } from '../../electron/workspace';
import { csvImportFigures, importJobFigures } from './csv-import';
import { engineFigures } from './engine';
import { proofFigures } from './proof';
import { uiFigures } from './ui';
import { searchFigures } from './search';
import { teamFigures } from './merge';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BENCH_DIR = path.join(ROOT, '.bench');
const SIZES = [10_000, 100_000] as const;
const SEED = '1';
const RUNS = 9;
const FLOOR_SQL = 'select outcome, count(*), sum(value_minor) from cases group by outcome';
const json = process.argv.includes('--json');

function log(line: string): void {
  // With --json, stdout carries only the result; progress goes to stderr.
  (json ? process.stderr : process.stdout).write(`${line}\n`);
}

/** The sample database for `cases`, built once by the CLI's sample command and reused while it matches. */
function sampleDb(cases: number): string {
  const file = path.join(BENCH_DIR, `sample-${cases}.db`);
  const sidecar = `${file}.json`;
  const wanted = JSON.stringify({ cases, seed: SEED });
  if (fs.existsSync(file) && fs.existsSync(sidecar) && fs.readFileSync(sidecar, 'utf8') === wanted) return file;
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '.json']) fs.rmSync(`${file}${suffix}`, { force: true });
  log(`building ${path.relative(ROOT, file)} (${cases} cases, seed ${SEED})…`);
  const started = performance.now();
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    ['electron/cli/main.ts', 'sample', '--db', file, '--cases', String(cases), '--seed', SEED],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  fs.writeFileSync(sidecar, wanted);
  return file;
}

const medianOf = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;

/**
 * Medians of RUNS timed calls of each, after one warm-up call of each (caches filled, statements compiled).
 * The two are timed alternately, so both see the same machine: on a shared VM the page cache and the CPU
 * come and go, and timing one block after the other would put that drift into the ratio.
 */
function medians(review: () => unknown, floor: () => unknown): { reviewMs: number; floorMs: number } {
  review();
  floor();
  const reviewTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let started = performance.now();
    review();
    reviewTimes.push(performance.now() - started);
    started = performance.now();
    floor();
    floorTimes.push(performance.now() - started);
  }
  return { reviewMs: medianOf(reviewTimes), floorMs: medianOf(floorTimes) };
}

function measure(cases: number): { reviewMs: number; floorMs: number; closed: number } {
  const workspace = openWorkspace(sampleDb(cases), { migrationsFolder: MIGRATIONS_DIR, mode: 'cli' });
  try {
    let closed = 0;
    const floor = workspace.ctx.sqlite.prepare(FLOOR_SQL);
    const { reviewMs, floorMs } = medians(
      () => {
        const result = workspace.dispatchSync('review.summary', {});
        if (!result.ok) throw new Error(`review.summary failed: ${result.error.message}`);
        closed = (result.value as { winRate: { closed: number } }).winRate.closed;
      },
      () => floor.all(),
    );
    return { reviewMs, floorMs, closed };
  } finally {
    workspace.close();
  }
}

function measureSearch(): number {
  const workspace = openWorkspace(sampleDb(100_000), { migrationsFolder: MIGRATIONS_DIR, mode: 'cli' });
  try {
    const { searchMs, perQuery } = searchFigures(workspace);
    log(
      `search at 100,000 cases: ${JSON.stringify(perQuery)} ms (median of 9 each); searchMs ${searchMs} (target < 50)`,
    );
    return searchMs;
  } finally {
    workspace.close();
  }
}

if (process.argv.includes('--search')) {
  const searchMs = measureSearch();
  if (json) process.stdout.write(`${JSON.stringify({ searchMs })}\n`);
  process.exit(0);
}

/** `--only review`: the review against its floor at both sizes, nothing else (a few minutes, not the whole run). */
function reviewFigures() {
  const [small, large] = SIZES.map((cases) => {
    const r = measure(cases);
    log(
      `${String(cases).padStart(7)} cases: review ${r.reviewMs.toFixed(1)} ms (median of ${RUNS}), ` +
        `floor ${r.floorMs.toFixed(1)} ms, ${r.closed} closed cases counted in the period`,
    );
    return r;
  }) as [ReturnType<typeof measure>, ReturnType<typeof measure>];
  const figures = {
    medianMs: Number(large.reviewMs.toFixed(1)),
    floorMs: Number(large.floorMs.toFixed(1)),
    ratio: Number((large.reviewMs / large.floorMs).toFixed(2)),
    scaling: Number((large.reviewMs / small.reviewMs).toFixed(2)),
  };
  log(`ratio review@100k / floor@100k = ${figures.ratio} (target ≤ 15)`);
  log(`scaling review@100k / review@10k = ${figures.scaling} (target ≤ 11)`);
  return figures;
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only === 'review') {
  const review = reviewFigures();
  if (json) process.stdout.write(`${JSON.stringify({ review })}\n`);
  process.exit(0);
}

async function csvFigures() {
  log('csvImport: a 10,000-row CSV through the importer vs raw prepared inserts…');
  const figures = { ...csvImportFigures(log), job: await importJobFigures(log, 100_000) };
  log(`ratio csv import / raw inserts = ${figures.ratio} (target ≤ 8)`);
  log(
    `100,000-row import job: main thread's longest stall ${figures.job.mainBlockedMaxMs} ms (target ≤ 50), ` +
      `save ${figures.job.saveDuringImport} × idle, read ${figures.job.readDuringImport} × idle (targets ≤ 3), ` +
      `cancel ${figures.job.cancelMs} ms`,
  );
  return figures;
}

// `--only csvImport` needs no 100,000-case sample (the review and engine figures build them).
if (only === 'csvImport') {
  const csvImport = await csvFigures();
  if (json) process.stdout.write(`${JSON.stringify({ csvImport })}\n`);
  process.exit(0);
}

// The review and the engine first: the import figures leave this process's heap full, and what ran after them
// paid for its garbage (the review 15.85 × then, 14.3–14.4 × on its own; a 64 ms stall of this thread, 26.6 ms
// on its own). The app's main thread and reader threads have heaps of their own.
const review = reviewFigures();
log('engine: a 100,000-case sample job with saves, reads and reviews meanwhile…');
const engine = await engineFigures(sampleDb(100_000), log);
log(`main thread's longest stall ${engine.mainBlockedMaxMs} ms (target ≤ 50)`);
log(`save during the job ${engine.saveDuringJob} × idle, read ${engine.readDuringJob} × idle (targets ≤ 3)`);
log(`cancel ${engine.cancelMs} ms (target ≤ 1,000)`);
log(`review through the engine ${engine.review.medianMs} ms, ratio ${engine.review.ratio} (target ≤ 15)`);
const csvImport = await csvFigures();
const searchMs = measureSearch();
log('proof: one save against a raw insert, start-up and memory at 100,000 cases…');
const proof = await proofFigures(sampleDb(10_000), sampleDb(100_000), log);
log('ui: browser mode in Chromium on the 100,000-case file…');
const ui = await uiFigures(sampleDb(100_000), log);
// Team files (issue 13): export and merge of a half-overlapping 100,000-case teammate file (merge.ts).
log('team: export, preview and merge of a 100,000-case teammate file through the engine…');
const team = await teamFigures(log, sampleDb(100_000));
log(
  `merge ${team.merge.ratio} × the raw floor (target ≤ 5), main thread's longest stall ${team.merge.mainBlockedMaxMs} ms`,
);
if (json) process.stdout.write(`${JSON.stringify({ review, engine, csvImport, searchMs, ...proof, ui, team })}\n`);
