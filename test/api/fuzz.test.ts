/**
 * Every contract method fuzzed with hostile input (test/api/fuzz-values.ts) through the dispatch every host
 * runs: only validation errors come back (invalid_input, not_found, conflict — never internal), the message
 * stays bounded, and a rejected request writes nothing: another connection's `PRAGMA data_version`, which moves
 * whenever anything commits, does not move. Then the same through the engine's threads, which must stay up.
 * `npm test` runs FUZZ_RUNS per method; `npm run soak` many more. WINLOOP_SEED replays a run.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { api, type MethodName } from '../../shared/api';
import { startEngine } from '../../electron/engine/engine';
import { MAX_MESSAGE_CHARS } from '../../electron/dispatch';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { openWorkspace } from '../../electron/workspace';
import { tempDir } from '../helpers/temp-workspace';
import { contractKeys, hostileInput, shapedInput } from './fuzz-values';

const SOAK = process.env.WINLOOP_SOAK === '1';
const RUNS = Number(process.env.WINLOOP_FUZZ_RUNS ?? (SOAK ? 2_000 : 60));
const SEED = Number(process.env.WINLOOP_SEED ?? Date.now() % 1_000_000);
const VALIDATION = ['invalid_input', 'not_found', 'conflict'];
const methods = Object.keys(api) as MethodName[];
const keys = contractKeys(methods.map((m) => api[m].input));

function value<T>(envelope: { ok: boolean; value?: unknown; error?: { message: string } }): T {
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.value as T;
}

/** A workspace with one of each record, so hostile input can name real ids and reach the rules behind them. */
function seeded() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-fuzz-'));
  const file = path.join(dir, 'winloop.db');
  const ws = openWorkspace(file, {
    migrationsFolder: MIGRATIONS_DIR,
    mode: 'memory',
    now: () => new Date('2026-03-10T09:00:00.000Z'),
  });
  const call = <T>(method: string, input: unknown) => value<T>(ws.dispatchSync(method, input));
  const theCase = call<{ id: string; accountId: string }>('cases.create', { title: 'Pumps', accountName: 'Acme' });
  const other = call<{ id: string; accountId: string }>('cases.create', { title: 'Valves', accountName: 'Globex' });
  const person = call<{ id: string }>('people.create', { accountId: theCase.accountId, name: 'Ada' });
  const lesson = call<{ id: string }>('lessons.create', {
    caseId: theCase.id,
    text: 'Call the CFO early',
    kind: 'worked',
  });
  const vocab = call<Record<string, { id: string }[]>>('vocab.get', {});
  const vocabIds = Object.values(vocab)
    .filter((items): items is { id: string }[] => Array.isArray(items))
    .flatMap((items) => items.slice(0, 2).map((item) => item.id));
  const ids = [theCase.id, other.id, theCase.accountId, other.accountId, person.id, lesson.id, ...vocabIds];
  const watcher = new Database(file, { readonly: true });
  const dataVersion = () => watcher.pragma('data_version', { simple: true }) as number;
  const close = () => {
    watcher.close();
    ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { ws, ids, dataVersion, close };
}

describe(`every method, hostile input (${RUNS} runs each, seed ${SEED})`, () => {
  let state: ReturnType<typeof seeded>;
  beforeAll(() => {
    state = seeded();
  });
  afterAll(() => state.close());
  test.each(methods)(
    '%s answers only validation errors and a refusal writes nothing',
    (method) => {
      const { ws, ids, dataVersion } = state;
      fc.assert(
        fc.property(
          fc.oneof(hostileInput(keys, ids), shapedInput(api[method].input, ids), shapedInput(api[method].input, ids)),
          (input) => {
            const before = dataVersion();
            const envelope = ws.dispatchSync(method, input);
            if (envelope.ok) return;
            expect(VALIDATION, `${method}: ${envelope.error.message}`).toContain(envelope.error.code);
            expect(envelope.error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
            expect(dataVersion(), `${method} was refused but wrote`).toBe(before);
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    Math.max(30_000, RUNS * 100),
  );
});

test('what the fuzz found stays fixed: the list by competitor, a review ending on 1 January 1900', () => {
  const { ws, ids, close } = seeded();
  try {
    expect(ws.dispatchSync('cases.list', { competitorId: ids[0] })).toMatchObject({ ok: true, value: { total: 0 } });
    expect(ws.dispatchSync('review.summary', { to: '1900-01-01' })).toMatchObject({
      ok: true,
      value: { scope: { from: '1900-01-01', to: '1900-01-01' } },
    });
  } finally {
    close();
  }
});

test(`through the engine: ${SOAK ? 5_000 : 300} hostile calls to random methods, the threads stay up`, async () => {
  const engine = await startEngine(`${tempDir()}/winloop.db`, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'memory',
    readers: 1,
  });
  onTestFinished(() => engine.close());
  const created = value<{ id: string; accountId: string }>(
    await engine.dispatch('cases.create', { title: 'Pumps', accountName: 'Acme' }),
  );
  const calls = fc.sample(fc.tuple(fc.constantFrom(...methods), hostileInput(keys, [created.id, created.accountId])), {
    numRuns: SOAK ? 5_000 : 300,
    seed: SEED,
  });
  for (const [method, input] of calls) {
    const envelope = await engine.dispatch(method, input);
    if (!envelope.ok) expect(VALIDATION, `${method}: ${envelope.error.message}`).toContain(envelope.error.code);
  }
  expect(await engine.dispatch('cases.get', { id: created.id })).toMatchObject({ ok: true });
  expect(await engine.dispatch('review.summary', {})).toMatchObject({ ok: true });
}, 120_000);
