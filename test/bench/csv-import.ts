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
