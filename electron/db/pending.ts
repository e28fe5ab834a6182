/**
 * Whether opening a file will migrate it, asked through a read-only connection so the answer changes nothing:
 * the engine backs the file up first, as a job with progress, when the answer is yes.
 * Changes with: electron/db/migrate.ts.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { appliedMigrations, knownMigrations } from './migrate';

/** Applied and pending migration counts, or null for a new, empty or unreadable file (the writer decides). */
export function pendingMigrations(
  file: string,
  migrationsFolder: string,
  nativeBinding?: string,
): { applied: number; pending: number } | null {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null;
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const applied = appliedMigrations(sqlite).length;
    return { applied, pending: Math.max(0, knownMigrations(migrationsFolder).length - applied) };
  } catch {
    return null;
  } finally {
    sqlite?.close();
  }
}
