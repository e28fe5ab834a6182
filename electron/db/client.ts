/**
 * Opening a database file: a read-only look first (empty, damaged, newer: refused untouched), then pragmas and
 * migrations, or a read-only connection for a file that cannot be written. Every entry point (Electron, browser mode,
 * CLI, tests, workers) opens files through here so they all get the same guarantees.
 * Changes with: electron/db/migrate.ts, electron/db/probe.ts, electron/db/read-only.ts, electron/db/recovery.ts,
 * electron/engine/leftovers.ts (the `.building` name of a database being created).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import { DbOpenError } from './errors';
import { runMigrations } from './migrate';
import { refreshCaseFacts } from '../review/case-facts';
import { refreshPersonReach } from '../review/person-reach';
import { openReadOnly, probeDatabase, type Probe, type ReadOnlyConnection } from './probe';
import { connectionCanWrite, looksReadOnly } from './read-only';
import { findBackups } from './recovery';
import { snapshotOffer } from './snapshots';
import { buildingName, removeBuilding } from '../engine/leftovers';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenOptions {
  migrationsFolder: string;
  /** Create the file when it does not exist (default true). */
  create?: boolean;
  /** Open for reading only (also chosen by itself when the file cannot be written). */
  readOnly?: boolean;
  /** Path to a better-sqlite3 binary built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Copy the file aside before migrations (default true); false when the engine's backup job just did. */
  backup?: boolean;
}

export interface OpenedDb {
  file: string;
  sqlite: Database.Database;
  db: Db;
  schemaVersion: number;
  /** The copy taken before migrations ran, if any ran on an existing file. */
  backupFile: string | null;
  /** True when the file is open for reading only: writes fail with SQLITE_READONLY ('read_only'). */
  readOnly: boolean;
  close(): void;
}

export function backupName(file: string, version: number, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `${file}.before-v${version}-${stamp}.bak`;
}

export function openDatabase(file: string, opts: OpenOptions): OpenedDb {
  const resolved = path.resolve(file);
  const existed = fs.existsSync(resolved);
  if (!existed && (opts.create === false || opts.readOnly))
    throw new DbOpenError('not_found', `No database file at ${resolved}.`);
  if (existed && fs.statSync(resolved).isDirectory()) throw new DbOpenError('conflict', `${resolved} is a folder.`);
  if (!existed) {
    createDatabase(resolved, opts);
    return openDatabase(resolved, { ...opts, backup: false });
  }

  try {
    // Decided through a read-only connection, before any pragma that writes: a refused file keeps every byte.
    const probe = existed ? probeDatabase(resolved, opts.migrationsFolder, opts.nativeBinding) : null;
    if (probe && (opts.readOnly || looksReadOnly(resolved))) return openForReading(resolved, probe, opts);
    fs.mkdirSync(path.dirname(resolved), { recursive: true });
    const sqlite = new Database(resolved, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
    if (probe && !connectionCanWrite(sqlite)) {
      sqlite.close();
      return openForReading(resolved, probe, opts);
    }
    return openForWriting(resolved, sqlite, opts);
  } catch (error) {
    if (error instanceof DbOpenError) {
      error.backups = findBackups(resolved);
      if (error.code === 'db_corrupt' && fs.statSync(resolved).size > 0) {
        error.snapshot = snapshotOffer(resolved, opts.nativeBinding);
        if (error.snapshot) error.backups = [error.snapshot.file, ...error.backups];
      }
    }
    throw error;
  }
}

/**
 * A new database is built under `<file>.building` and appears under its name only once migrated: a process
 * killed while creating it leaves a `.building` file (removed at the next start), never an empty or half-made
 * database that the next start would refuse.
 */
function createDatabase(resolved: string, opts: OpenOptions): void {
  const building = buildingName(resolved);
  removeBuilding(resolved);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  const sqlite = new Database(building, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  // Closing the only connection checkpoints the log into the file and removes the -wal and -shm.
  openForWriting(building, sqlite, { ...opts, backup: false }).close();
  try {
    // A link, not a rename: it never replaces a file that appeared meanwhile.
    fs.linkSync(building, resolved);
  } finally {
    removeBuilding(resolved);
  }
}

function openForWriting(resolved: string, sqlite: Database.Database, opts: OpenOptions): OpenedDb {
  try {
    sqlite.pragma('journal_mode = WAL');
    // A save acknowledged is a save kept, even through a power cut. On macOS a plain fsync only reaches the
    // drive's cache; F_FULLFSYNC reaches the platter (SQLite ignores both pragmas on other systems).
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('fullfsync = ON');
    sqlite.pragma('checkpoint_fullfsync = ON');
    tuneConnection(sqlite);
    const db = drizzle(sqlite, { schema });
    const result = runMigrations(sqlite, db, {
      migrationsFolder: opts.migrationsFolder,
      backupTo:
        opts.backup === false
          ? null
          : () => backupName(resolved, (sqlite.pragma('user_version', { simple: true }) as number) + 1),
    });
    return {
      file: resolved,
      sqlite,
      db,
      schemaVersion: result.schemaVersion,
      backupFile: result.backupFile,
      readOnly: false,
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * A file Winloop may not write (permissions, a read-only share, or asked for): open for browsing and the
 * review; writes fail with 'read_only'. One that would need an upgrade cannot be upgraded, so it is refused.
 */
function openForReading(resolved: string, probe: Probe, opts: OpenOptions): OpenedDb {
  if (probe.pending > 0) {
    throw new DbOpenError(
      'read_only',
      `${resolved} is read-only, and it was saved by an older Winloop: it needs an upgrade that cannot be ` +
        'written. Make the file writable, or copy it to a folder you can write to, and open it again; the file ' +
        'was not changed.',
    );
  }
  const connection = withFreshFacts(openReadOnly(resolved, opts.nativeBinding), opts.nativeBinding);
  tuneConnection(connection.sqlite);
  return {
    file: resolved,
    sqlite: connection.sqlite,
    db: drizzle(connection.sqlite, { schema }),
    schemaVersion: probe.schemaVersion,
    backupFile: null,
    readOnly: true,
    close: () => connection.close(),
  };
}

/**
 * The review refreshes derived facts that edits marked stale (electron/review/case-facts.ts), which is a
 * write. A read-only file with stale facts is therefore read into memory, refreshed there, and served from a
 * read-only copy of that: the figures are right, writes still fail, the file is not touched. Only then, since
 * it costs the file's size in memory; a file last closed after a review has nothing stale.
 */
function withFreshFacts(connection: ReadOnlyConnection, nativeBinding?: string): ReadOnlyConnection {
  const { sqlite } = connection;
  const hasRows = (table: string) =>
    sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined &&
    sqlite.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get() !== undefined;
  if (!hasRows('derived_case_facts_stale') && !hasRows('derived_person_reach_stale')) return connection;
  const binding = nativeBinding ? { nativeBinding } : {};
  let image: Buffer;
  try {
    const scratch = new Database(asRollbackImage(sqlite.serialize()), binding);
    try {
      refreshCaseFacts(scratch);
      refreshPersonReach(scratch);
      image = scratch.serialize();
    } finally {
      scratch.close();
    }
  } finally {
    connection.close();
  }
  const snapshot = new Database(asRollbackImage(image), { ...binding, readonly: true });
  return { sqlite: snapshot, close: () => snapshot.close() };
}

/** An in-memory database cannot be in WAL mode: header bytes 18–19 (write and read version) say rollback. */
function asRollbackImage(image: Buffer): Buffer {
  image[18] = 1;
  image[19] = 1;
  return image;
}

/**
 * A copy this process has just made of an open database (VACUUM INTO), to write a job's result into before it
 * is put in place: it was checked and migrated as the original, so it is opened without the probe's
 * quick_check, which costs tens of seconds on a copy of a large file. Nothing else opens it meanwhile.
 */
export function openOwnCopy(file: string, nativeBinding?: string): OpenedDb {
  const sqlite = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    sqlite.pragma('journal_mode = WAL');
    tuneConnection(sqlite);
    return {
      file,
      sqlite,
      db: drizzle(sqlite, { schema }),
      schemaVersion: sqlite.pragma('user_version', { simple: true }) as number,
      backupFile: null,
      readOnly: false,
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** Per-connection settings that write nothing to the file. */
function tuneConnection(sqlite: Database.Database): void {
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Up to 64 MiB of pages kept between statements (allocated as used; the default is 2 MiB): a review at
  // 100,000 cases reads the same child-table pages in several sections, and re-reading them through the OS
  // costs about a tenth of its time.
  sqlite.pragma('cache_size = -65536');
}
