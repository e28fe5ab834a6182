/**
 * What the seller changes while a merge runs on a copy (staged-merge.ts): temporary triggers on the writer's
 * connection record the id of every merged row written and the name of every own table written, so that at the
 * end only those are carried into the copy. Temporary triggers live on one connection and vanish with it: the
 * file never holds them, a reader never sees them, and a killed process leaves nothing to clean up.
 * Changes with: tables.ts (the merged tables), remote-rows.ts (reads the captured rows), staged-merge.ts.
 */
import type Database from 'better-sqlite3';
import { mergeTableNames } from './tables';

/** The temporary table of captured rows: (tbl, row_id), one entry per row however often it was written. */
export const CAPTURED = 'merge_captured';
const TOUCHED = 'merge_touched';

/**
 * This file's own tables that a teammate's file does not carry but a seller may write during a merge: copied
 * whole into the copy when written (the merge history row by row: the copy holds the new merge's row too; an
 * earlier merge's conflict may be flipped meanwhile, while an undo never runs beside a merge).
 */
export const OWN_TABLES = [
  'settings',
  'csv_mappings',
  'import_reason_map',
  'imports',
  'import_changes',
  'sync_merges',
] as const;

const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;

function triggerName(table: string, event: string): string {
  return `merge_capture_${table}_${event.toLowerCase()}`;
}

export function startCapture(sqlite: Database.Database): void {
  stopCapture(sqlite);
  sqlite.exec(
    `CREATE TEMP TABLE ${CAPTURED} (tbl TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (tbl, row_id)) WITHOUT ROWID`,
  );
  sqlite.exec(`CREATE TEMP TABLE ${TOUCHED} (tbl TEXT PRIMARY KEY) WITHOUT ROWID`);
  for (const table of mergeTableNames) {
    for (const event of EVENTS) {
      const row = event === 'DELETE' ? 'OLD' : 'NEW';
      sqlite.exec(
        `CREATE TEMP TRIGGER ${triggerName(table, event)} AFTER ${event} ON main."${table}" BEGIN ` +
          `INSERT OR IGNORE INTO ${CAPTURED} (tbl, row_id) VALUES ('${table}', ${row}.id); END`,
      );
    }
  }
  for (const table of OWN_TABLES) {
    for (const event of EVENTS) {
      sqlite.exec(
        `CREATE TEMP TRIGGER ${triggerName(table, event)} AFTER ${event} ON main."${table}" BEGIN ` +
          `INSERT OR IGNORE INTO ${TOUCHED} (tbl) VALUES ('${table}'); END`,
      );
    }
  }
}

/** Removes the capture's triggers and tables; nothing happens when none is running. */
export function stopCapture(sqlite: Database.Database): void {
  for (const table of [...mergeTableNames, ...OWN_TABLES]) {
    for (const event of EVENTS) sqlite.exec(`DROP TRIGGER IF EXISTS temp.${triggerName(table, event)}`);
  }
  sqlite.exec(`DROP TABLE IF EXISTS temp.${CAPTURED}`);
  sqlite.exec(`DROP TABLE IF EXISTS temp.${TOUCHED}`);
}

export function capturing(sqlite: Database.Database): boolean {
  return (
    sqlite.prepare("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = ?").get(CAPTURED) !== undefined
  );
}

/** The own tables written since the capture started. */
export function touchedOwnTables(sqlite: Database.Database): string[] {
  return sqlite.prepare(`SELECT tbl FROM temp.${TOUCHED} ORDER BY tbl`).pluck().all() as string[];
}

/** Captured rows of a merged table that are gone from it: deleted outright while the merge ran. */
export function capturedGone(sqlite: Database.Database, table: string): string[] {
  return sqlite
    .prepare(
      `SELECT row_id FROM temp.${CAPTURED} WHERE tbl = ? AND row_id NOT IN (SELECT id FROM main."${table}") ORDER BY row_id`,
    )
    .pluck()
    .all(table) as string[];
}
