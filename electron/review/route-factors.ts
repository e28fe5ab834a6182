/**
 * Q1's power-map factors: did won cases more often have a route from our team to their decision maker or
 * economic buyer (through our relationships and the informal links), and had we covered the decision itself
 * (someone on the team knows a decider at least well)? A case counts only when its people name a decider (its
 * own role for them, else their usual one): a case without one says nothing either way. Both use the
 * relationships and links as they stand today, not as they were when the case ran; the sentence says so.
 * Shares are compared with compareWinRates, like the other share factors.
 * Changes with: electron/review/factors.ts (the other factors, same shape), person-reach.ts (who is reached,
 * with shared/powermap/route.ts's carrying rules), review-rows.ts (the deciders).
 */
import { compareWinRates, percent } from '../../shared/stats';
import type { Factor } from './factors';
import { inPeriod } from './period-cases';
import { countedOutcomes, rows, type ReviewQuery } from './scope';

interface Row {
  won: number;
  cases: number;
  routed: number;
  covered: number;
}

/**
 * One range of the period's deciders (derived_review_deciders, by close date, each carrying whether the team
 * reaches them: person-reach.ts); a case is a group of its decider rows, in the range's own order. With
 * filters, the period table says which cases count.
 */
export function routeFactorsSql(q: ReviewQuery): string {
  return `
  with decided as (
    select d.outcome = 'won' as won, max(d.routed) as routed, max(d.covered) as covered
    from derived_review_deciders d
    where d.closed_on between @from and @to and d.outcome in ${countedOutcomes(q.countNoDecision)}${inPeriod(q, 'd.case_id')}
    group by d.closed_on, d.case_id
  )
  select won, count(*) as cases, sum(routed) as routed, sum(covered) as covered from decided group by won`;
}

function share(factor: string, what: string, won: [number, number], lost: [number, number]): Factor {
  const [wonK, wonN] = won;
  const [lostK, lostN] = lost;
  const c = compareWinRates({ won: lostK, lost: lostN - lostK }, { won: wonK, lost: wonN - wonK });
  const wonShare = wonN ? wonK / wonN : null;
  const lostShare = lostN ? lostK / lostN : null;
  const figures = `${percent(wonShare)} of won vs ${percent(lostShare)} of lost cases, by today's relationships and links`;
  const sentence = {
    improved: `Won cases ${what} more often: ${figures}.`,
    worse: `Won cases ${what} less often: ${figures}.`,
    no_clear_change: `No clear difference in how often cases ${what}: ${figures}.`,
    not_enough_cases: `Not enough cases yet (n = ${wonN} won, ${lostN} lost with a decision maker recorded).`,
  }[c.verdict];
  const clear = c.verdict === 'improved' || c.verdict === 'worse';
  return { factor, won: wonShare, lost: lostShare, wonN, lostN, unit: 'share', sentence, clear };
}

export function routeFactors(q: ReviewQuery): Factor[] {
  const data = rows<Row>(q, routeFactorsSql(q));
  const w = data.find((r) => r.won === 1) ?? { cases: 0, routed: 0, covered: 0 };
  const l = data.find((r) => r.won === 0) ?? { cases: 0, routed: 0, covered: 0 };
  return [
    share(
      'Route to the decision maker',
      'had a way in to the decision maker',
      [w.routed, w.cases],
      [l.routed, l.cases],
    ),
    share('Decision covered', 'had someone who knows a decider well', [w.covered, w.cases], [l.covered, l.cases]),
  ];
}
