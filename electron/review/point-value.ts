/**
 * What a point of win rate is worth, in the seller's own numbers: the period's counted closed cases in the
 * settings currency give the pace (cases a year) and the average value; shared/stats/point-value.ts turns that
 * into the won value a year of one and five more points, with its uncertainty. The sums are the win-rate
 * section's (win-rate.ts); nothing more is read.
 * Changes with: shared/contract/review.ts (pointValue), win-rate.ts.
 */
import type { Summary } from '../../shared/contract/review';
import { formatMoney } from '../../shared/money';
import { CONFIDENCE, confidenceLabel, MIN_PER_GROUP, pointValue } from '../../shared/stats';
import { daysBetween, type ReviewQuery } from './scope';

const money = (minor: number, currency: string) => formatMoney(Math.round(minor), currency, 'en-GB', { compact: true });

export function pointValueOf(
  q: ReviewQuery,
  sums: { cases: number; valueSum: number; valueSquares: number },
  conversion: NonNullable<Summary['pointValue']>['conversion'],
): Summary['pointValue'] {
  if (sums.cases < MIN_PER_GROUP) return null;
  const days = daysBetween(q.params.from, q.params.to) + 1;
  const v = pointValue({ ...sums, days }, CONFIDENCE);
  if (!v) return null;
  const c = q.params.currency;
  const pace = `about ${Math.round(v.casesPerYear)} closed cases a year at ${money(v.meanValue, c)} on average`;
  const one = `${money(v.onePoint.estimate, c)} a year (${confidenceLabel(CONFIDENCE)} sure it is between ${money(v.onePoint.low, c)} and ${money(v.onePoint.high, c)})`;
  return {
    currency: c,
    cases: sums.cases,
    casesPerYear: v.casesPerYear,
    meanValueMinor: v.meanValue,
    onePoint: { estimateMinor: v.onePoint.estimate, lowMinor: v.onePoint.low, highMinor: v.onePoint.high },
    fivePoints: { estimateMinor: v.fivePoints.estimate, lowMinor: v.fivePoints.low, highMinor: v.fivePoints.high },
    sentence:
      `At this pace (${pace}), one more point of win rate is worth ${one}; five points, ${money(v.fivePoints.estimate, c)} a year. ` +
      'That is what the cases already closing would bring, if the pace holds.' +
      (conversion.sentence ? ` Other currencies: ${conversion.sentence}.` : ''),
    conversion,
  };
}
