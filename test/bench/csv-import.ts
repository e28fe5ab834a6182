/**
 * `csvImport`: a 10,000-row CSV through the real importer (read, detect, convert, link names, write with the
 * journal, a chunk per transaction) against the floor: raw prepared inserts of the same rows, accounts and
 * owners given, in one transaction, on a fresh file of the same schema. Each is timed alternately on fresh
 * files, RUNS times, and the medians compared. Target: ≤ 8.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/db/client';
import { readCsv } from '../../electron/csv/read';
import { runImport } from '../../electron/csv/run-import';
import { MIGRATIONS_DIR } from '../../electron/node-paths';

const ROWS = 10_000;
const RUNS = 5;

export function pipedriveCsv(rows: number): Buffer {
  const lines = [
    'Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Status,Deal - Lost reason,Organization - Name,Deal - Owner,Deal - Deal created,Deal - Won time,Deal - Lost time',
  ];
  for (let i = 0; i < rows; i++) {
    const status = ['won', 'lost', 'open'][i % 3]!;
    const day = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(
      [
        i + 1,
        `"Deal ${i}, phase ${i % 5}"`,
        `"${(1000 + i * 7).toLocaleString('en')}.50"`,
        'EUR',
        status,
        status === 'lost' ? ['Price', 'Timing', 'Went dark'][i % 3] : '',
        `Account ${i % 400}`,
        `Owner ${i % 12}`,
        `${day} 10:00:00`,
        status === 'won' ? `${day} 16:00:00` : '',
        status === 'lost' ? `${day} 17:00:00` : '',
      ].join(','),
    );
  }
  return Buffer.from(lines.join('\n'));
}

function freshDb(dir: string) {
  return openDatabase(path.join(dir, `${randomUUID()}.db`), { migrationsFolder: MIGRATIONS_DIR, backup: false });
}

const medianOf = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;

export function csvImportFigures(log: (line: string) => void): { importMs: number; floorMs: number; ratio: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-bench-csv-'));
  const bytes = pipedriveCsv(ROWS);
  const rows = readCsv(bytes, { currency: 'EUR' }).rows;
  const importTimes: number[] = [];
  const floorTimes: number[] = [];
  try {
    for (let run = 0; run <= RUNS; run++) {
      const a = freshDb(dir);
      let started = performance.now();
      const report = runImport(a.sqlite, bytes, { fileName: 'deals.csv' });
      const importMs = performance.now() - started;
      if (report.counts.imported !== ROWS) throw new Error(`imported ${report.counts.imported} of ${ROWS}`);
      a.close();

      const b = freshDb(dir);
      const now = new Date().toISOString();
      const accounts = new Map<string, string>();
      const owners = new Map<string, string>();
      const insertAccount = b.sqlite.prepare(
        'insert into accounts (id, created_at, updated_at, name) values (?, ?, ?, ?)',
      );
      const insertOwner = b.sqlite.prepare(
        'insert into team_members (id, created_at, updated_at, name) values (?, ?, ?, ?)',
      );
      b.sqlite.transaction(() => {
        for (const r of rows) {
          if (r.account && !accounts.has(r.account)) accounts.set(r.account, randomUUID());
          if (r.owner && !owners.has(r.owner)) owners.set(r.owner, randomUUID());
        }
        for (const [name, id] of accounts) insertAccount.run(id, now, now, name);
        for (const [name, id] of owners) insertOwner.run(id, now, now, name);
      })();
      const insert = b.sqlite.prepare(
        `insert into cases (id, created_at, updated_at, title, account_id, value_minor, currency, owner_id, opened_on,
           closed_on, outcome, external_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      started = performance.now();
      b.sqlite.transaction(() => {
        for (const r of rows) {
          insert.run(
            randomUUID(),
            now,
            now,
            r.title,
            accounts.get(r.account ?? '') ?? null,
            r.valueMinor ?? 0,
            r.currency,
            owners.get(r.owner ?? '') ?? null,
            r.openedOn ?? '2024-01-01',
            r.closedOn,
            r.outcome,
            r.externalId,
          );
        }
      })();
      const floorMs = performance.now() - started;
      b.close();
      // The first pair warms caches and compiles statements.
      if (run > 0) {
        importTimes.push(importMs);
        floorTimes.push(floorMs);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const importMs = medianOf(importTimes);
  const floorMs = medianOf(floorTimes);
  log(`csv import of ${ROWS} rows ${importMs.toFixed(0)} ms, raw inserts ${floorMs.toFixed(0)} ms`);
  return {
    importMs: Number(importMs.toFixed(1)),
    floorMs: Number(floorMs.toFixed(1)),
    ratio: Number((importMs / floorMs).toFixed(2)),
  };
}

export interface ImportJobFigures {
  rows: number;
  seconds: number;
  mainBlockedMaxMs: number;
  saveDuringImport: number;
  readDuringImport: number;
  cancelMs: number;
}

/**
 * A 100,000-row import as the app runs it (engine job: read in a job thread, its rows sent straight to the
 * writer, written a few-millisecond slice per transaction) with saves and reads meanwhile: the main thread's longest stall, save and read p95 against idle
 * p95 in the same run, then a second import cancelled halfway and the time until it has taken everything back.
 */
export async function importJobFigures(log: (line: string) => void, rows = 100_000): Promise<ImportJobFigures> {
  const { startEngine } = await import('../../electron/engine/engine');
  const { ENGINE_WORKER_SCRIPT } = await import('../../electron/node-paths');
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-bench-import-'));
  const engine = await startEngine(path.join(dir, 'winloop.db'), {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'cli',
  });
  const must = async (method: string, input: unknown): Promise<unknown> => {
    const envelope = await engine.dispatch(method, input);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value;
  };
  const timed = async (fn: () => Promise<unknown>) => {
    const started = performance.now();
    await fn();
    return performance.now() - started;
  };
  const p95 = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length * 0.95)] ?? Number.NaN;
  try {
    const stage = async (bytes: Buffer) => {
      let stageId: string | undefined;
      const size = 4 * 1024 * 1024;
      for (let at = 0; at < bytes.length; at += size) {
        const chunk = bytes.subarray(at, at + size).toString('base64');
        ({ stageId } = (await must('imports.stage', {
          ...(stageId ? { stageId } : {}),
          fileName: 'bench.csv',
          chunk,
          last: at + size >= bytes.length,
        })) as { stageId: string });
      }
      return stageId!;
    };
    const bytes = pipedriveCsv(rows);
    const first = await stage(bytes);
    const saveOnce = () =>
      timed(() => must('cases.create', { title: 'Bench save', accountName: 'Bench Ltd', valueMinor: 100 }));
    const readOnce = () => timed(() => must('cases.list', { limit: 50 }));
    await saveOnce();
    await readOnce();
    const idleSaves: number[] = [];
    const idleReads: number[] = [];
    for (let i = 0; i < 40; i++) {
      idleSaves.push(await saveOnce());
      idleReads.push(await readOnce());
    }
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    const job = (await must('jobs.start', { kind: 'csv.import', input: { stageId: first } })) as { id: string };
    const busySaves: number[] = [];
    const busyReads: number[] = [];
    while (engine.jobs.get(job.id).state === 'running') {
      busySaves.push(await saveOnce());
      busyReads.push(await readOnce());
    }
    const seconds = (performance.now() - started) / 1000;
    delay.disable();
    const ended = engine.jobs.get(job.id);
    if (ended.state !== 'done') throw new Error(`import ${ended.state}: ${ended.error}`);
    log(
      `  imported ${String(ended.result?.imported)} rows in ${seconds.toFixed(1)} s; ${busySaves.length} saves meanwhile`,
    );

    // A different file (one more row), cancelled once half of it is written.
    const second = await stage(pipedriveCsv(rows + 1).subarray(0));
    const again = (await must('jobs.start', { kind: 'csv.import', input: { stageId: second, force: true } })) as {
      id: string;
    };
    while (engine.jobs.get(again.id).phase !== 'writing' || engine.jobs.get(again.id).done < rows / 2) {
      if (engine.jobs.get(again.id).state !== 'running') break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const cancelAsked = performance.now();
    await must('jobs.cancel', { id: again.id });
    const cancelled = await engine.jobs.wait(again.id);
    const cancelMs = performance.now() - cancelAsked;
    log(`  second import ${cancelled.state} after ${cancelled.done} rows written, in ${cancelMs.toFixed(0)} ms`);
    return {
      rows,
      seconds: Number(seconds.toFixed(1)),
      mainBlockedMaxMs: Number((delay.max / 1e6).toFixed(1)),
      saveDuringImport: Number((p95(busySaves) / p95(idleSaves)).toFixed(2)),
      readDuringImport: Number((p95(busyReads) / p95(idleReads)).toFixed(2)),
      cancelMs: Number(cancelMs.toFixed(0)),
    };
  } finally {
    await engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
