/**
 * Whether a file the seller picked is a Winloop database, asked before the window leaves the file it has open:
 * one sentence when it is not (another program's SQLite file, a spreadsheet, a damaged or newer file), and the
 * picked file keeps every byte (read-only look, electron/db/probe.ts). A SQLite file without Winloop's
 * migrations is refused rather than upgraded: opening it would add Winloop's tables to someone else's data.
 * Changes with: electron/db/probe.ts, electron/services/workspaces.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DbOpenError } from './errors';
import { appliedMigrations } from './migrate';
import { openReadOnly, probeDatabase } from './probe';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Null when `file` opens as a Winloop database; otherwise why not, in one sentence. */
export function whyNotWinloop(file: string, migrationsFolder: string, nativeBinding?: string): string | null {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return `There is no file at ${file}.`;
  }
  if (stat.isDirectory()) return `${file} is a folder, not a Winloop database.`;
  if (stat.size === 0) return `${name} is an empty file, not a Winloop database.`;
  const head = Buffer.alloc(16);
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    fs.readSync(fd, head, 0, 16, 0);
  } catch (error) {
    return `${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_MAGIC) return `${name} is not a Winloop database.`;
  try {
    const connection = openReadOnly(file, nativeBinding);
    try {
      if (appliedMigrations(connection.sqlite).length === 0)
        return `${name} is a database of another program, not a Winloop database.`;
    } finally {
      connection.close();
    }
    probeDatabase(file, migrationsFolder, nativeBinding);
  } catch (error) {
    if (error instanceof DbOpenError) return error.message;
    return `${name} cannot be opened as a Winloop database (${error instanceof Error ? error.message : String(error)}).`;
  }
  return null;
}
