/**
 * CSV preview and import as engine jobs on real threads: a file staged in chunks, previewed (mapping, samples,
 * the ambiguous-date question), imported with progress at least four times a second, saves answered between
 * chunks, cancel within a second leaving no case behind, the history and undo.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { Preview, ImportSummary } from '../../shared/contract/imports';
import type { JobInfo } from '../../shared/contract/jobs';
import type { Engine } from '../../electron/engine/engine';
import { ok, testEngine } from '../helpers/engine';
import { tempDir } from '../helpers/temp-workspace';
import { mavenLike, mavenMapping } from '../helpers/maven-like';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/csv');

const engineOn = (dir: string) => testEngine(path.join(dir, 'winloop.db'));

/** Sends a file in chunks of `size` bytes, as the UI does. */
async function stage(engine: Engine, bytes: Buffer, fileName: string, size = 64 * 1024): Promise<string> {
  let stageId: string | undefined;
  for (let at = 0; at < bytes.length || stageId === undefined; at += size) {
    const chunk = bytes.subarray(at, at + size).toString('base64');
    const last = at + size >= bytes.length;
    const r = await ok<{ stageId: string }>(engine, 'imports.stage', { stageId, fileName, chunk, last });
    stageId = r.stageId;
  }
  return stageId;
}

/** What is in the staging folder beside the engine's database, sorted. */
function stagedNames(engine: Engine): string[] {
  const dir = path.join(path.dirname(engine.dbPath), 'imports');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

async function runJob(engine: Engine, start: unknown): Promise<JobInfo> {
  const job = await ok<JobInfo>(engine, 'jobs.start', start);
  return engine.jobs.wait(job.id);
}

test('preview: a detected layout with samples; an ambiguous date column is asked, and answered', async () => {
  const engine = await engineOn(tempDir());
  const stageId = await stage(engine, fs.readFileSync(path.join(fixtures, 'pipedrive-legacy.csv')), 'deals.csv', 100);
  const job = await runJob(engine, { kind: 'csv.preview', input: { stageId } });
  expect(job.state).toBe('done');
  const preview = await ok<Preview>(engine, 'imports.preview', { stageId });
  expect(preview).toMatchObject({ fileName: 'deals.csv', format: 'pipedrive_legacy', mappingSource: 'detected' });
  expect(preview.samples[preview.headers.indexOf('Title')]?.length).toBeGreaterThan(0);
  expect(preview.firstRows.length).toBeGreaterThan(0);

  const ambiguous = Buffer.from('Name,Stage,Opened\nA,Won,03/04/2025\nB,Lost,05/06/2025\n');
  const id2 = await stage(engine, ambiguous, 'sheet.csv');
  await runJob(engine, { kind: 'csv.preview', input: { stageId: id2 } });
  expect(await ok<Preview>(engine, 'imports.preview', { stageId: id2 })).toMatchObject({
    format: 'unknown',
    mappingSource: 'none',
  });
  const mapping = { columns: { title: 'Name', outcome: 'Stage', openedAt: 'Opened' }, currency: 'EUR' };
  await runJob(engine, { kind: 'csv.preview', input: { stageId: id2, mapping } });
  const asked = await ok<Preview>(engine, 'imports.preview', { stageId: id2 });
  expect(asked.ambiguousDateColumns).toEqual(['Opened']);
  expect(asked.problem).toMatch(/day first or month first/);
  await runJob(engine, { kind: 'csv.preview', input: { stageId: id2, mapping: { ...mapping, dateOrder: 'dmy' } } });
  const answered = await ok<Preview>(engine, 'imports.preview', { stageId: id2 });
  expect(answered.problem).toBeNull();
  expect(answered.firstRows.map((r) => r.row?.openedOn)).toEqual(['2025-04-03', '2025-06-05']);
  const failed = await runJob(engine, { kind: 'csv.import', input: { stageId: id2, mapping } });
  expect(failed.state).toBe('failed');
  expect(failed.error).toMatch(/day or month first/);
  // A failed import takes its staged file with it; the other file, only previewed, stays.
  expect(stagedNames(engine).filter((n) => n.startsWith(id2))).toEqual([]);
  expect(stagedNames(engine).filter((n) => n.startsWith(stageId))).toEqual([
    `${stageId}.csv`,
    `${stageId}.json`,
    `${stageId}.preview.json`,
  ]);
});

test('import: progress at least four times a second, saves answered meanwhile, history and undo', async () => {
  const engine = await engineOn(tempDir());
  const stageId = await stage(engine, mavenLike(8_000), 'big.csv', 256 * 1024);
  const events: JobInfo[] = [];
  const unsubscribe = engine.events.subscribe((event, payload) => {
    if (event === 'job.progress') events.push(payload as JobInfo);
  });
  const job = await ok<JobInfo>(engine, 'jobs.start', {
    kind: 'csv.import',
    input: { stageId, mapping: mavenMapping },
  });
  const saves: number[] = [];
  while (engine.jobs.get(job.id).state === 'running') {
    const started = performance.now();
    await ok(engine, 'competitors.save', { name: `Rival ${saves.length}` });
    saves.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  unsubscribe();
  const ended = engine.jobs.get(job.id);
  expect(ended.state).toBe('done');
  expect(ended.result).toMatchObject({ status: 'done', read: 8_000, imported: 8_000, rejected: 0 });
  const running = events.filter((e) => e.id === job.id && e.state === 'running');
  const seconds = (Date.parse(ended.finishedAt!) - Date.parse(ended.startedAt)) / 1000;
  expect(running.length).toBeGreaterThanOrEqual(Math.floor(seconds * 4) - 1);
  expect(running.some((e) => e.phase === 'writing')).toBe(true);
  expect(saves.length).toBeGreaterThan(2);
  expect(Math.max(...saves)).toBeLessThan(1000);

  const history = await ok<ImportSummary[]>(engine, 'imports.list', {});
  expect(history[0]).toMatchObject({ status: 'done', fileName: 'big.csv', imported: 8_000, rowsRead: 8_000 });
  expect(history[0]!.created.accounts).toHaveLength(85);
  const cases = await ok<{ total: number }>(engine, 'cases.list', { limit: 1 });
  expect(cases.total).toBe(8_000);

  // The staged file went with its import; the same bytes staged again are recognised, and kept for "import anyway".
  expect(stagedNames(engine)).toEqual([]);
  const restaged = await stage(engine, mavenLike(8_000), 'big.csv', 256 * 1024);
  const again = await runJob(engine, { kind: 'csv.import', input: { stageId: restaged, mapping: mavenMapping } });
  expect(again.result).toMatchObject({ status: 'already_imported', sameFileName: 'big.csv' });
  expect(stagedNames(engine)).toEqual([`${restaged}.csv`, `${restaged}.json`]);

  await ok(engine, 'imports.undo', { id: history[0]!.id });
  expect((await ok<{ total: number }>(engine, 'cases.list', { limit: 1 })).total).toBe(0);
  expect((await ok<ImportSummary[]>(engine, 'imports.list', {}))[0]?.status).toBe('undone');
}, 120_000);

test('cancel within a second leaves no case behind and the history says cancelled', async () => {
  const engine = await engineOn(tempDir());
  const stageId = await stage(engine, mavenLike(60_000), 'big.csv', 1024 * 1024);
  const job = await ok<JobInfo>(engine, 'jobs.start', {
    kind: 'csv.import',
    input: { stageId, mapping: mavenMapping },
  });
  // Wait until chunks are being written, so there is something to take back.
  while (engine.jobs.get(job.id).phase !== 'writing' || engine.jobs.get(job.id).done < 5000) {
    expect(engine.jobs.get(job.id).state).toBe('running');
    await new Promise((r) => setTimeout(r, 10));
  }
  const started = performance.now();
  await ok(engine, 'jobs.cancel', { id: job.id });
  const ended = await engine.jobs.wait(job.id);
  expect(ended.state).toBe('cancelled');
  expect(performance.now() - started).toBeLessThan(1000);
  expect((await ok<{ total: number }>(engine, 'cases.list', { limit: 1 })).total).toBe(0);
  const accounts = await ok<unknown[]>(engine, 'accounts.list', {});
  expect(accounts).toEqual([]);
  expect((await ok<ImportSummary[]>(engine, 'imports.list', {}))[0]).toMatchObject({ status: 'cancelled' });
  expect(stagedNames(engine)).toEqual([]);
}, 120_000);

test('staged files: one left by an earlier run is removed at start, one a day old when another is staged', async () => {
  const dir = tempDir();
  const first = await engineOn(dir);
  const left = await stage(first, Buffer.from('Name,Stage\nA,Won\n'), 'left.csv');
  const old = await stage(first, Buffer.from('Name,Stage\nB,Lost\n'), 'old.csv');
  await first.close();
  // Something beside them that staging did not make stays whatever happens.
  fs.writeFileSync(path.join(dir, 'imports', 'notes.txt'), 'mine');
  const second = await engineOn(dir);
  expect(stagedNames(second)).toEqual(['notes.txt']);

  const kept = await stage(second, Buffer.from('Name,Stage\nC,Won\n'), 'kept.csv');
  const stale = await stage(second, Buffer.from('Name,Stage\nD,Won\n'), 'stale.csv');
  const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
  for (const ext of ['csv', 'json']) fs.utimesSync(path.join(dir, 'imports', `${stale}.${ext}`), dayAgo, dayAgo);
  await stage(second, Buffer.from('Name,Stage\nE,Won\n'), 'new.csv');
  const names = stagedNames(second);
  expect(names.filter((n) => n.startsWith(stale))).toEqual([]);
  expect(names.filter((n) => n.startsWith(kept))).toHaveLength(2);
  expect(names.some((n) => n.startsWith(left) || n.startsWith(old))).toBe(false);
});
