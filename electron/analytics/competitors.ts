/**
 * Q2, how do I stand out: the head-to-head win rate per competitor met, and per competitor × criterion the
 * mean of importance × (ours − theirs). A case's rival rating is the winner's (lost) or the best competitor's
 * (won), so it is credited to a competitor only when it is theirs: lost cases they won, won cases they were in.
 * Head-to-head: met = counted closed cases (won, lost, and no decision when that setting is on) where the
 * competitor was recorded; lost = met − won, whoever else took the deal.
 * Changes with: shared/contract/review.ts (byCompetitor, criteriaVsCompetitor), electron/analytics/battlecards.ts.
 */
import type { Summary } from '../../shared/contract/review';
import { PERIOD_CASES } from './period-cases';
import { rows, type ReviewQuery } from './scope';
import { rateInterval } from './stats';

export type HeadToHead = Summary['byCompetitor'][number];
export type CriterionVsCompetitor = Summary['criteriaVsCompetitor'][number];

/**
 * Grouped by the vocabulary row's integer rowid rather than its UUID: SQLite groups tens of thousands of
 * joined rows about twice as fast on a small integer key, and the vocabulary tables are a few cached pages.
 */
export const headToHeadSql = `
  select co.id as competitorId, co.name as competitor, count(*) as met, sum(c.won) as won
  from ${PERIOD_CASES} c
  cross join case_competitors cc on cc.case_id = c.id and cc.deleted_at is null
  join competitors co on co.id = cc.competitor_id
  where c.counted
  group by co.rowid
  order by met desc, co.name`;

export function headToHead(q: ReviewQuery): HeadToHead[] {
  return rows<{ competitorId: string; competitor: string; met: number; won: number }>(q, headToHeadSql).map((r) => {
    const { rate, low, high } = rateInterval(r.won, r.met);
    return { ...r, lost: r.met - r.won, rate, low, high };
  });
}

/** Whose rating a case's rival rating is: the winner's when lost, each competitor's met when won. */
export const ratingIsTheirs = "(c.outcome = 'won' or c.winner_competitor_id = cc.competitor_id)";

export const criteriaVsCompetitorSql = `
  select co.id as competitorId, co.name as competitor, k.id as criterionId, k.name as criterion,
    count(*) as cases, avg(cr.importance * (cr.our_rating - cr.rival_rating)) as weightedDiff
  from ${PERIOD_CASES} c
  cross join case_competitors cc on cc.case_id = c.id and cc.deleted_at is null
  cross join case_criteria cr on cr.case_id = c.id and cr.deleted_at is null and cr.rival_rating is not null
  join competitors co on co.id = cc.competitor_id
  join criteria k on k.id = cr.criterion_id
  where c.outcome in ('won', 'lost') and ${ratingIsTheirs}
  group by co.rowid, k.rowid
  order by co.name, k.position`;

export function criteriaVsCompetitor(q: ReviewQuery): CriterionVsCompetitor[] {
  return rows<CriterionVsCompetitor>(q, criteriaVsCompetitorSql);
}
