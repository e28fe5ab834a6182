/**
 * Whether opening a file will migrate it, asked through a read-only connection so the answer changes nothing:
 * the engine backs the file up first, as a job with progress, when the answer is yes.
 * Changes with: electron/db/migrate.ts.
 */
import fs from 'node:fs';
import { appliedMigrations, knownMigrations } from './migrate';
import { openReadOnly, type ReadOnlyConnection } from './probe';

/** Applied and pending migration counts, or null for a new, empty or unreadable file (the writer decides). */
export function pendingMigrations(
  file: string,
  migrationsFolder: string,
  nativeBinding?: string,
): { applied: number; pending: number } | null {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null;
  let connection: ReadOnlyConnection | null = null;
  try {
    // Through the look that removes the -wal / -shm it made: a file refused later must not gain them.
    connection = openReadOnly(file, nativeBinding);
    const applied = appliedMigrations(connection.sqlite).length;
    return { applied, pending: Math.max(0, knownMigrations(migrationsFolder).length - applied) };
  } catch {
    return null;
  } finally {
    connection?.close();
  }
}
