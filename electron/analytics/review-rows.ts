/**
 * The review rows' definitions (electron/db/schema/derived.ts): per decided case, its competitors, ratings and
 * reasons in the shape the review groups them. case-facts.ts refreshes them for stale cases with these
 * statements, and the property test compares what is stored with them.
 * Only live cases decided in a way the win rate can count (won, lost, no decision) have rows; withdrawn and
 * unknown never enter a head-to-head or a gap.
 * Changes with: electron/db/schema/derived.ts, migrations/0004_review_rows.sql, competitors.ts, gaps.ts,
 * battlecards.ts, loop.ts.
 */

export interface DerivedRows {
  table: string;
  columns: string;
  /** The rows of the cases `where` picks (`c` is cases). */
  select(where: string): string;
}

const decided = "c.deleted_at is null and c.closed_on is not null and c.outcome in ('won', 'lost', 'no_decision')";

/** Whose rating a case's rival rating is: the winner's when lost, each competitor's met when won. */
export const ratingIsTheirs = "(c.outcome = 'won' or c.winner_competitor_id is cc.competitor_id)";

const met = 'join case_competitors cc on cc.case_id = c.id and cc.deleted_at is null';
const rated = 'join case_criteria cr on cr.case_id = c.id and cr.deleted_at is null and cr.rival_rating is not null';
const theirsOnly = `c.outcome in ('won', 'lost') and ${ratingIsTheirs}`;

export const reviewRows: DerivedRows[] = [
  {
    table: 'derived_review_rivals',
    columns: 'competitor_id, closed_on, case_id, outcome, theirs',
    select: (where) => `
      select cc.competitor_id, c.closed_on, c.id, c.outcome, ${ratingIsTheirs}
      from cases c ${met}
      where ${decided} and ${where}`,
  },
  {
    table: 'derived_review_ratings',
    columns: 'criterion_id, closed_on, case_id, outcome, importance, our_rating, rival_rating',
    select: (where) => `
      select cr.criterion_id, c.closed_on, c.id, c.outcome, cr.importance, cr.our_rating, cr.rival_rating
      from cases c ${rated}
      where ${decided} and ${where}`,
  },
  {
    table: 'derived_review_rival_ratings',
    columns: 'competitor_id, criterion_id, closed_on, case_id, weighted_diff',
    select: (where) => `
      select cc.competitor_id, cr.criterion_id, c.closed_on, c.id, cr.importance * (cr.our_rating - cr.rival_rating)
      from cases c ${met} ${rated}
      where ${decided} and ${theirsOnly} and ${where}`,
  },
  {
    table: 'derived_review_rival_reasons',
    columns: 'competitor_id, closed_on, case_id, reason_id, won',
    select: (where) => `
      select cc.competitor_id, c.closed_on, c.id, r.reason_id, c.outcome = 'won'
      from cases c ${met}
      join case_reasons r on r.case_id = c.id and r.deleted_at is null
      where ${decided} and ${theirsOnly} and ${where}`,
  },
];
