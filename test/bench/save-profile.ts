/**
 * Where one `cases.create` spends its time (issue 16's saveCase line), stage by stage, in process on a copy of the
 * 10,000-case bench file: not part of the bench, a tool for finding the cost. `npx tsx test/bench/save-profile.ts`.
 * The derived refresh is timed as a stage of its own: the in-process dispatch runs it inside the save, the engine's
 * writer after answering (save-engine.ts times that path).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { api } from '../../shared/api';
import { staleCaseCount, refreshCaseFacts } from '../../electron/review/case-facts';
import { handlers } from '../../electron/services/index';
import { openWorkspace } from '../../electron/workspace';
import { MIGRATIONS_DIR } from '../../electron/node-paths';

const ROOT = path.resolve(import.meta.dirname, '../..');
const N = 200;
const source = process.argv[2] ?? path.join(ROOT, '.bench/sample-10000.db');
const dir = fs.mkdtempSync(path.join(process.argv[3] ?? path.dirname(fs.realpathSync(source)), 'save-profile-'));
const file = path.join(dir, 'ours.db');
fs.copyFileSync(source, file);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

try {
  const ws = openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'cli' });
  const { ctx } = ws;
  const first = ws.dispatchSync('cases.create', { title: 'Bench save', accountName: 'Bench Ltd', valueMinor: 100 });
  if (!first.ok) throw new Error(first.error.message);
  const accountId = (first.value as { accountId: string }).accountId;
  const input = { title: 'Bench save', accountId, valueMinor: 100 };
  const stages: Record<string, number[]> = {};
  const mark = (name: string, started: number) => (stages[name] ??= []).push(performance.now() - started);
  const spec = api['cases.create'];
  for (let i = 0; i < N; i++) {
    let t = performance.now();
    const all = t;
    const parsed = spec.input.parse(input);
    mark('zod input', t);
    t = performance.now();
    let output: unknown;
    ctx.sqlite.prepare('select total_changes()').pluck().get();
    mark('total_changes x1', t);
    let inTx = 0;
    let handlerMs = 0;
    let staleMs = 0;
    let refreshMs = 0;
    t = performance.now();
    ctx.sqlite
      .transaction(() => {
        inTx = performance.now();
        output = handlers['cases.create'](ctx, parsed);
        handlerMs = performance.now() - inTx;
        const s = performance.now();
        const stale = staleCaseCount(ctx.sqlite);
        staleMs = performance.now() - s;
        const r = performance.now();
        if (stale <= 5000) refreshCaseFacts(ctx.sqlite);
        refreshMs = performance.now() - r;
        inTx = performance.now();
      })
      .immediate();
    const commitMs = performance.now() - inTx;
    mark('transaction total', t);
    (stages['  handler'] ??= []).push(handlerMs);
    (stages['  stale count'] ??= []).push(staleMs);
    (stages['  refreshCaseFacts'] ??= []).push(refreshMs);
    (stages['  commit (fsync)'] ??= []).push(commitMs);
    t = performance.now();
    spec.output.parse(output);
    mark('zod output', t);
    mark('ALL (in process)', all);
  }
  // The same through the real dispatch, to compare with the sum.
  const full: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    const e = ws.dispatchSync('cases.create', input);
    full.push(performance.now() - t);
    if (!e.ok) throw new Error(e.error.message);
  }
  stages['dispatchSync cases.create'] = full;
  // Handler pieces, each alone, on the same connection (outside a write transaction: reads only).
  const piece = (name: string, fn: () => unknown) => {
    const xs: number[] = [];
    for (let i = 0; i < N; i++) {
      const t = performance.now();
      fn();
      xs.push(performance.now() - t);
    }
    stages[`piece: ${name}`] = xs;
  };
  const id = (first.value as { id: string }).id;
  const { getCase } = await import('../../electron/services/case-rows');
  const { readSettings, myMemberId } = await import('../../electron/services/settings');
  piece('getCase', () => getCase(ctx, id));
  piece('readSettings', () => readSettings(ctx));
  piece('myMemberId', () => myMemberId(ctx));
  piece('raw insert+commit', () =>
    ctx.sqlite
      .prepare(
        `insert into cases (id, created_at, updated_at, title, account_id, value_minor, currency, opened_on, outcome, debrief, debrief_step, notes) values (?, ?, ?, 'Bench save', ?, 100, 'EUR', ?, 'open', 'none', 0, '')`,
      )
      .run(randomUUID(), new Date().toISOString(), new Date().toISOString(), accountId, '2026-12-03'),
  );
  piece('stale count', () => staleCaseCount(ctx.sqlite));
  const rollback = (fn: () => void) => {
    const xs: number[] = [];
    for (let i = 0; i < N; i++) {
      ctx.sqlite.prepare('begin immediate').run();
      const t = performance.now();
      fn();
      xs.push(performance.now() - t);
      ctx.sqlite.prepare('rollback').run();
    }
    return xs;
  };
  const parsedInput = spec.input.parse(input);
  stages['in tx: handler'] = rollback(() => handlers['cases.create'](ctx, parsedInput));
  const rawInsert = ctx.sqlite.prepare(
    `insert into cases (id, created_at, updated_at, title, account_id, value_minor, currency, opened_on, outcome, debrief, debrief_step, notes) values (?, ?, ?, 'Bench save', ?, 100, 'EUR', ?, 'open', 'none', 0, '')`,
  );
  stages['in tx: raw insert'] = rollback(() =>
    rawInsert.run(randomUUID(), new Date().toISOString(), new Date().toISOString(), accountId, '2026-12-03'),
  );
  stages['in tx: savepoint+raw insert'] = rollback(() =>
    ctx.sqlite.transaction(() =>
      rawInsert.run(randomUUID(), new Date().toISOString(), new Date().toISOString(), accountId, '2026-12-03'),
    )(),
  );
  for (const [name, xs] of Object.entries(stages)) console.log(`${name.padEnd(30)} p50 ${median(xs).toFixed(3)} ms`);
  ws.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
