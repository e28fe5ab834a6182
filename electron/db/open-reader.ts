/**
 * A read-only connection for the engine's reader workers. It never migrates, never changes the journal mode
 * and cannot write: the writer worker opened the file first (integrity check, migrations) and keeps it in
 * WAL mode, so a reader sees the last committed state while the writer works.
 * Changes with: electron/db/client.ts (the writer's open), electron/engine/db-worker.ts.
 */
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from './client';
import { openReadOnly } from './probe';
import * as schema from './schema';

export function openReader(
  file: string,
  nativeBinding?: string,
): { file: string; sqlite: Database.Database; db: Db; schemaVersion: number; close(): void } {
  // Closing removes the -wal / -shm this reader made, if it made them: on a read-only file the writer did
  // not make them first, and a file Winloop only read must not gain companions.
  const connection = openReadOnly(file, nativeBinding);
  const { sqlite } = connection;
  sqlite.pragma('busy_timeout = 5000');
  // The same page cache as the writer (client.ts): the review re-reads the same child-table pages.
  sqlite.pragma('cache_size = -65536');
  // The review's period tables are TEMP tables. SQLite's default temp store keeps them in its cache and would
  // spill only to an unnamed file in the system's temp folder, never beside the database; temp_store = MEMORY
  // made the review at 100,000 cases 10–15 ms slower here (its sorts and temp tables get their own small cache).
  const schemaVersion = sqlite.pragma('user_version', { simple: true }) as number;
  return { file, sqlite, db: drizzle(sqlite, { schema }), schemaVersion, close: () => connection.close() };
}
