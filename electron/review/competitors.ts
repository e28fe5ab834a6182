/**
 * Q2, how do I stand out: the head-to-head win rate per competitor met, and per competitor × criterion the
 * weighted gap, importance × (theirs − ours) with the sign and name of every gap (shared/stats/gap.ts): the derived
 * rows store ours − theirs, flipped here and nowhere else. A case's rival rating is the winner's (lost) or the best competitor's
 * (won), so it is credited to a competitor only when it is theirs: lost cases they won, won cases they were in.
 * Head-to-head: met = counted closed cases (won, lost, and no decision when that setting is on) where the
 * competitor was recorded; lost = met − won, whoever else took the deal.
 * Changes with: shared/contract/review.ts (byCompetitor, criteriaVsCompetitor), battlecards.ts, review-rows.ts.
 */
import type { Summary } from '../../shared/contract/review';
import { inPeriod } from './period-cases';
import { countedOutcomes, rows, type ReviewQuery } from './scope';
import { meanWeightedGap, rateInterval } from '../../shared/stats';

export type HeadToHead = Summary['byCompetitor'][number];
export type CriterionVsCompetitor = Summary['criteriaVsCompetitor'][number];

/**
 * Each competitor's period is one range of derived_review_rivals (competitor_id, closed_on, …), read in
 * competitor order, so the groups come out already grouped: no per-case probes, no sort.
 */
export function headToHeadSql(q: ReviewQuery): string {
  return `
    select co.id as competitorId, co.name as competitor, count(*) as met, sum(r.outcome = 'won') as won
    from competitors co
    cross join derived_review_rivals r on r.competitor_id = co.id and r.closed_on between @from and @to
    where r.outcome in ${countedOutcomes(q.countNoDecision)}${inPeriod(q, 'r.case_id')}
    group by co.rowid
    order by met desc, co.name`;
}

export function headToHead(q: ReviewQuery): HeadToHead[] {
  return rows<{ competitorId: string; competitor: string; met: number; won: number }>(q, headToHeadSql(q)).map((r) => {
    const { rate, low, high } = rateInterval(r.won, r.met);
    return { ...r, lost: r.met - r.won, rate, low, high };
  });
}

/** One range of derived_review_rival_ratings per competitor × criterion (the rows hold only ratings that are theirs). */
export function criteriaVsCompetitorSql(q: ReviewQuery): string {
  // Unfiltered, the day tallies of the rival ratings (day-tallies.ts); filtered, the period's cases' ratings.
  if (!q.filters) {
    return `
      select co.id as competitorId, co.name as competitor, k.id as criterionId, k.name as criterion,
        sum(rr.n) as cases, total(rr.diff_sum) as diffSum
      from competitors co
      cross join criteria k
      cross join derived_review_rival_rating_days rr
        on rr.competitor_id = co.id and rr.criterion_id = k.id and rr.day between @from and @to
      group by co.rowid, k.rowid
      order by co.name, k.position`;
  }
  return `
    select co.id as competitorId, co.name as competitor, k.id as criterionId, k.name as criterion,
      count(*) as cases, total(rr.weighted_diff) as diffSum
    from competitors co
    cross join criteria k
    cross join derived_review_rival_ratings rr
      on rr.competitor_id = co.id and rr.criterion_id = k.id and rr.closed_on between @from and @to
    where 1${inPeriod(q, 'rr.case_id')}
    group by co.rowid, k.rowid
    order by co.name, k.position`;
}

export function criteriaVsCompetitor(q: ReviewQuery): CriterionVsCompetitor[] {
  type Row = Omit<CriterionVsCompetitor, 'weightedGap'> & { diffSum: number };
  return rows<Row>(q, criteriaVsCompetitorSql(q)).map(({ diffSum, ...r }) => ({
    ...r,
    // derived_review_rival_ratings.weighted_diff is ours − theirs (migrations/0004): its sum is −(gap sum). A group
    // always has a row (cases ≥ 1), so the mean is never null here.
    weightedGap: meanWeightedGap({ sum: -diffSum, n: r.cases }) ?? 0,
  }));
}
