/**
 * Files Winloop must not make worse: one from a newer Winloop, a read-only one, an empty one, a truncated
 * one. Each test hashes the file before and after and checks nothing new appears beside it.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../electron/db/client';
import { DbOpenError } from '../../electron/db/errors';
import { inspectDatabase } from '../../electron/db/inspect';
import { connectionCanWrite, isReadOnlyError, looksReadOnly } from '../../electron/db/read-only';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { startEngine } from '../../electron/engine/engine';
import { openWorkspace } from '../../electron/workspace';
import { createTestWorkspace, tempDir } from '../helpers/temp-workspace';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const beside = (file: string) =>
  fs
    .readdirSync(path.dirname(file))
    .filter((name) => name !== path.basename(file))
    .sort();

function refusal(open: () => unknown): DbOpenError {
  try {
    open();
  } catch (error) {
    if (error instanceof DbOpenError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

/** A current Winloop file with a few cases, closed (so no -wal or -shm beside it). */
function savedDatabase(): string {
  const { ws, file } = createTestWorkspace();
  for (const title of ['Fleet', 'Depot', 'Harbour'])
    expect(ws.dispatchSync('cases.create', { title, accountName: 'Acme' })).toMatchObject({ ok: true });
  ws.close();
  expect(beside(file)).toEqual([]);
  return file;
}

/** Changes the file with a bare connection, as another program (or a newer Winloop) would. */
function edit(file: string, sql: string): void {
  const sqlite = new Database(file);
  sqlite.exec(sql);
  sqlite.close();
}

const open = (file: string, extra: { readOnly?: boolean; create?: boolean } = {}) =>
  openDatabase(file, { migrationsFolder: MIGRATIONS_DIR, ...extra });

describe('a file from a newer Winloop', () => {
  test.each([
    ['in rollback-journal mode (opening in WAL would rewrite header bytes 18–19)', 'DELETE'],
    ['in WAL mode', 'WAL'],
  ])('%s is refused byte-identical', (_name, mode) => {
    const file = savedDatabase();
    edit(file, `PRAGMA journal_mode = ${mode}; PRAGMA user_version = 99;`);
    const before = sha(file);
    const header = fs.readFileSync(file).subarray(18, 20);

    const error = refusal(() => open(file));
    expect(error.code).toBe('db_newer');
    expect(error.message).toMatch(/newer version of Winloop.*the file was not changed/);
    expect(sha(file)).toBe(before);
    expect(fs.readFileSync(file).subarray(18, 20)).toEqual(header);
    expect(beside(file)).toEqual([]);
  });

  test('one that applied a migration this Winloop does not know is refused the same way', () => {
    const file = savedDatabase();
    edit(
      file,
      "PRAGMA journal_mode = DELETE; INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 9999999999999);",
    );
    const before = sha(file);
    expect(refusal(() => open(file)).code).toBe('db_newer');
    expect(sha(file)).toBe(before);
    expect(beside(file)).toEqual([]);
  });

  test('browser mode refuses it untouched too', () => {
    const file = savedDatabase();
    edit(file, 'PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;');
    const before = sha(file);
    expect(() => openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'web' })).toThrow(/newer version/);
    expect(sha(file)).toBe(before);
  });
});

/**
 * Makes a file truly unwritable even for root (tests run as root here, where chmod stops nothing): the
 * immutable attribute. As another user, chmod 444 is enough. Returns the undo.
 */
function makeReadOnly(file: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', file]);
    return () => execFileSync('chattr', ['-i', file]);
  }
  fs.chmodSync(file, 0o444);
  return () => fs.chmodSync(file, 0o644);
}

describe('a read-only file', () => {
  test('opens read-only: browsing and the review work, writes answer read_only, the bytes stay', () => {
    const file = savedDatabase();
    const before = sha(file);
    const undo = makeReadOnly(file);
    try {
      const ws = openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'web' });
      try {
        expect(ws.ctx.sqlite.readonly).toBe(true);
        const list = ws.dispatchSync('cases.list', {});
        expect(list).toMatchObject({ ok: true });
        const summary = ws.dispatchSync('review.summary', { from: '2025-01-01', to: '2026-12-31' });
        expect(summary).toMatchObject({ ok: true });
        const write = ws.dispatchSync('cases.create', { title: 'Nope', accountName: 'Acme' });
        expect(write).toMatchObject({ ok: false, error: { code: 'read_only' } });
        expect(write.ok ? '' : write.error.message).toMatch(/read-only/);
      } finally {
        ws.close();
      }
    } finally {
      undo();
    }
    expect(sha(file)).toBe(before);
    expect(beside(file)).toEqual([]);
  });

  test('one that would need an upgrade says it is read-only, not that it is no Winloop database', () => {
    const file = savedDatabase();
    // As an older Winloop left it: the last migration not yet applied.
    edit(
      file,
      'DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations); PRAGMA user_version = 0;',
    );
    const before = sha(file);
    const undo = makeReadOnly(file);
    let error: DbOpenError;
    try {
      error = refusal(() => open(file));
    } finally {
      undo();
    }
    expect(error.code).toBe('read_only');
    expect(error.message).toMatch(/is read-only.*the file\s+was not changed/);
    expect(error.message).not.toMatch(/not a Winloop database/);
    expect(sha(file)).toBe(before);
    expect(beside(file)).toEqual([]);
  });

  test('asking for read-only gives the same on a writable file, and writes nothing', () => {
    const file = savedDatabase();
    const before = sha(file);
    const opened = open(file, { readOnly: true });
    expect(opened.readOnly).toBe(true);
    expect(() => opened.sqlite.exec("UPDATE settings SET value = 'x'")).toThrow(/readonly/);
    opened.close();
    expect(sha(file)).toBe(before);
    expect(beside(file)).toEqual([]);
    const writable = open(file);
    expect(writable.readOnly).toBe(false);
    writable.close();
  });
});

describe('how read-only is detected', () => {
  const refuse = (code: string) => () => {
    throw Object.assign(new Error(code), { code });
  };

  test('the OS hint: the file or its folder refusing W_OK', () => {
    expect(looksReadOnly('/data/a.db', () => undefined)).toBe(false);
    expect(looksReadOnly('/data/a.db', refuse('EACCES'))).toBe(true);
    expect(looksReadOnly('/data/a.db', refuse('EROFS'))).toBe(true);
    const folderOnly = (target: string) => {
      if (target === '/data') refuse('EPERM')();
    };
    expect(looksReadOnly('/data/a.db', folderOnly)).toBe(true);
    // Any other failure is not evidence of read-only: the open decides.
    expect(looksReadOnly('/data/a.db', refuse('ENOENT'))).toBe(false);
  });

  test('SQLite and OS codes that mean read-only', () => {
    for (const code of ['SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_CANTOPEN', 'EACCES', 'EROFS'])
      expect(isReadOnlyError({ code }), code).toBe(true);
    for (const code of ['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'ENOENT', 42])
      expect(isReadOnlyError({ code }), String(code)).toBe(false);
    expect(isReadOnlyError(null)).toBe(false);
  });

  test('the write probe: true on a writable connection, false on a read-only one, the file unchanged', () => {
    const file = savedDatabase();
    const before = sha(file);
    const writable = new Database(file);
    expect(connectionCanWrite(writable)).toBe(true);
    writable.close();
    const reader = new Database(file, { readonly: true });
    expect(connectionCanWrite(reader)).toBe(false);
    reader.close();
    expect(sha(file)).toBe(before);
  });
});

describe('an empty file', () => {
  test.each([
    [
      'the app and browser mode',
      (file: string) => openWorkspace(file, { migrationsFolder: MIGRATIONS_DIR, mode: 'web' }),
    ],
    ['a reporting command', (file: string) => open(file, { create: false })],
    ['check', (file: string) => inspectDatabase(file, MIGRATIONS_DIR)],
  ])('is not turned into a database by %s', (_name, openIt) => {
    const file = path.join(tempDir(), 'empty.db');
    fs.writeFileSync(file, '');
    const error = refusal(() => openIt(file));
    expect(error.message).toMatch(/is an empty file, not a Winloop database; the file was not changed/);
    expect(fs.statSync(file).size).toBe(0);
    expect(beside(file)).toEqual([]);
  });

  test('a missing file is still created (the first-run screen starts from there)', () => {
    const file = path.join(tempDir(), 'new.db');
    const opened = open(file);
    expect(opened.schemaVersion).toBeGreaterThan(0);
    opened.close();
  });
});

describe('a truncated file', () => {
  function truncated(): string {
    const file = savedDatabase();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
    return file;
  }

  test('check reports it and leaves no -wal or -shm beside it', () => {
    const file = truncated();
    const before = sha(file);
    let outcome: string;
    try {
      outcome = inspectDatabase(file, MIGRATIONS_DIR).integrity;
    } catch (error) {
      outcome = (error as Error).message;
    }
    expect(outcome).not.toBe('ok');
    expect(sha(file)).toBe(before);
    expect(beside(file)).toEqual([]);
  });

  test('opening it is db_corrupt, byte-identical, nothing beside it', () => {
    const file = truncated();
    const before = sha(file);
    expect(refusal(() => open(file)).code).toBe('db_corrupt');
    expect(sha(file)).toBe(before);
    expect(beside(file)).toEqual([]);
  });

  test('a check on a file in use leaves the app’s own -wal and -shm alone', () => {
    const { ws, file } = createTestWorkspace();
    ws.dispatchSync('cases.create', { title: 'Open', accountName: 'Acme' });
    const companions = beside(file);
    expect(companions).toEqual(['winloop.db-shm', 'winloop.db-wal']);
    expect(inspectDatabase(file, MIGRATIONS_DIR).integrity).toBe('ok');
    expect(beside(file)).toEqual(companions);
    expect(ws.dispatchSync('cases.list', {})).toMatchObject({ ok: true });
  });
});

/** Browser mode and the app open files through the engine: its writer and readers must keep the same promises. */
describe('through the engine (browser mode, the app)', () => {
  const engineOn = (file: string) =>
    startEngine(file, {
      migrationsFolder: MIGRATIONS_DIR,
      workerScript: ENGINE_WORKER_SCRIPT,
      mode: 'web',
      readers: 1,
    });

  async function engineRefusal(file: string): Promise<Error> {
    try {
      const engine = await engineOn(file);
      await engine.close();
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected the file to be refused');
  }

  test.each(['DELETE', 'WAL'])('a newer file (%s) is refused byte-identical, nothing left beside it', async (mode) => {
    const file = savedDatabase();
    edit(file, `PRAGMA journal_mode = ${mode}; PRAGMA user_version = 99;`);
    const before = sha(file);
    expect((await engineRefusal(file)).message).toMatch(/newer version of Winloop.*the file was not changed/);
    expect(sha(file)).toBe(before);
    expect(beside(file)).toEqual([]);
  });

  test('an empty file is not turned into a database', async () => {
    const file = path.join(tempDir(), 'empty.db');
    fs.writeFileSync(file, '');
    expect((await engineRefusal(file)).message).toMatch(/is an empty file, not a Winloop database/);
    expect(fs.statSync(file).size).toBe(0);
    expect(beside(file)).toEqual([]);
  });

  test('a read-only file opens read-only: browsing and the review work, a save answers read_only', async () => {
    const file = savedDatabase();
    const before = sha(file);
    const undo = makeReadOnly(file);
    try {
      const engine = await engineOn(file);
      try {
        expect(await engine.dispatch('cases.list', {})).toMatchObject({ ok: true, value: { total: 3 } });
        expect(await engine.dispatch('review.summary', {})).toMatchObject({ ok: true });
        expect(await engine.dispatch('system.info', {})).toMatchObject({ ok: true });
        const write = await engine.dispatch('cases.create', { title: 'Nope', accountName: 'Acme' });
        expect(write).toMatchObject({ ok: false, error: { code: 'read_only' } });
      } finally {
        await engine.close();
      }
    } finally {
      undo();
    }
    expect(sha(file)).toBe(before);
    expect(beside(file)).toEqual([]);
  });

  test('a read-only file another program changed shows the changed review, and stays byte-identical', async () => {
    const { ws, file } = createTestWorkspace();
    for (const [i, outcome] of ['won', 'won', 'lost'].entries()) {
      const created = ws.dispatchSync('cases.create', {
        title: `Case ${i}`,
        accountName: 'Acme',
        openedOn: '2026-01-05',
      });
      const id = created.ok ? (created.value as { id: string }).id : '';
      expect(ws.dispatchSync('debrief.close', { caseId: id, outcome, closedOn: '2026-03-01' })).toMatchObject({
        ok: true,
      });
    }
    ws.close();
    // Another program changed an outcome (its triggers mark the case's facts stale), then the file became
    // read-only: the derived review rows in the file are out of date and cannot be refreshed there.
    edit(file, "update cases set outcome = 'lost' where title = 'Case 0'");
    const before = sha(file);
    const undo = makeReadOnly(file);
    try {
      const engine = await engineOn(file);
      try {
        const summary = await engine.dispatch('review.summary', { from: '2026-01-01', to: '2026-12-31' });
        expect(summary).toMatchObject({ ok: true, value: { winRate: { won: 1, lost: 2 } } });
      } finally {
        await engine.close();
      }
    } finally {
      undo();
    }
    expect(sha(file)).toBe(before);
    expect(beside(file)).toEqual([]);
  });

  test('a truncated file is refused as damaged, byte-identical, nothing beside it', async () => {
    const file = savedDatabase();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
    const before = sha(file);
    expect((await engineRefusal(file)).message).toMatch(/damaged|not a Winloop database/);
    expect(sha(file)).toBe(before);
    expect(beside(file)).toEqual([]);
  });
});
