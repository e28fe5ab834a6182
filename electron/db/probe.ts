/**
 * The look before opening for writing: a read-only connection decides whether a file is empty, damaged, from a
 * newer Winloop or in need of an upgrade, so a file that is refused keeps every byte. SQLite creates `-wal`
 * and `-shm` beside a WAL file even for a reader and leaves them there; the ones this look created are
 * removed again when it closes.
 * Changes with: electron/db/client.ts, electron/db/inspect.ts, electron/db/migrate.ts.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { DbOpenError } from './errors';
import { appliedMigrations, knownMigrations } from './migrate';
import { looksReadOnly } from './read-only';

export interface ReadOnlyConnection {
  sqlite: Database.Database;
  /** Closes and removes the -wal / -shm files that opening created (an empty -wal only: never data). */
  close(): void;
}

export interface Probe {
  schemaVersion: number;
  knownVersion: number;
  /** Migrations this Winloop would apply on opening. */
  pending: number;
}

const COMPANIONS = ['-wal', '-shm'] as const;

export function assertNotEmpty(file: string): void {
  if (fs.statSync(file).size === 0) {
    throw new DbOpenError(
      'db_corrupt',
      `${file} is an empty file, not a Winloop database; the file was not changed. ` +
        'Create a database with `init` or on the first-run screen.',
    );
  }
}

export function openReadOnly(file: string, nativeBinding?: string): ReadOnlyConnection {
  const existing = COMPANIONS.filter((suffix) => fs.existsSync(file + suffix));
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    tidy(file, existing);
    throw error;
  }
  return {
    sqlite,
    close() {
      sqlite.close();
      tidy(file, existing);
    },
  };
}

function tidy(file: string, existing: readonly string[]): void {
  // -wal first: a -shm is only removed when no log is left that it could index.
  for (const suffix of COMPANIONS) {
    const companion = file + suffix;
    if (existing.includes(suffix) || !fs.existsSync(companion)) continue;
    if (suffix === '-shm' && fs.existsSync(file + '-wal')) continue;
    if (suffix === '-wal' && fs.statSync(companion).size > 0) continue;
    fs.rmSync(companion, { force: true });
  }
}

/** Integrity and schema version through a read-only connection; throws the DbOpenError that refuses the file. */
export function probeDatabase(file: string, migrationsFolder: string, nativeBinding?: string): Probe {
  assertNotEmpty(file);
  let connection: ReadOnlyConnection;
  try {
    connection = openReadOnly(file, nativeBinding);
  } catch (error) {
    throw unreadable(file, error);
  }
  try {
    let verdict: unknown;
    try {
      verdict = connection.sqlite.pragma('quick_check', { simple: true });
    } catch (error) {
      throw unreadable(file, error);
    }
    if (verdict !== 'ok') {
      throw new DbOpenError('db_corrupt', `${file} is damaged (integrity check: ${String(verdict)}).`);
    }
    return schemaOf(connection.sqlite, migrationsFolder);
  } finally {
    connection.close();
  }
}

function schemaOf(sqlite: Database.Database, migrationsFolder: string): Probe {
  const known = knownMigrations(migrationsFolder);
  const knownHashes = new Set(known.map((m) => m.hash));
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  const applied = appliedMigrations(sqlite);
  const schemaVersion = Math.max(userVersion, applied.length);
  if (userVersion > known.length || applied.some((row) => !knownHashes.has(row.hash))) {
    throw new DbOpenError(
      'db_newer',
      `This database was written by a newer version of Winloop (schema ${schemaVersion}, ` +
        `this version knows ${known.length}). Update Winloop to open it; the file was not changed.`,
    );
  }
  const pending = known.filter((m) => !applied.some((row) => row.hash === m.hash)).length;
  return { schemaVersion, knownVersion: known.length, pending };
}

/** A file SQLite cannot read: on a read-only disk that is what stops it, and saying "not a database" misleads. */
function unreadable(file: string, error: unknown): DbOpenError {
  const reason = error instanceof Error ? error.message : String(error);
  if (looksReadOnly(file)) {
    return new DbOpenError(
      'read_only',
      `${file} is on a read-only disk or folder where Winloop cannot read it (${reason}). ` +
        'Copy it to a folder you can write to and open the copy; the file was not changed.',
    );
  }
  return new DbOpenError('db_corrupt', `${file} is not a Winloop database (${reason}).`);
}
