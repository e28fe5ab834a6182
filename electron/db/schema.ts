/**
 * The drizzle schema. `npm run db:generate` turns a change here into a new numbered migration in migrations/.
 * Changes with: migrations/ (generated, reviewed, never edited after landing), electron/db/rows.ts.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { mergeable } from './columns';

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  /** JSON text; validated by the settings contract when read. */
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const cases = sqliteTable(
  'cases',
  {
    ...mergeable,
    title: text('title').notNull(),
    customerName: text('customer_name').notNull(),
    valueMinor: integer('value_minor').notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: ['open', 'won', 'lost', 'no_decision', 'withdrawn'] }).notNull(),
  },
  (t) => [
    index('cases_live_updated_idx').on(t.deletedAt, t.updatedAt),
    check('cases_value_nonnegative', sql`${t.valueMinor} >= 0`),
  ],
);
