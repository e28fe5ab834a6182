import { text } from 'drizzle-orm/sqlite-core';

/**
 * The columns every table a teammate's file may carry: a UUID key, timestamps for "edits win by recency",
 * and a tombstone so a deletion survives a merge instead of the row coming back.
 */
export const mergeable = {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
};
