/**
 * A read-only look at a database file for `winloop check`: it never migrates or writes, so it is safe on a
 * teammate's file or on one a newer Winloop wrote, and leaves nothing beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { DbOpenError } from './errors';
import { appliedMigrations, knownMigrations } from './migrate';
import { assertNotEmpty, openReadOnly } from './probe';

export interface TableCount {
  table: string;
  rows: number;
  /** Rows in the trash (tombstoned), for tables that have a `deleted_at` column. */
  deleted: number | null;
}

export interface Inspection {
  file: string;
  sizeBytes: number;
  /** 'ok', or SQLite's first integrity complaint. */
  integrity: string;
  schemaVersion: number;
  knownVersion: number;
  status: 'current' | 'needs_upgrade' | 'newer';
  tables: TableCount[];
}

export function inspectDatabase(file: string, migrationsFolder: string): Inspection {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) throw new DbOpenError('not_found', `No database file at ${resolved}.`);
  if (fs.statSync(resolved).isDirectory()) throw new DbOpenError('conflict', `${resolved} is a folder.`);
  assertNotEmpty(resolved);
  // openReadOnly, not a bare connection: it removes the -wal and -shm files SQLite creates even for a reader.
  const connection = openReadOnly(resolved);
  const { sqlite } = connection;
  try {
    let integrity: string;
    try {
      const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
      integrity = rows.map((r) => r.integrity_check).join('; ');
    } catch (error) {
      throw new DbOpenError('db_corrupt', `${resolved} is not a Winloop database (${(error as Error).message}).`);
    }
    const known = knownMigrations(migrationsFolder).length;
    const schemaVersion = Math.max(
      sqlite.pragma('user_version', { simple: true }) as number,
      appliedMigrations(sqlite).length,
    );
    const status = schemaVersion > known ? 'newer' : schemaVersion < known ? 'needs_upgrade' : 'current';
    return {
      file: resolved,
      sizeBytes: fs.statSync(resolved).size,
      integrity,
      schemaVersion,
      knownVersion: known,
      status,
      tables: countRows(sqlite),
    };
  } finally {
    connection.close();
  }
}

function countRows(sqlite: Database.Database): TableCount[] {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
    )
    .all() as { name: string }[];
  return tables.map(({ name }) => {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const columns = sqlite.prepare(`PRAGMA table_info(${quoted})`).all() as { name: string }[];
    const rows = (sqlite.prepare(`SELECT count(*) AS n FROM ${quoted}`).get() as { n: number }).n;
    const deleted = columns.some((c) => c.name === 'deleted_at')
      ? (sqlite.prepare(`SELECT count(*) AS n FROM ${quoted} WHERE deleted_at IS NOT NULL`).get() as { n: number }).n
      : null;
    return { table: name, rows, deleted };
  });
}
