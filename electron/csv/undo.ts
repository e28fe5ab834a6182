/**
 * Taking an import back from its journal, newest entry first: fields it changed go back to their value before
 * (unless the seller has edited them since), rows it created are removed, and a created case the seller has
 * since added a debrief, stakeholders or lessons to goes to the Trash instead, so nothing typed in Winloop is
 * lost. A created account, owner, competitor, stage or reason still in use elsewhere stays. The same walk
 * takes back the chunks a cancelled import had committed.
 * Changes with: importer.ts (writes the journal), electron/db/schema/imports.ts.
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/envelope';
import { IMPORTED_CATEGORY } from './importer';

/** Journal entries per transaction: a save waits for one of these at most. */
export const UNDO_CHUNK = 500;

interface Entry {
  seq: number;
  entity: string;
  row_id: string;
  action: 'created' | 'updated';
  before: string | null;
  after: string | null;
}

const deletable = new Set([
  'cases',
  'case_reasons',
  'case_competitors',
  'accounts',
  'team_members',
  'competitors',
  'stages',
  'reasons',
  'reason_categories',
]);

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
/** Prepared once per connection: an undo runs the same few statements thousands of times. */
function st(sqlite: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map<string, Database.Statement>()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = sqlite.prepare(sql)));
  return statement;
}

function isForeignKeyError(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * Reverts up to `limit` journal entries of an import in one transaction and removes them from the journal;
 * returns how many it reverted (0 when nothing is left). Call until it returns 0, then `closeImport`.
 */
export function revertChunk(sqlite: Database.Database, importId: string, now: string, limit = UNDO_CHUNK): number {
  let count = 0;
  sqlite
    .transaction(() => {
      const entries = sqlite
        .prepare(
          `select seq, entity, row_id, action, before, after from import_changes where import_id = ?
           order by seq desc limit ?`,
        )
        .all(importId, limit) as Entry[];
      for (const e of entries) revert(sqlite, e, now);
      if (entries.length > 0) {
        sqlite
          .prepare('delete from import_changes where import_id = ? and seq >= ?')
          .run(importId, entries[entries.length - 1]!.seq);
      }
      count = entries.length;
    })
    .immediate();
  return count;
}

function revert(sqlite: Database.Database, e: Entry, now: string): void {
  if (e.action === 'updated') {
    const before = JSON.parse(e.before ?? '{}') as Record<string, unknown>;
    const after = JSON.parse(e.after ?? '{}') as Record<string, unknown>;
    const current = st(sqlite, `select * from cases where id = ?`).get(e.row_id) as Record<string, unknown> | undefined;
    if (!current) return;
    // A field the seller changed after the import keeps the seller's value.
    const columns = Object.keys(before).filter((c) => current[c] === after[c]);
    if (columns.length === 0) return;
    st(
      sqlite,
      `update cases set ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now where id = @id`,
    ).run({ ...Object.fromEntries(columns.map((c) => [c, before[c]])), now, id: e.row_id });
    return;
  }
  // What the seller folded into the reason list is the seller's now: the CRM name stays mapped to it, and a
  // reason kept (moved out of "Imported") stays; only what is still as the import left it goes.
  if (e.entity === 'import_reason_map') {
    st(
      sqlite,
      `delete from import_reason_map where key = ? and reason_id in
         (select r.id from reasons r join reason_categories c on c.id = r.category_id where c.name = ?)`,
    ).run(e.row_id, IMPORTED_CATEGORY);
    return;
  }
  if (e.entity === 'reasons') {
    const category = st(
      sqlite,
      'select c.name from reasons r join reason_categories c on c.id = r.category_id where r.id = ?',
    )
      .pluck()
      .get(e.row_id) as string | undefined;
    if (category !== undefined && category !== IMPORTED_CATEGORY) return;
  }
  if (!deletable.has(e.entity)) return;
  try {
    // No trigger sees a case row go: its review rows are dropped by the refresh that the mark asks for.
    if (e.entity === 'cases') {
      st(
        sqlite,
        'insert into derived_case_facts_stale (case_id) select ? where not exists (select 1 from derived_case_facts_stale where case_id = ?)',
      ).run(e.row_id, e.row_id);
    }
    st(sqlite, `delete from ${e.entity} where id = ?`).run(e.row_id);
  } catch (error) {
    if (!isForeignKeyError(error)) throw error;
    // Still referenced: a case with the seller's own work goes to the Trash; a name in use stays.
    if (e.entity === 'cases') {
      st(sqlite, 'update cases set deleted_at = ?, updated_at = ? where id = ? and deleted_at is null').run(
        now,
        now,
        e.row_id,
      );
    }
  }
}

export function closeImport(
  sqlite: Database.Database,
  importId: string,
  status: 'undone' | 'cancelled',
  now: string,
): void {
  sqlite
    .prepare(`update imports set status = ?, undone_at = ?, finished_at = coalesce(finished_at, ?) where id = ?`)
    .run(status, now, now, importId);
}

/** An import that may be undone: it exists and finished. */
export function checkUndoable(sqlite: Database.Database, importId: string): void {
  const row = sqlite.prepare('select status from imports where id = ?').get(importId) as { status: string } | undefined;
  if (!row) throw new ApiError('not_found', 'That import does not exist.');
  if (row.status !== 'done') throw new ApiError('conflict', `That import is ${row.status}: there is nothing to undo.`);
}

/** The whole undo in this turn (the CLI, tests): chunk after chunk, then the history row. */
export function undoImport(sqlite: Database.Database, importId: string, now: string): void {
  checkUndoable(sqlite, importId);
  while (revertChunk(sqlite, importId, now) > 0);
  closeImport(sqlite, importId, 'undone', now);
}
