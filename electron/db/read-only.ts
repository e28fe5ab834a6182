/**
 * Telling a read-only database file from a broken one. The file permission is only a hint (root ignores it,
 * and a read-only disk or share may not show in it), so the decision also asks SQLite: a write attempt in a
 * transaction that is rolled back, which leaves the file as it was.
 * Changes with: electron/db/client.ts (which opens such a file read-only), electron/dispatch.ts ('read_only').
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

/** SQLite's and the OS's ways of saying "you may read this but not write it". */
const READ_ONLY_CODES = new Set(['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'EACCES', 'EPERM', 'EROFS']);

export function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (READ_ONLY_CODES.has(code) || code.startsWith('SQLITE_READONLY_'));
}

export type AccessCheck = (file: string, mode: number) => void;

/**
 * True when the OS says the file, or the folder its journal files go in, cannot be written. A hint only:
 * false does not promise a write will succeed.
 */
export function looksReadOnly(file: string, access: AccessCheck = fs.accessSync): boolean {
  for (const target of [file, path.dirname(file)]) {
    try {
      access(target, fs.constants.W_OK);
    } catch (error) {
      if (isReadOnlyError(error)) return true;
    }
  }
  return false;
}

/**
 * Whether this connection can write: SQLite opens a file it may not write read-only without a word, and
 * says so only at the first write. The write is rolled back, so the file's bytes do not change.
 */
export function connectionCanWrite(sqlite: Database.Database): boolean {
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      const version = sqlite.pragma('user_version', { simple: true }) as number;
      sqlite.pragma(`user_version = ${version}`);
    } finally {
      sqlite.exec('ROLLBACK');
    }
    return true;
  } catch (error) {
    if (isReadOnlyError(error)) return false;
    throw error;
  }
}
