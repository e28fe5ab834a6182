/**
 * Opening a database file: integrity check, pragmas, migrations. Every entry point (Electron, browser mode,
 * CLI, tests, workers) opens files through here so they all get the same guarantees.
 * Changes with: electron/db/migrate.ts, electron/db/recovery.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import { DbOpenError } from './errors';
import { runMigrations } from './migrate';
import { findBackups } from './recovery';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenOptions {
  migrationsFolder: string;
  /** Create the file when it does not exist (default true). */
  create?: boolean;
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
  close(): void;
}

export function backupName(file: string, version: number, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `${file}.before-v${version}-${stamp}.bak`;
}

export function openDatabase(file: string, opts: OpenOptions): OpenedDb {
  const resolved = path.resolve(file);
  const existed = fs.existsSync(resolved);
  if (!existed && opts.create === false) throw new DbOpenError('not_found', `No database file at ${resolved}.`);
  if (existed && fs.statSync(resolved).isDirectory()) throw new DbOpenError('conflict', `${resolved} is a folder.`);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });

  const sqlite = new Database(resolved, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    if (existed) assertIntact(sqlite, resolved);
    sqlite.pragma('journal_mode = WAL');
    // A save acknowledged is a save kept, even through a power cut.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Up to 64 MiB of pages kept between statements (allocated as used; the default is 2 MiB): a review at
    // 100,000 cases reads the same child-table pages in several sections, and re-reading them through the OS
    // costs about a tenth of its time.
    sqlite.pragma('cache_size = -65536');
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
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    if (error instanceof DbOpenError) {
      error.backups = findBackups(resolved);
      throw error;
    }
    throw error;
  }
}

function assertIntact(sqlite: Database.Database, file: string): void {
  let verdict: unknown;
  try {
    verdict = sqlite.pragma('quick_check', { simple: true });
  } catch (error) {
    throw new DbOpenError('db_corrupt', `${file} is not a Winloop database (${(error as Error).message}).`);
  }
  if (verdict !== 'ok') {
    throw new DbOpenError('db_corrupt', `${file} is damaged (integrity check: ${String(verdict)}).`);
  }
}
