/**
 * The configurable lists a team shares: our people, customer accounts, competitors, and the vocabularies
 * (stages, buyer steps, buying criteria, reasons) that settings can edit.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { reasonKinds, sizeBands } from '../../../shared/domain/vocabulary';
import { mergeable } from '../columns';

export const teamMembers = sqliteTable('team_members', {
  ...mergeable,
  name: text('name').notNull(),
  /** The member this database belongs to (exactly one): "me" in the UI. */
  isMe: integer('is_me', { mode: 'boolean' }).notNull().default(false),
});

export const accounts = sqliteTable(
  'accounts',
  {
    ...mergeable,
    name: text('name').notNull(),
    industry: text('industry'),
    sizeBand: text('size_band', { enum: sizeBands }),
    region: text('region'),
  },
  (t) => [index('accounts_name_idx').on(t.name), index('accounts_industry_idx').on(t.industry)],
);

export const competitors = sqliteTable('competitors', {
  ...mergeable,
  name: text('name').notNull(),
  notes: text('notes').notNull().default(''),
});

/** Seller's process stages, ordered; `winProbability` is the seller's own guess (0–100), optional. */
export const stages = sqliteTable(
  'stages',
  {
    ...mergeable,
    name: text('name').notNull(),
    position: integer('position').notNull(),
    winProbability: integer('win_probability'),
  },
  (t) => [check('stages_probability_range', sql`${t.winProbability} BETWEEN 0 AND 100`)],
);

/** The buyer's steps, ordered: the truer barometer of where a case stands. */
export const buyerSteps = sqliteTable('buyer_steps', {
  ...mergeable,
  name: text('name').notNull(),
  position: integer('position').notNull(),
});

export const criteria = sqliteTable('criteria', {
  ...mergeable,
  name: text('name').notNull(),
  position: integer('position').notNull(),
});

export const reasonCategories = sqliteTable('reason_categories', {
  ...mergeable,
  name: text('name').notNull(),
  position: integer('position').notNull(),
});

export const reasons = sqliteTable(
  'reasons',
  {
    ...mergeable,
    categoryId: text('category_id')
      .notNull()
      .references(() => reasonCategories.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: reasonKinds }).notNull(),
    /** The buying criterion a reason is about, if any: links "lost on price" to the price gap. */
    criterionId: text('criterion_id').references(() => criteria.id),
  },
  (t) => [
    index('reasons_category_idx').on(t.categoryId),
    uniqueIndex('reasons_category_name_idx').on(t.categoryId, t.name),
  ],
);
