/**
 * Applies drizzle-kit's migrations with the guards drizzle 0.45's migrator lacks: a database from a newer
 * Winloop is refused, a migration missing from the applied list (merged late with an older timestamp) is an
 * error rather than silently skipped, foreign keys are off during table rebuilds (drizzle-orm issue 5782) and
 * checked after, and the file is copied aside before anything changes.
 * Changes with: migrations/meta/_journal.json (the list of known migrations), electron/db/client.ts.
 */
import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { DbOpenError } from './errors';

export interface MigrationResult {
  schemaVersion: number;
  applied: number;
  backupFile: string | null;
}

interface AppliedRow {
  hash: string;
  created_at: number;
}

export function knownMigrations(migrationsFolder: string) {
  return readMigrationFiles({ migrationsFolder });
}

export function appliedMigrations(sqlite: Database.Database): AppliedRow[] {
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return [];
  return sqlite
    .prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at, id')
    .all() as AppliedRow[];
}

export function runMigrations(
  sqlite: Database.Database,
  db: BetterSQLite3Database<Record<string, unknown>>,
  opts: { migrationsFolder: string; backupTo: (() => string) | null },
): MigrationResult {
  const known = knownMigrations(opts.migrationsFolder);
  const knownHashes = new Set(known.map((m) => m.hash));
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  const before = appliedMigrations(sqlite);

  const unknown = before.filter((row) => !knownHashes.has(row.hash));
  if (userVersion > known.length || unknown.length > 0) {
    throw new DbOpenError(
      'db_newer',
      `This database was written by a newer version of Winloop (schema ${Math.max(userVersion, before.length)}, ` +
        `this version knows ${known.length}). Update Winloop to open it; the file was not changed.`,
    );
  }

  const pending = known.length - before.length;
  if (pending === 0) return { schemaVersion: known.length, applied: 0, backupFile: null };

  const backupFile = before.length > 0 && opts.backupTo ? opts.backupTo() : null;
  if (backupFile) sqlite.prepare('VACUUM INTO ?').run(backupFile);

  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: opts.migrationsFolder });
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new DbOpenError(
        'db_corrupt',
        `Upgrading the database left ${broken.length} broken reference(s).` +
          (backupFile ? ` The file as it was before is kept at ${backupFile}.` : ''),
      );
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }

  const after = appliedMigrations(sqlite);
  const missing = known.filter((m) => !after.some((row) => row.hash === m.hash));
  if (missing.length > 0) {
    // drizzle orders by timestamp: a migration merged late with an older timestamp is skipped without a word.
    throw new DbOpenError('db_corrupt', `${missing.length} migration(s) were not applied; the schema is incomplete.`);
  }
  sqlite.pragma(`user_version = ${known.length}`);
  return { schemaVersion: known.length, applied: pending, backupFile };
}
