/**
 * Exchange rates: one currency's value in a home currency from a day on, entered by hand or imported from a CSV.
 * The home currency is stored with each rate, not read from this file's settings: a teammate's file may count
 * in another currency, and a change of the setting must not quietly reinterpret every rate entered before it.
 * A team shares them (electron/team/tables.ts); two rows for the same pair and day are the same rate.
 * Changes with: electron/services/rates.ts, electron/review/conversion.ts (the index the review probes).
 */
import { sql } from 'drizzle-orm';
import { check, index, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { mergeable } from '../columns';

export const currencyRates = sqliteTable(
  'currency_rates',
  {
    ...mergeable,
    /** The currency converted from (ISO 4217). */
    currency: text('currency').notNull(),
    /** The currency converted to: the home currency of whoever entered the rate. */
    homeCurrency: text('home_currency').notNull(),
    /** One unit of `currency` is worth this many units of `homeCurrency` (major units, not cents). */
    rate: real('rate').notNull(),
    /** The first day the rate holds; it holds until the next rate of the pair. */
    fromOn: text('from_on').notNull(),
  },
  (t) => [
    check('currency_rates_rate_positive', sql`${t.rate} > 0`),
    uniqueIndex('currency_rates_unique').on(t.homeCurrency, t.currency, t.fromOn),
    // The review's lookup (the latest live rate on or before a day) reads this index alone.
    index('currency_rates_live_idx')
      .on(t.homeCurrency, t.currency, t.fromOn, t.rate)
      .where(sql`${t.deletedAt} is null`),
  ],
);
