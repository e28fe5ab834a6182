/**
 * CSV imports: the history (one row per import, with its counts and rejects), the journal that lets an import be
 * undone or a cancelled one be taken back (every row it created, every field it changed with the value before),
 * the saved mappings per header set, and the map from a CRM's lost reasons to ours. Per file, never merged: an
 * import happened in this file, and a teammate's file has its own.
 * Changes with: electron/import/*.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { reasons } from './reference';

export const imports = sqliteTable(
  'imports',
  {
    id: text('id').primaryKey(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    /** running → done | cancelled; done → undone. */
    status: text('status', { enum: ['running', 'done', 'cancelled', 'undone'] }).notNull(),
    fileName: text('file_name').notNull(),
    /** SHA-256 of the file's bytes: the same file again is recognised even without external ids. */
    fileHash: text('file_hash').notNull(),
    signature: text('signature').notNull(),
    format: text('format').notNull(),
    mapping: text('mapping').notNull(),
    rowsRead: integer('rows_read').notNull().default(0),
    imported: integer('imported').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    /** JSON: the rejects ({ line, column, reason, raw }[]) and what was created by name (new reasons, …). */
    rejects: text('rejects').notNull().default('[]'),
    created: text('created').notNull().default('{}'),
    undoneAt: text('undone_at'),
  },
  (t) => [index('imports_hash_idx').on(t.fileHash, t.status)],
);

export const importChanges = sqliteTable(
  'import_changes',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    importId: text('import_id')
      .notNull()
      .references(() => imports.id),
    /** The table the row is in. */
    entity: text('entity').notNull(),
    rowId: text('row_id').notNull(),
    action: text('action', { enum: ['created', 'updated'] }).notNull(),
    /** JSON of the columns changed, before and after (updates only). */
    before: text('before'),
    after: text('after'),
  },
  (t) => [index('import_changes_import_idx').on(t.importId, t.seq)],
);

export const csvMappings = sqliteTable('csv_mappings', {
  signature: text('signature').primaryKey(),
  mapping: text('mapping').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** A CRM's lost reason (normalised) → one of our reasons; filled as imports meet them, re-pointed by the seller. */
export const importReasonMap = sqliteTable('import_reason_map', {
  key: text('key').primaryKey(),
  importedName: text('imported_name').notNull(),
  reasonId: text('reason_id')
    .notNull()
    .references(() => reasons.id),
});
