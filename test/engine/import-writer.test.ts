/**
 * The writer's half of an import job on a real file, in this thread: a slice ends at the row where a call starts
 * waiting, so that call runs next, between two commits; slices commit with synchronous = NORMAL and everything
 * else the thread runs meanwhile (a save) sees FULL again; a save meanwhile does not checkpoint (the import does,
 * between slices) and SQLite checkpoints again once the import has ended; a cancel still takes every row back.
 */
import path from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { expect, onTestFinished, test } from 'vitest';
import { Mapping } from '../../electron/csv/mapping';
import { prepareImport, planOf, IMPORT_CHUNK } from '../../electron/csv/run-import';
import { openDatabase } from '../../electron/db/client';
import { importWriter } from '../../electron/engine/import-writer';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { mavenLike, mavenMapping } from '../helpers/maven-like';
import { tempDir } from '../helpers/temp-workspace';

const FULL = 2;
const NORMAL = 1;

function openFile() {
  const opened = openDatabase(path.join(tempDir(), 'winloop.db'), { migrationsFolder: MIGRATIONS_DIR });
  onTestFinished(() => opened.close());
  return opened.sqlite;
}

/** The reading thread's side, all of it posted at once: the plan, the rows in chunks, the end. */
function readerOf(rows: number): MessagePort {
  const prepared = prepareImport(mavenLike(rows), { mapping: Mapping.parse(mavenMapping) });
  const { port1, port2 } = new MessageChannel();
  port2.postMessage({ type: 'plan', plan: planOf(prepared, 'big.csv') });
  for (let at = 0; at < prepared.read.rows.length; at += IMPORT_CHUNK) {
    port2.postMessage({ type: 'rows', rows: prepared.read.rows.slice(at, at + IMPORT_CHUNK) });
  }
  port2.postMessage({ type: 'end' });
  onTestFinished(() => port2.close());
  return port1;
}

test('a call that starts waiting mid-slice runs after that row, at FULL, outside any transaction', async () => {
  const sqlite = openFile();
  const cases = sqlite.prepare('select count(*) from cases').pluck();
  // The engine's "call waiting" stands in as a flag raised every 37th row and a message on a port of its own
  // (a call reaches the writer as a message), lowered once that message is served.
  const calls = new MessageChannel();
  onTestFinished(() => calls.port1.close());
  let waiting = false;
  let asked = 0;
  const writtenWhenAsked: number[] = [];
  const served: { after: number; synchronous: unknown; autocheckpoint: unknown; inTransaction: boolean }[] = [];
  const inSlice = new Set<unknown>();
  calls.port1.on('message', () => {
    served.push({
      after: cases.get() as number,
      synchronous: sqlite.pragma('synchronous', { simple: true }),
      autocheckpoint: sqlite.pragma('wal_autocheckpoint', { simple: true }),
      inTransaction: sqlite.inTransaction,
    });
    waiting = false;
    // A save between slices, as the writer serves one.
    sqlite
      .prepare("insert into accounts (id, created_at, updated_at, name) values (?, 'now', 'now', ?)")
      .run(`save-${served.length}`, `Saved meanwhile ${served.length}`);
  });
  const callWaiting = () => {
    if (sqlite.inTransaction) inSlice.add(sqlite.pragma('synchronous', { simple: true }));
    if (!waiting && ++asked % 37 === 0) {
      waiting = true;
      writtenWhenAsked.push(cases.get() as number);
      calls.port2.postMessage('save');
    }
    return waiting;
  };
  const writer = importWriter(
    sqlite,
    () => new Date('2026-03-10T09:00:00Z'),
    () => undefined,
    callWaiting,
  );
  const outcome = await writer.run('job', false, readerOf(3000), () => undefined);

  expect(outcome.status).toBe('done');
  expect(cases.get()).toBe(3000);
  expect(served.length).toBeGreaterThan(20);
  for (const [i, call] of served.entries()) {
    // At most one more row: the next slice may begin before the thread takes up the message.
    expect(call.after - writtenWhenAsked[i]!).toBeLessThanOrEqual(1);
    expect(call).toMatchObject({ synchronous: FULL, autocheckpoint: 0, inTransaction: false });
  }
  expect([...inSlice]).toEqual([NORMAL]);
  expect(sqlite.pragma('synchronous', { simple: true })).toBe(FULL);
  expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  expect(sqlite.prepare('select count(*) from accounts where id like ?').pluck().get('save-%')).toBe(served.length);
});

test('every turn the thread takes between slices sees FULL; a cancel takes every row back, SQLite checkpoints again', async () => {
  const sqlite = openFile();
  const writer = importWriter(
    sqlite,
    () => new Date('2026-03-10T09:00:00Z'),
    () => undefined,
  );
  const seen = new Set<unknown>();
  let turns = 0;
  let watching = true;
  const watch = () => {
    if (!watching) return;
    turns++;
    seen.add(sqlite.pragma('synchronous', { simple: true }));
    setImmediate(watch);
  };
  setImmediate(watch);
  const stopHalfway = (written: number) => void (written >= 5000 && writer.stop('job'));
  const outcome = await writer.run('job', false, readerOf(10_000), stopHalfway);
  watching = false;

  expect(outcome.status).toBe('cancelled');
  expect(turns).toBeGreaterThan(20);
  expect([...seen]).toEqual([FULL]);
  expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  expect(sqlite.prepare('select count(*) from cases').pluck().get()).toBe(0);
  expect(sqlite.prepare('select count(*) from accounts').pluck().get()).toBe(0);
  expect(sqlite.prepare('select status from imports').pluck().get()).toBe('cancelled');
});
