/**
 * The classic SQLite bulk load, for a file nobody else has open yet: drop the secondary indexes and the
 * triggers, insert with foreign-key checks off, then rebuild both from their own CREATE statements (a sorted
 * build is far
 * faster than millions of random inserts, and gives the same index) and verify every reference at the end,
 * so a generator bug cannot leave a dangling id behind. The schema afterwards is what the migrations made.
 * A load that fails leaves the file without its secondary indexes: the caller deletes it (generate.ts).
 */
import type Database from 'better-sqlite3';

export function withBulkLoad<T>(sqlite: Database.Database, load: () => T): T {
  // Secondary indexes only: `sql is null` are the automatic ones behind PRIMARY KEY and UNIQUE columns.
  // Triggers only keep derived tables current row by row; the caller rebuilds those once at the end.
  const schema = sqlite
    .prepare(
      "select type, name, sql from sqlite_master where type in ('index', 'trigger') and sql is not null order by rowid",
    )
    .all() as { type: 'index' | 'trigger'; name: string; sql: string }[];
  sqlite.transaction(() => {
    for (const item of schema) sqlite.exec(`drop ${item.type} "${item.name}"`);
  })();
  sqlite.pragma('foreign_keys = OFF');
  try {
    const result = load();
    sqlite.transaction(() => {
      for (const item of schema) sqlite.exec(item.sql);
    })();
    const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (broken.length > 0) {
      const first = broken[0]!;
      throw new Error(`The sample has ${broken.length} broken reference(s), e.g. ${first.table} → ${first.parent}.`);
    }
    return result;
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
