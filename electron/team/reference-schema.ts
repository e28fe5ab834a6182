/**
 * What a `.winloop` file's sqlite_master must hold at a schema version: exactly what this Winloop's migrations
 * up to that version make, plus the export header. Built once per version in memory from the migration files,
 * so an old teammate file is checked against the schema of its own version before it is upgraded.
 * Changes with: migrations/, format.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { HEADER_SQL } from './format';

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const cache = new Map<string, SchemaObject[]>();

export function schemaObjects(sqlite: Database.Database): SchemaObject[] {
  return sqlite
    .prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name')
    .all() as SchemaObject[];
}

export function referenceSchema(migrationsFolder: string, version: number, nativeBinding?: string): SchemaObject[] {
  const key = `${migrationsFolder}\u0000${version}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-schema-'));
  const sqlite = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    const entries = journal.entries.slice(0, version);
    fs.mkdirSync(path.join(folder, 'meta'));
    fs.writeFileSync(path.join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
    for (const { tag } of entries)
      fs.copyFileSync(path.join(migrationsFolder, `${tag}.sql`), path.join(folder, `${tag}.sql`));
    sqlite.pragma('foreign_keys = OFF');
    if (entries.length > 0) migrate(drizzle(sqlite), { migrationsFolder: folder });
    sqlite.exec(HEADER_SQL);
    const objects = schemaObjects(sqlite);
    cache.set(key, objects);
    return objects;
  } finally {
    sqlite.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The first object that differs from the reference, in words, or null when the two are the same. */
export function schemaDifference(actual: SchemaObject[], expected: SchemaObject[]): string | null {
  const key = (o: SchemaObject) => `${o.type} ${o.name}`;
  const want = new Map(expected.map((o) => [key(o), o]));
  const have = new Map(actual.map((o) => [key(o), o]));
  for (const [k, o] of have) {
    const ref = want.get(k);
    if (!ref) return `a ${o.type} "${o.name}" that Winloop does not make`;
    if (ref.sql !== o.sql || ref.tbl_name !== o.tbl_name) return `a changed ${o.type} "${o.name}"`;
  }
  for (const [k, o] of want) if (!have.has(k)) return `no ${o.type} "${o.name}"`;
  return null;
}
