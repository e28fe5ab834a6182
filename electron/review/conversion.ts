/**
 * Values in the home currency: a case's value times the latest live rate of its currency on or before its
 * decision day (open cases: today), a scalar subquery that searches currency_rates_live_idx; the home currency
 * converts at 1, and a currency without a rate gives NULL, so the case is counted as missing, never as zero.
 * Rates are in major units: when two currencies have different minor digits (JPY has none, EUR two) the rate is
 * scaled for the currencies that need it, a CASE over the few rated ones. `conversionOf` says which rates a
 * figure used and which cases had none.
 * Changes with: electron/db/schema/rates.ts, shared/contract/rates.ts (Conversion), period-cases.ts, win-rate.ts,
 * pipeline.ts.
 */
import type { Conversion } from '../../shared/contract/rates';
import { currencyDigits } from '../../shared/money';
import { conversionSentence } from '../../shared/rates';
import { rows, type ReviewQuery } from './scope';

const ratedByQuery = new WeakMap<ReviewQuery, string[]>();

/** The currencies with a live rate to the home currency: a handful of rows, read once per review. */
function ratedCurrencies(q: ReviewQuery): string[] {
  let rated = ratedByQuery.get(q);
  if (!rated) {
    rated = rows<{ currency: string }>(
      q,
      'select distinct currency from currency_rates where home_currency = @currency and deleted_at is null',
    )
      .map((r) => r.currency)
      .filter((c) => /^[A-Z]{3}$/.test(c));
    ratedByQuery.set(q, rated);
  }
  return rated;
}

/** The latest live rate's day for `currency` on or before `day` (SQL expressions). */
function latestFrom(currency: string, day: string, column: 'rate' | 'from_on'): string {
  return `(select r.${column} from currency_rates r where r.home_currency = @currency and r.currency = ${currency}
    and r.deleted_at is null and r.from_on <= ${day} order by r.from_on desc limit 1)`;
}

/** SQL: home-currency minor units per minor unit of the case's currency on `day`; NULL when it has no rate. */
export function rateSql(q: ReviewQuery, currency: string, day: string): string {
  const home = currencyDigits(q.params.currency);
  const scaled = ratedCurrencies(q)
    .filter((c) => currencyDigits(c) !== home)
    .map((c) => `when '${c}' then ${10 ** (home - currencyDigits(c))}`);
  const scale = scaled.length ? ` * (case ${currency} ${scaled.join(' ')} else 1.0 end)` : '';
  return `(case when ${currency} = @currency then 1 else ${latestFrom(currency, day, 'rate')}${scale} end)`;
}

/**
 * Which rates converted the cases of `from` (an SQL source of cases `c` with `where`) and which had none,
 * grouped by currency and rate day: a few rows whatever the number of cases. The home currency's cases are only
 * counted, and the others grouped only when there are any: grouping every case would sort them all for what is,
 * for most sellers, one number.
 */
export function conversionOf(
  q: ReviewQuery,
  from: string,
  day: string,
  where: string,
  /** The two counts, when the caller has them already (the period's pass: period-pass.ts). */
  known?: { homeCases: number; others: number },
): Conversion {
  const [{ homeCases, others } = { homeCases: 0, others: 0 }] = known
    ? [known]
    : rows<{ homeCases: number; others: number }>(
        q,
        `select coalesce(sum(c.currency = @currency), 0) as homeCases, coalesce(sum(c.currency <> @currency), 0) as others
          from ${from} where ${where}`,
      );
  const groups =
    others === 0
      ? []
      : rows<{ currency: string; fromOn: string | null; rate: number | null; cases: number }>(
          q,
          `select x.currency, x.fromOn, (select r.rate from currency_rates r where r.home_currency = @currency
        and r.currency = x.currency and r.from_on = x.fromOn and r.deleted_at is null) as rate, count(*) as cases
      from (select c.currency, ${latestFrom('c.currency', day, 'from_on')} as fromOn
        from ${from} where ${where} and c.currency <> @currency) x
      group by x.currency, x.fromOn`,
        );
  const home = q.params.currency;
  const c: Conversion = {
    home,
    homeCases,
    used: groups
      .filter((g) => g.fromOn !== null && g.rate !== null)
      .map((g) => ({ currency: g.currency, rate: g.rate!, fromOn: g.fromOn!, cases: g.cases })),
    missing: groups
      .filter((g) => g.fromOn === null || g.rate === null)
      .map((g) => ({ currency: g.currency, cases: g.cases }))
      .sort((a, b) => b.cases - a.cases || a.currency.localeCompare(b.currency)),
    sentence: '',
  };
  return { ...c, sentence: conversionSentence(c, dayText, 'en-GB') };
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayText = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
