import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** This file's own preferences (currency, win-rate rule, first-run done). Per file, so never merged. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  /** JSON text; validated by the settings contract when read. */
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
