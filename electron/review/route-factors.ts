/**
 * Q1's power-map factors: did won cases more often have a route from our team to their decision maker or
 * economic buyer (through our relationships and the informal links), and had we covered the decision itself
 * (someone on the team knows a decider at least well)? A case counts only when its people name a decider (its
 * own role for them, else their usual one): a case without one says nothing either way. Both use the
 * relationships and links as they stand today, not as they were when the case ran; the sentence says so.
 * Shares are compared with compareWinRates, like the other share factors.
 * Changes with: electron/review/factors.ts (the other factors, same shape), shared/powermap/route.ts (the
 * same carrying rules: influences from → to, trusts to → from, at odds carries nothing).
 */
import { compareWinRates, percent } from '../../shared/stats';
import type { Factor } from './factors';
import { PERIOD_CASES } from './period-cases';
import { rows, type ReviewQuery } from './scope';

interface Row {
  won: number;
  cases: number;
  routed: number;
  covered: number;
}

/**
 * One pass over the period's deciders: the people the team can reach (relationships, then carrying links) and
 * the people someone knows at least well are each built once; a case is then a group of its decider rows.
 */
export const routeFactorsSql = `
  with recursive reach(id) as (
    select r.person_id from relationships r join team_members m on m.id = r.member_id
    where r.deleted_at is null and m.deleted_at is null
    union
    select case when l.kind = 'influences' then l.to_id else l.from_id end
    from person_links l join reach on reach.id = case when l.kind = 'influences' then l.from_id else l.to_id end
    where l.deleted_at is null and l.kind in ('influences', 'trusts')
  ),
  known(id) as materialized (
    select distinct r.person_id from relationships r join team_members m on m.id = r.member_id
    where r.deleted_at is null and m.deleted_at is null and r.strength >= 2
  ),
  decided as (
    select c.won, max(pe.id in (select id from reach)) as routed, max(pe.id in (select id from known)) as covered
    -- From the period's cases to their people by index (CROSS JOIN keeps the order): left to itself the planner
    -- scanned every case_people row of every year and built an automatic index on the period table.
    from ${PERIOD_CASES} c
    cross join case_people cp on cp.case_id = c.id and cp.deleted_at is null
    cross join people pe on pe.id = cp.person_id and pe.deleted_at is null
    where c.counted and coalesce(cp.buying_role, pe.buying_role) in ('decision_maker', 'economic_buyer')
    group by c.rowid
  )
  select won, count(*) as cases, sum(routed) as routed, sum(covered) as covered from decided group by won`;

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
  const data = rows<Row>(q, routeFactorsSql);
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
