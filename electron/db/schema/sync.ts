/**
 * The team merge's own bookkeeping, kept in every file so every writer stamps it (triggers of migration 0011):
 * the clock of the last change, the clock and member of each field's last change, ids found to be one thing,
 * what this file has seen of each member's changes, and the merges taken in. Keyed by table, row and field
 * rather than by UUID: these tables describe the merged rows, they are not rows of their own.
 * Changes with: electron/team/clock-triggers.ts, electron/team/merge.ts.
 */
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The hybrid logical clock (shared/team/hlc.ts) of this file's last change; `paused` while a merge writes. */
export const syncClock = sqliteTable(
  'sync_clock',
  {
    id: integer('id').primaryKey(),
    hlc: integer('hlc').notNull(),
    paused: integer('paused').notNull().default(0),
  },
  (t) => [check('sync_clock_one_row', sql`${t.id} = 1`)],
);

/**
 * The clock and member of a field's last change. Field `*` is the row's birth: every field without its own
 * entry was last set then. A row without even that (bulk-loaded, or older than the clocks) was last set at
 * its `updated_at`, by nobody known.
 */
export const syncFieldClocks = sqliteTable(
  'sync_field_clocks',
  {
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    field: text('field').notNull(),
    hlc: integer('hlc').notNull(),
    memberId: text('member_id'),
  },
  (t) => [primaryKey({ columns: [t.tbl, t.rowId, t.field] })],
);

/** A row created apart and recognised as another (same competitor, same rating): its id points here now. */
export const syncAliases = sqliteTable('sync_aliases', {
  aliasId: text('alias_id').primaryKey(),
  tbl: text('tbl').notNull(),
  canonicalId: text('canonical_id').notNull(),
});

/** The latest clock of each member's changes this file has taken in: what tells a conflict from an update. */
export const syncSeen = sqliteTable('sync_seen', {
  memberId: text('member_id').primaryKey(),
  hlc: integer('hlc').notNull(),
});

/** A merge taken in: who from, when, what it did, and the snapshot that undoes it. Never exported. */
export const syncMerges = sqliteTable('sync_merges', {
  id: text('id').primaryKey(),
  mergedAt: text('merged_at').notNull(),
  fromMemberId: text('from_member_id'),
  fromMemberName: text('from_member_name').notNull(),
  fileId: text('file_id').notNull(),
  fileName: text('file_name').notNull(),
  /** The merge report as JSON: counts per kind, examples, conflicts with both values. */
  report: text('report').notNull(),
  /** The database as it was before the merge (a file beside it), removed once undone. */
  snapshotFile: text('snapshot_file'),
  /** The clock right after the merge: any change since ticks it, and undo then says what would be lost. */
  clockAfter: integer('clock_after').notNull(),
  undoneAt: text('undone_at'),
});
