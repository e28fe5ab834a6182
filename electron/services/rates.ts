/**
 * Exchange rates to the home currency: list, save (a rate for a currency and day that exists is replaced, a
 * removed one comes back), remove and restore (tombstones, as every delete), import from CSV text, and the
 * currencies that cases use but no rate converts (for Settings ▸ Currencies). Rates are
 * stored with the home currency they convert to (electron/db/schema/rates.ts).
 * Changes with: shared/contract/rates.ts, electron/csv/rates.ts, electron/review/conversion.ts.
 */
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Rate, RatesImportResult, UnratedCurrency } from '../../shared/contract/rates';
import { ApiError } from '../../shared/envelope';
import { readRatesCsv } from '../csv/rates';
import { currencyRates } from '../db/schema';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { mustExist, newRow, stamp, today } from './rows';
import { readSettings } from './settings';

type RateRow = typeof currencyRates.$inferSelect;

const toRate = (r: RateRow): Rate => ({
  id: r.id,
  currency: r.currency,
  home: r.homeCurrency,
  rate: r.rate,
  fromOn: r.fromOn,
  updatedAt: r.updatedAt,
});

function getRate(ctx: ServiceContext, id: string): RateRow {
  return mustExist(ctx.db.select().from(currencyRates).where(eq(currencyRates.id, id)).get(), 'rate');
}

type Written = 'added' | 'updated' | 'unchanged';

/** One rate for the pair and day: inserted, or the row already there (live or removed) given this rate. */
function upsert(ctx: ServiceContext, home: string, input: { currency: string; rate: number; fromOn: string }) {
  if (input.currency === home) {
    throw new ApiError('invalid_input', `${home} is your home currency: it needs no rate.`, {
      currency: 'Pick another currency than the home one',
    });
  }
  const existing = ctx.db
    .select()
    .from(currencyRates)
    .where(
      and(
        eq(currencyRates.homeCurrency, home),
        eq(currencyRates.currency, input.currency),
        eq(currencyRates.fromOn, input.fromOn),
      ),
    )
    .get();
  const now = stamp(ctx);
  if (!existing) {
    const row = { ...newRow(ctx), homeCurrency: home, ...input };
    ctx.db.insert(currencyRates).values(row).run();
    return { id: row.id, written: 'added' as Written };
  }
  if (existing.rate === input.rate && existing.deletedAt === null)
    return { id: existing.id, written: 'unchanged' as Written };
  ctx.db
    .update(currencyRates)
    .set({ rate: input.rate, deletedAt: null, updatedAt: now })
    .where(eq(currencyRates.id, existing.id))
    .run();
  return { id: existing.id, written: (existing.deletedAt === null ? 'updated' : 'added') as Written };
}

function setDeleted(ctx: ServiceContext, id: string, deleted: boolean): Rate {
  const row = getRate(ctx, id);
  if (!deleted) {
    // A rate entered again for the same day meanwhile holds the pair and day: the removed one stays removed.
    const now = stamp(ctx);
    ctx.db.update(currencyRates).set({ deletedAt: null, updatedAt: now }).where(eq(currencyRates.id, id)).run();
  } else if (row.deletedAt === null) {
    const now = stamp(ctx);
    ctx.db.update(currencyRates).set({ deletedAt: now, updatedAt: now }).where(eq(currencyRates.id, id)).run();
  }
  return toRate(getRate(ctx, id));
}

/**
 * Per currency other than the home one, its live cases and how many no rate converts: the review converts a
 * case at the latest rate on or before its decision day (closed_on; open cases today), so a case decided
 * before the currency's first rate is left out just as one in a currency with no rate.
 */
function unrated(ctx: ServiceContext): UnratedCurrency[] {
  const home = readSettings(ctx).currency;
  const day = today(ctx);
  return ctx.db.all<UnratedCurrency>(sql`
    select x.currency as currency, count(*) as cases, sum(x.unconverted) as unconverted,
      x.firstOn as firstRateOn, min(case when x.unconverted then x.decidedOn end) as neededFrom
    from (
      select c.currency, f.firstOn, coalesce(c.closed_on, ${day}) as decidedOn,
        (f.firstOn is null or coalesce(c.closed_on, ${day}) < f.firstOn) as unconverted
      from cases c
      left join (
        select currency, min(from_on) as firstOn from currency_rates
        where home_currency = ${home} and deleted_at is null group by currency
      ) f on f.currency = c.currency
      where c.deleted_at is null and c.currency <> ${home}
    ) x
    group by x.currency
    having sum(x.unconverted) > 0
    order by sum(x.unconverted) desc, x.currency`);
}

export const ratesHandlers: HandlerMap<'rates'> = {
  'rates.list': (ctx) => {
    const home = readSettings(ctx).currency;
    const rates = ctx.db
      .select()
      .from(currencyRates)
      .where(and(eq(currencyRates.homeCurrency, home), isNull(currencyRates.deletedAt)))
      .orderBy(currencyRates.currency, desc(currencyRates.fromOn))
      .all()
      .map(toRate);
    const elsewhere = ctx.db
      .select({ home: currencyRates.homeCurrency, count: sql<number>`count(*)` })
      .from(currencyRates)
      .where(and(ne(currencyRates.homeCurrency, home), isNull(currencyRates.deletedAt)))
      .groupBy(currencyRates.homeCurrency)
      .all();
    return { home, rates, elsewhere };
  },

  'rates.unrated': (ctx) => unrated(ctx),

  'rates.save': (ctx, input) => {
    const home = readSettings(ctx).currency;
    if (input.id) {
      const row = getRate(ctx, input.id);
      if (row.currency !== input.currency || row.fromOn !== input.fromOn || row.homeCurrency !== home) {
        // Moving a rate to another currency or day is a new rate there and this one removed, in one write.
        const { id } = upsert(ctx, home, input);
        if (id !== row.id) setDeleted(ctx, row.id, true);
        return toRate(getRate(ctx, id));
      }
    }
    return toRate(getRate(ctx, upsert(ctx, home, input).id));
  },

  'rates.delete': (ctx, { id }) => setDeleted(ctx, id, true),
  'rates.restore': (ctx, { id }) => setDeleted(ctx, id, false),

  'rates.import': (ctx, { text }) => {
    const home = readSettings(ctx).currency;
    const { rows, errors } = readRatesCsv(text);
    const result: RatesImportResult = { added: 0, updated: 0, unchanged: 0, errors: [...errors] };
    for (const row of rows) {
      if (row.currency === home) {
        result.errors.push({ line: row.line, message: `${home} is your home currency: it needs no rate.` });
        continue;
      }
      result[upsert(ctx, home, row).written] += 1;
    }
    result.errors.sort((a, b) => a.line - b.line);
    return result;
  },
};
