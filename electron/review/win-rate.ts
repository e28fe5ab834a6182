/**
 * Q1's headline: the count-based win rate for the period and the one before, per calendar quarter, and the
 * value-weighted rate beside it — sums over the period's day counts (period-cases.ts), no case is read again.
 * The rates and intervals are shared/stats' (winRate, rateInterval, valueWeightedWinRate); SQL only sums.
 * The value-weighted rate's interval needs Σv², from the period's pass (period-pass.ts). The contract's
 * valueWeighted has no place for it yet, so it travels beside it (`valueWeightedInterval`) into the findings.
 * Changes with: shared/contract/review.ts (WinRate, Interval, byQuarter, valueWeighted), electron/review/scope.ts.
 */
import type { Interval, Summary, WinRate } from '../../shared/contract/review';
import { conversionOf } from './conversion';
import { CONFIDENCE, rateInterval, valueWeightedWinRate, winRate, type WeightedWinRate } from '../../shared/stats';
import { periodCases, PERIOD_DAYS } from './period-cases';
import { periodTotals } from './period-pass';
import { countedOutcomes, rows, type ReviewQuery } from './scope';

interface Row {
  current: number;
  /** YYYY-MM: months group cheaply off the index; quarters are summed from them. */
  month: string;
  won: number;
  lost: number;
  noDecision: number;
  valueCases: number;
  closedMinor: number;
  wonMinor: number;
}

export interface WinRates {
  winRate: WinRate;
  previousWinRate: WinRate;
  byQuarter: (Interval & { quarter: string; from: string; to: string })[];
  valueWeighted: Summary['valueWeighted'];
  /** The same rate with its 90 % Kish–Wilson interval (shared/stats/weighted.ts). */
  valueWeightedInterval: WeightedWinRate;
  /** Σv² over the same cases: what a point of win rate is worth needs it too (point-value.ts). */
  valueSquares: number;
}

/**
 * No decision is always fetched (its share is reported) but only counts in n when the setting says so. Value
 * sums are in the settings currency, other currencies converted at their rate on the decision day
 * (conversion.ts); a case without a rate is left out of the sums and named in `conversion`.
 */
/** Both periods' months, summed from the period's day counts (period-cases.ts). */
export function winRateSql(q: ReviewQuery): string {
  const counted = countedOutcomes(q.countNoDecision);
  return `
    select d.day >= @from as current, substr(d.day, 1, 7) as month,
      sum(case when d.outcome = 'won' then d.n else 0 end) as won,
      sum(case when d.outcome = 'lost' then d.n else 0 end) as lost,
      sum(case when d.outcome = 'no_decision' then d.n else 0 end) as noDecision,
      sum(case when d.outcome in ${counted} then d.valueCases else 0 end) as valueCases,
      sum(case when d.outcome in ${counted} then d.valueMinor else 0 end) as closedMinor,
      sum(case when d.outcome = 'won' then d.valueMinor else 0 end) as wonMinor
    from ${PERIOD_DAYS} d
    where d.day between @prevFrom and @to
    group by 1, 2`;
}

export function toWinRate(won: number, lost: number, noDecision: number, countNoDecision: boolean): WinRate {
  const r = winRate({ won, lost, noDecision, countNoDecision }, CONFIDENCE);
  return { won, lost, noDecision, closed: r.closed, rate: r.rate, low: r.low, high: r.high, confidence: CONFIDENCE };
}

function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Calendar quarters touching the period, the first and last clipped to it. */
export function quartersOf(from: string, to: string): { quarter: string; from: string; to: string }[] {
  const out: { quarter: string; from: string; to: string }[] = [];
  let year = Number(from.slice(0, 4));
  let q = Math.floor((Number(from.slice(5, 7)) - 1) / 3);
  for (;;) {
    const start = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    if (start > to) break;
    const endMonth = q * 3 + 3;
    const end = new Date(Date.UTC(year, endMonth, 0)).toISOString().slice(0, 10);
    out.push({ quarter: `${year}-Q${q + 1}`, from: start < from ? from : start, to: end > to ? to : end });
    q += 1;
    if (q === 4) [year, q] = [year + 1, 0];
  }
  return out;
}

export function winRates(q: ReviewQuery): WinRates {
  const data = rows<Row>(q, winRateSql(q));
  const sum = (current: number, key: keyof Omit<Row, 'current' | 'month'>) =>
    data.filter((r) => r.current === current).reduce((total, r) => total + r[key], 0);
  const rateOf = (current: number) =>
    toWinRate(sum(current, 'won'), sum(current, 'lost'), sum(current, 'noDecision'), q.countNoDecision);

  const byQuarter = quartersOf(q.params.from, q.params.to).map((quarter) => {
    const months = data.filter((d) => d.current === 1 && quarterOf(d.month) === quarter.quarter);
    const won = months.reduce((t, r) => t + r.won, 0);
    const n = months.reduce((t, r) => t + r.won + r.lost + (q.countNoDecision ? r.noDecision : 0), 0);
    return { ...quarter, won, lost: n - won, ...rateInterval(won, n) };
  });

  const wonMinor = Math.round(sum(1, 'wonMinor'));
  const closedMinor = Math.round(sum(1, 'closedMinor'));
  const cases = sum(1, 'valueCases');
  const totals = periodTotals(q);
  const sumSquares = totals.countedSquares;
  const valueWeightedInterval = valueWeightedWinRate(
    { n: cases, wonValue: wonMinor, closedValue: closedMinor, sumSquares },
    CONFIDENCE,
  );
  return {
    winRate: rateOf(1),
    previousWinRate: rateOf(0),
    byQuarter,
    valueWeighted: {
      wonMinor,
      closedMinor,
      rate: valueWeightedInterval.rate,
      currency: q.params.currency,
      cases,
      conversion: conversionOf(q, `${periodCases(q)} c`, 'c.closed_on', 'c.counted', {
        homeCases: totals.countedHome,
        others: totals.countedOther,
      }),
    },
    valueWeightedInterval,
    valueSquares: sumSquares,
  };
}
