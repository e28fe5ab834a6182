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

/** The period's counted cases with a decider, won and lost, and how many of each had a route and cover. */
interface Sides {
  wonCases: number;
  wonRouted: number;
  wonCovered: number;
  lostCases: number;
  lostRouted: number;
  lostCovered: number;
}

/**
 * One range of the period's deciders (derived_review_deciders, by close date, each carrying whether the team
 * reaches them: person-reach.ts); a case is a group of its decider rows, in the range's own order. The won and
 * lost sides are summed in one row: grouping the cases by side sorted every one of them. With filters, the
 * period table says which cases count.
 */
export function routeFactorsSql(q: ReviewQuery): string {
  return `
  with decided as (
    select d.outcome = 'won' as won, max(d.routed) as routed, max(d.covered) as covered
    from derived_review_deciders d
    where d.closed_on between @from and @to and d.outcome in ${countedOutcomes(q.countNoDecision)}${inPeriod(q, 'd.case_id')}
    group by d.closed_on, d.case_id
  )
  select coalesce(sum(won), 0) as wonCases, coalesce(sum(won * routed), 0) as wonRouted,
    coalesce(sum(won * covered), 0) as wonCovered, count(*) - coalesce(sum(won), 0) as lostCases,
    coalesce(sum(routed), 0) - coalesce(sum(won * routed), 0) as lostRouted,
    coalesce(sum(covered), 0) - coalesce(sum(won * covered), 0) as lostCovered
  from decided`;
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
  const [t = { wonCases: 0, wonRouted: 0, wonCovered: 0, lostCases: 0, lostRouted: 0, lostCovered: 0 }] = rows<Sides>(
    q,
    routeFactorsSql(q),
  );
  return [
    share(
      'Route to the decision maker',
      'had a way in to the decision maker',
      [t.wonRouted, t.wonCases],
      [t.lostRouted, t.lostCases],
    ),
    share(
      'Decision covered',
      'had someone who knows a decider well',
      [t.wonCovered, t.wonCases],
      [t.lostCovered, t.lostCases],
    ),
  ];
}
