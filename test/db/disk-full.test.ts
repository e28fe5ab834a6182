/**
 * A full disk: the save that fails for lack of space answers `disk_full` with one sentence a person can act on,
 * the file stays intact with everything saved before it, and the next save after space returns works. Shown
 * twice: with SQLite's own size cap (`max_page_count`) on the dispatch every host runs, and through the engine
 * on a real full file system (a 4 MiB tmpfs; mounting one needs root, as on CI and the development VMs).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, onTestFinished, test } from 'vitest';
import { DISK_FULL_MESSAGE } from '../../electron/dispatch';
import { startEngine } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { createTestWorkspace, tempDir } from '../helpers/temp-workspace';

const bigNotes = (n: number) => `${n} ${'Notes from the call. '.repeat(900)}`;

function integrity(file: string): string {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.pragma('integrity_check', { simple: true }) as string;
  } finally {
    sqlite.close();
  }
}

test('the message is one sentence that says what happened and what to do', () => {
  expect(DISK_FULL_MESSAGE.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
  expect(DISK_FULL_MESSAGE).toMatch(/disk is full.*not saved.*free some space/i);
});

test('at the size cap a save answers disk_full, writes nothing, and saves again once there is room', () => {
  const { ws, file } = createTestWorkspace();
  const saved: string[] = [];
  for (let n = 0; n < 3; n++) {
    const created = ws.dispatchSync('cases.create', { title: `Before ${n}`, accountName: 'Acme', notes: bigNotes(n) });
    if (!created.ok) throw new Error(created.error.message);
    saved.push((created.value as { id: string }).id);
  }
  const { sqlite } = ws.ctx;
  const pages = sqlite.pragma('page_count', { simple: true }) as number;
  sqlite.pragma(`max_page_count = ${pages}`);

  let failure: { code: string; message: string } | null = null;
  for (let n = 0; n < 50 && !failure; n++) {
    const envelope = ws.dispatchSync('cases.create', { title: `Full ${n}`, accountName: 'Acme', notes: bigNotes(n) });
    if (envelope.ok) saved.push((envelope.value as { id: string }).id);
    else {
      failure = envelope.error;
      // Rolled back whole: the row count is as before the failed save.
      expect(sqlite.prepare('select count(*) from cases').pluck().get()).toBe(saved.length);
    }
  }
  expect(failure).toEqual({ code: 'disk_full', message: DISK_FULL_MESSAGE });
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');

  sqlite.pragma(`max_page_count = ${pages * 100}`);
  const after = ws.dispatchSync('cases.create', { title: 'After', accountName: 'Acme', notes: bigNotes(99) });
  expect(after).toMatchObject({ ok: true });
  const list = ws.dispatchSync('cases.list', { limit: 500 });
  expect(list.ok && (list.value as { total: number }).total).toBe(saved.length + 1);
  ws.close();
  expect(integrity(file)).toBe('ok');
});

/** A small tmpfs in a temp folder, unmounted when the test ends. */
function smallDisk(sizeMiB: number): string {
  const dir = path.join(tempDir(), 'disk');
  fs.mkdirSync(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMiB}m`, 'tmpfs', dir]);
  onTestFinished(() => {
    execFileSync('umount', ['-l', dir]);
  });
  return dir;
}

/** Takes all the space left on the file system of `dir`; returns the file to delete to give it back. */
function fillUp(dir: string): string {
  const filler = path.join(dir, 'filler');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
    // The last few bytes too, so not even one page fits.
    for (let size = 32 * 1024; size >= 512; size /= 2) {
      try {
        for (;;) fs.writeSync(fd, chunk.subarray(0, size));
      } catch {
        /* next smaller size */
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

test('on a full file system the engine answers disk_full, stays up and intact, and saves when space returns', async () => {
  const file = path.join(smallDisk(4), 'winloop.db');
  const engine = await startEngine(file, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'memory',
    readers: 1,
  });
  onTestFinished(() => engine.close());
  const save = (title: string, n: number) =>
    engine.dispatch('cases.create', { title, accountName: 'Acme', notes: bigNotes(n) });
  const saved: string[] = [];
  for (let n = 0; n < 3; n++) {
    const envelope = await save(`Before ${n}`, n);
    if (!envelope.ok) throw new Error(envelope.error.message);
    saved.push((envelope.value as { id: string }).id);
  }

  const filler = fillUp(path.dirname(file));
  let failure: { code: string; message: string } | null = null;
  for (let n = 0; n < 200 && !failure; n++) {
    const envelope = await save(`Full ${n}`, n);
    if (envelope.ok) saved.push((envelope.value as { id: string }).id);
    else failure = envelope.error;
  }
  expect(failure).toEqual({ code: 'disk_full', message: DISK_FULL_MESSAGE });
  // The engine stays up: reads work, and so does the review.
  const list = await engine.dispatch('cases.list', { limit: 500 });
  expect(list).toMatchObject({ ok: true, value: { total: saved.length } });
  expect(await engine.dispatch('review.summary', {})).toMatchObject({ ok: true });

  fs.rmSync(filler);
  expect(await save('After', 999)).toMatchObject({ ok: true });
  await engine.close();
  expect(integrity(file)).toBe('ok');
  const sqlite = new Database(file, { readonly: true });
  const titles = sqlite.prepare('select id from cases').pluck().all() as string[];
  sqlite.close();
  expect(titles).toHaveLength(saved.length + 1);
  expect(titles).toEqual(expect.arrayContaining(saved));
}, 60_000);
