/**
 * The engine on real files and real worker threads: writes go to the writer and reads to read-only workers,
 * change events come from the contract with the caller's origin, long jobs report progress, cancel within a
 * second leaving nothing behind, and leftovers of a killed job are gone at the next start.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, onTestFinished, test } from 'vitest';
import type { EventPayload } from '../../shared/api';
import type { JobInfo } from '../../shared/contract/jobs';
import { startEngine, type Engine } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { tempDir } from '../helpers/temp-workspace';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function engineOn(dir: string, file = path.join(dir, 'winloop.db')): Promise<Engine> {
  const engine = await startEngine(file, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'memory',
    places: { defaultDbPath: file, sampleDir: path.join(dir, 'samples'), migrationsFolder: MIGRATIONS_DIR },
  });
  onTestFinished(() => engine.close());
  return engine;
}

async function ok<T>(engine: Engine, method: string, input: unknown, origin?: string): Promise<T> {
  const envelope = await engine.dispatch(method, input, origin ? { origin } : undefined);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

test('a write goes through the writer, announces its declared entities with the origin, and readers see it', async () => {
  const engine = await engineOn(tempDir());
  const changes: EventPayload<'data.changed'>[] = [];
  engine.events.subscribe((event, payload) => {
    if (event === 'data.changed') changes.push(payload as EventPayload<'data.changed'>);
  });
  const created = await ok<{ id: string }>(
    engine,
    'cases.create',
    { title: 'Pumps', accountName: 'Acme' },
    'case-page#1',
  );
  expect(changes).toEqual([{ entities: ['cases', 'accounts'], origin: 'case-page#1' }]);
  const list = await ok<{ total: number; items: { id: string }[] }>(engine, 'cases.list', {});
  expect(list.items.map((c) => c.id)).toEqual([created.id]);
  // An update that changes nothing announces nothing.
  await ok(engine, 'settings.update', {});
  expect(changes).toHaveLength(1);
});

test('an absurd period is a field error answered at once, and a backwards one too', async () => {
  const engine = await engineOn(tempDir());
  const started = performance.now();
  const envelope = await engine.dispatch('review.summary', { from: '0001-01-01', to: '9999-12-31' });
  expect(performance.now() - started).toBeLessThan(1_000);
  expect(envelope.ok).toBe(false);
  if (!envelope.ok) {
    expect(envelope.error.code).toBe('invalid_input');
    expect(envelope.error.fields?.from).toMatch(/1900 and 2200/);
    expect(envelope.error.fields?.to).toMatch(/1900 and 2200/);
  }
  expect(await engine.dispatch('review.summary', { from: '2026-05-01', to: '2026-04-01' })).toMatchObject({
    ok: false,
    error: { fields: { to: 'Must be on or after the start of the period' } },
  });
  expect(await engine.dispatch('review.summary', { from: '2026-01-01', to: '2026-12-31' })).toMatchObject({ ok: true });
});

test('a sample job reports progress several times a second, cancels within a second and leaves nothing', async () => {
  const dir = tempDir();
  const engine = await engineOn(dir);
  const seen: JobInfo[] = [];
  let firstProgressAt = 0;
  engine.events.subscribe((event, payload) => {
    if (event !== 'job.progress') return;
    const info = payload as JobInfo;
    if (info.done > 0 && firstProgressAt === 0) firstProgressAt = performance.now();
    seen.push(info);
  });
  const job = await ok<JobInfo>(engine, 'jobs.start', { kind: 'sample', input: { cases: 20_000, seed: 7 } });
  expect(job).toMatchObject({ kind: 'sample', state: 'running' });
  // Meanwhile the window keeps working.
  await ok(engine, 'cases.create', { title: 'While it builds', accountName: 'Acme' });
  await expect
    .poll(() => seen.filter((s) => s.phase === 'cases' && s.done > 0).length, { timeout: 30_000 })
    .toBeGreaterThan(3);
  const cancelAsked = performance.now();
  await ok(engine, 'jobs.cancel', { id: job.id });
  const ended = await engine.jobs.wait(job.id);
  expect(performance.now() - cancelAsked).toBeLessThan(1_000);
  expect(ended.state).toBe('cancelled');
  expect(fs.readdirSync(path.join(dir, 'samples'))).toEqual([]);
  const listed = await ok<JobInfo[]>(engine, 'jobs.list', {});
  expect(listed[0]).toMatchObject({ id: job.id, state: 'cancelled' });

  // Progress while it worked: at least four events a second from the first case simulated to the cancel.
  const running = seen.filter((s) => s.id === job.id && s.state === 'running' && s.done > 0);
  const span = (cancelAsked - firstProgressAt) / 1000;
  expect(running.length / span).toBeGreaterThanOrEqual(4);
}, 60_000);

test('a finished sample job names its file, which is whole', async () => {
  const dir = tempDir();
  const engine = await engineOn(dir);
  const job = await ok<JobInfo>(engine, 'jobs.start', { kind: 'sample', input: { cases: 200, seed: 1 } });
  const ended = await engine.jobs.wait(job.id);
  expect(ended).toMatchObject({ state: 'done', result: { cases: 200 } });
  const file = String(ended.result!.dbPath);
  const db = new Database(file, { readonly: true });
  expect(db.prepare('select count(*) from cases').pluck().get()).toBe(200);
  expect(db.pragma('quick_check', { simple: true })).toBe('ok');
  db.close();
  expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('.building'))).toEqual([]);
});

test('a .building file left by a killed job is removed at the next start', async () => {
  const dir = tempDir();
  const samples = path.join(dir, 'samples');
  fs.mkdirSync(samples);
  for (const name of ['sample-x.db.building', 'sample-x.db.building-wal', 'keep.db']) {
    fs.writeFileSync(path.join(samples, name), 'x');
  }
  fs.writeFileSync(path.join(dir, 'winloop.db.backup.db.building'), 'x');
  await engineOn(dir);
  expect(fs.readdirSync(samples)).toEqual(['keep.db']);
  expect(fs.readdirSync(dir).filter((n) => n.includes('.building'))).toEqual([]);
});

test('stale derived rows left by another writer are rebuilt as a job before the review reads them', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'winloop.db');
  const first = await engineOn(dir, file);
  for (let i = 0; i < 3; i++) {
    const c = await ok<{ id: string }>(first, 'cases.create', { title: `Case ${i}`, accountName: 'Acme' });
    await ok(first, 'debrief.close', { caseId: c.id, outcome: i === 0 ? 'lost' : 'won', closedOn: today() });
  }
  await first.close();
  // Another program empties the derived facts and marks every case stale (as an upgrade does).
  const raw = new Database(file);
  raw.exec(
    'delete from derived_case_facts; insert or ignore into derived_case_facts_stale (case_id) select id from cases;',
  );
  raw.close();

  const engine = await engineOn(dir, file);
  const summary = await ok<{ winRate: { won: number; lost: number } }>(engine, 'review.summary', {});
  expect(summary.winRate).toMatchObject({ won: 2, lost: 1 });
  const jobs = await ok<JobInfo[]>(engine, 'jobs.list', {});
  expect(jobs.some((j) => j.kind === 'derived.rebuild' && j.state === 'done')).toBe(true);
  const check = new Database(file, { readonly: true });
  expect(check.prepare('select count(*) from derived_case_facts_stale').pluck().get()).toBe(0);
  check.close();
});

test('a read-only worker refuses a write sent to it, and an unknown method is an envelope', async () => {
  const engine = await engineOn(tempDir());
  expect(await engine.dispatch('cases.explode', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  expect(await engine.dispatch('jobs.cancel', { id: 'nope' })).toMatchObject({
    ok: false,
    error: { code: 'not_found' },
  });
  expect(await engine.dispatch('jobs.start', { kind: 'sample', input: { cases: 5 } })).toMatchObject({
    ok: false,
    error: { code: 'invalid_input' },
  });
});

test('one reader starts with the file; a second only once reads overlap, and both serve and close', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'winloop.db');
  const engine = await engineOn(dir, file);
  await ok(engine, 'cases.create', { title: 'Pumps', accountName: 'Acme' });
  for (let i = 0; i < 3; i++) await ok(engine, 'cases.list', {});
  // Reads one after another never find the reader busy.
  expect(engine.readerThreads).toBe(1);
  const lists = await Promise.all([1, 2, 3].map(() => ok<{ total: number }>(engine, 'cases.list', {})));
  expect(lists.map((l) => l.total)).toEqual([1, 1, 1]);
  await expect.poll(() => engine.readerThreads, { timeout: 10_000 }).toBe(2);
  // Both serve: overlapping reads now spread over them, and none starts a third.
  const again = await Promise.all([1, 2, 3, 4].map(() => ok<{ total: number }>(engine, 'cases.list', {})));
  expect(again.map((l) => l.total)).toEqual([1, 1, 1, 1]);
  expect(engine.readerThreads).toBe(2);
  await engine.close();
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
});
