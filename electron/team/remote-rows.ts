/**
 * Reading a checked teammate file: fixed SELECTs of the known columns of known tables, each row validated like
 * API input (types, required values, the schema's enums, lengths, UUID ids) before the merge sees it. A row that
 * fails refuses the whole file: half a teammate's data is worse than none.
 * Changes with: tables.ts, the schema (electron/db/schema), merge.ts.
 */
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, is, type Column } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../db/schema';
import { fromTeammate, RefusedFile } from './teammate-file';
import { CAPTURED } from './merge-capture';
import { mergeTable } from './tables';

export type Row = Record<string, string | number | null>;

export interface FieldClock {
  hlc: number;
  memberId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TEXT = 20_000;

const tablesByName = new Map<string, SQLiteTable>(
  (Object.values(schema) as unknown[])
    .filter((t): t is SQLiteTable => is(t, SQLiteTable))
    .map((t) => [getTableName(t), t]),
);

function columnsOf(table: string): Column[] {
  const t = tablesByName.get(table);
  if (!t) throw new Error(`No schema for ${table}.`);
  return Object.values(getTableColumns(t));
}

export function selectColumns(table: string): string[] {
  const spec = mergeTable(table);
  return ['id', 'created_at', 'updated_at', ...spec.fields];
}

function problem(column: Column, value: unknown): string | null {
  if (value === null) return column.notNull && column.name !== 'deleted_at' ? 'is missing' : null;
  const type = column.columnType;
  if (type === 'SQLiteText') {
    if (typeof value !== 'string') return 'is not text';
    if (value.length > MAX_TEXT) return 'is too long';
    const allowed = (column as Column & { enumValues?: string[] }).enumValues;
    if (allowed && allowed.length > 0 && !allowed.includes(value)) return `is not one of ${allowed.join(', ')}`;
    return null;
  }
  if (type === 'SQLiteInteger' || type === 'SQLiteBoolean') {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) return 'is not a whole number';
    if (type === 'SQLiteBoolean' && value !== 0 && value !== 1) return 'is not 0 or 1';
    return null;
  }
  if (type === 'SQLiteReal') return typeof value === 'number' && Number.isFinite(value) ? null : 'is not a number';
  return null;
}

/**
 * Only the rows a capture on the remote connection recorded as written (merge-capture.ts): how the saves made
 * during a merge on a copy are carried into the copy. The whole table otherwise.
 */
export type RowsRead = 'all' | 'captured';

const capturedOnly = (read: RowsRead, column: string) =>
  read === 'captured' ? ` AND "${column}" IN (SELECT row_id FROM temp.${CAPTURED} WHERE tbl = ?)` : '';

/** Every row of a merged table, validated; ids are UUIDs. */
export function readRemoteRows(
  remote: Database.Database,
  table: string,
  fileName: string,
  read: RowsRead = 'all',
): Row[] {
  const wanted = selectColumns(table);
  const columns = columnsOf(table).filter((c) => wanted.includes(c.name));
  const sql = `SELECT ${wanted.map((c) => `"${c}"`).join(', ')} FROM "${table}" WHERE 1${capturedOnly(read, 'id')} ORDER BY id`;
  const rows = fromTeammate(fileName, () => remote.prepare(sql).all(...(read === 'captured' ? [table] : [])) as Row[]);
  const refs = mergeTable(table).refs;
  for (const row of rows) {
    if (typeof row.id !== 'string' || !UUID.test(row.id)) {
      throw new RefusedFile(`${fileName} is refused: a row of ${table} has an id that is not a UUID.`);
    }
    for (const column of columns) {
      const issue = problem(column, row[column.name]);
      if (issue) throw new RefusedFile(`${fileName} is refused: ${table}.${column.name} of ${row.id} ${issue}.`);
    }
    for (const [column, target] of Object.entries(refs)) {
      const value = row[column];
      if (target !== '*' && value !== null && !(typeof value === 'string' && UUID.test(value))) {
        throw new RefusedFile(`${fileName} is refused: ${table}.${column} of ${row.id} is not an id.`);
      }
    }
  }
  return rows;
}

/** A table's field clocks, by row id then field; malformed ones refuse the file. */
export function readRemoteClocks(
  remote: Database.Database,
  table: string,
  fileName: string,
  read: RowsRead = 'all',
): Map<string, Map<string, FieldClock>> {
  const spec = mergeTable(table);
  const fields = new Set(['*', ...spec.fields]);
  const byRow = new Map<string, Map<string, FieldClock>>();
  const rows = fromTeammate(
    fileName,
    () =>
      remote
        .prepare(
          `SELECT row_id, field, hlc, member_id FROM sync_field_clocks WHERE tbl = ?${capturedOnly(read, 'row_id')}`,
        )
        .all(...(read === 'captured' ? [table, table] : [table])) as {
        row_id: unknown;
        field: unknown;
        hlc: unknown;
        member_id: unknown;
      }[],
  );
  for (const r of rows) {
    const valid =
      typeof r.row_id === 'string' &&
      typeof r.field === 'string' &&
      typeof r.hlc === 'number' &&
      Number.isSafeInteger(r.hlc) &&
      r.hlc >= 0 &&
      (r.member_id === null || (typeof r.member_id === 'string' && UUID.test(r.member_id)));
    if (!valid) throw new RefusedFile(`${fileName} is refused: a field clock of ${table} is not valid.`);
    if (!fields.has(r.field as string)) continue;
    const map = byRow.get(r.row_id as string) ?? new Map<string, FieldClock>();
    map.set(r.field as string, { hlc: r.hlc as number, memberId: r.member_id as string | null });
    byRow.set(r.row_id as string, map);
  }
  return byRow;
}

export function readRemoteSeen(remote: Database.Database, fileName: string): Map<string, number> {
  const rows = fromTeammate(
    fileName,
    () => remote.prepare('SELECT member_id, hlc FROM sync_seen').all() as { member_id: unknown; hlc: unknown }[],
  );
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (
      typeof r.member_id !== 'string' ||
      !UUID.test(r.member_id) ||
      typeof r.hlc !== 'number' ||
      !Number.isSafeInteger(r.hlc)
    ) {
      throw new RefusedFile(`${fileName} is refused: its record of merges is not valid.`);
    }
    seen.set(r.member_id, r.hlc);
  }
  return seen;
}

export function readRemoteAliases(
  remote: Database.Database,
  fileName: string,
): { tbl: string; alias: string; canonical: string }[] {
  const rows = fromTeammate(
    fileName,
    () =>
      remote.prepare('SELECT alias_id, tbl, canonical_id FROM sync_aliases').all() as {
        alias_id: unknown;
        tbl: unknown;
        canonical_id: unknown;
      }[],
  );
  return rows.map((r) => {
    if (
      typeof r.alias_id !== 'string' ||
      !UUID.test(r.alias_id) ||
      typeof r.canonical_id !== 'string' ||
      !UUID.test(r.canonical_id) ||
      typeof r.tbl !== 'string' ||
      !tablesByName.has(r.tbl)
    ) {
      throw new RefusedFile(`${fileName} is refused: its list of rows recognised as one is not valid.`);
    }
    return { tbl: r.tbl, alias: r.alias_id, canonical: r.canonical_id };
  });
}
