/**
 * Day tallies: review rows summed per day and group key, so a whole-period aggregate reads a few thousand
 * tallies instead of every case's rows (at 100,000 cases the period's 129,000 rival ratings are 13,000 tallies).
 * Each tally is kept equal to the sum of its review rows table by the case-facts refresh: a stale case's rows
 * are counted out before the refresh deletes them and counted in after it inserts their new state
 * (review-rows.ts hooks), and a tally that reaches 0 rows is removed. The sums are of integers (counts, values,
 * importance × rating differences), so taking away is exact. With review filters set, the sections read the rows
 * themselves: a tally cannot tell whose cases it holds.
 * Changes with: electron/db/schema/derived.ts, migrations/0019 and 0020, period-cases.ts, gaps.ts, competitors.ts.
 */

export interface DayTally {
  /** The tally table, its key columns (the day among them) and its sum columns, in the table's order. */
  table: string;
  keys: readonly (readonly [column: string, source: string])[];
  sums: readonly (readonly [column: string, source: string])[];
  /** The review rows table it sums, and the column of it naming the case. */
  rows: string;
  caseColumn: string;
}

export const closedDays: DayTally = {
  table: 'derived_review_days',
  keys: [
    ['outcome', 'outcome'],
    ['day', 'closed_on'],
    ['stage_id', "coalesce(stage_id, '')"],
    ['currency', 'currency'],
  ],
  sums: [
    ['n', 'count(*)'],
    ['value_minor', 'sum(value_minor)'],
  ],
  rows: 'derived_review_closed_cases',
  caseColumn: 'id',
};

export const ratingDays: DayTally = {
  table: 'derived_review_rating_days',
  keys: [
    ['criterion_id', 'criterion_id'],
    ['day', 'closed_on'],
    ['outcome', 'outcome'],
  ],
  sums: [
    ['n', 'count(*)'],
    ['gap_sum', 'sum(importance * (rival_rating - our_rating))'],
  ],
  rows: 'derived_review_ratings',
  caseColumn: 'case_id',
};

export const rivalRatingDays: DayTally = {
  table: 'derived_review_rival_rating_days',
  keys: [
    ['competitor_id', 'competitor_id'],
    ['criterion_id', 'criterion_id'],
    ['day', 'closed_on'],
  ],
  sums: [
    ['n', 'count(*)'],
    ['diff_sum', 'total(weighted_diff)'],
  ],
  rows: 'derived_review_rival_ratings',
  caseColumn: 'case_id',
};

export const dayTallies = [closedDays, ratingDays, rivalRatingDays] as const;

const columnsOf = (t: DayTally) => [...t.keys, ...t.sums].map(([column]) => column);
const groupNumbers = (t: DayTally) => t.keys.map((_, i) => i + 1).join(', ');

/** The tally's rows from its review rows where `where` holds, grouped (the sums signed by `sign`). */
function tallied(t: DayTally, where: string, sign: 1 | -1): string {
  const sources = [...t.keys.map(([, s]) => s), ...t.sums.map(([, s]) => `${sign} * ${s}`)];
  return `select ${sources.join(', ')} from ${t.rows} where ${where} group by ${groupNumbers(t)}`;
}

/** Counts the review rows of the cases `ids` (SQL for their ids) in (sign 1) or out (sign -1) of the tally. */
export function tallySql(t: DayTally, ids: string, sign: 1 | -1): string {
  const keys = t.keys.map(([column]) => column).join(', ');
  const sets = t.sums.map(([column]) => `${column} = ${column} + excluded.${column}`).join(', ');
  const picked = `${t.caseColumn} in (${ids})`;
  // Only the tallies these cases' rows were counted in can have reached 0: look those up by key rather than
  // scan the whole tally on every save.
  const emptied = `
    delete from ${t.table} where n = 0
      and (${keys}) in (select ${t.keys.map(([, source]) => source).join(', ')} from ${t.rows} where ${picked});`;
  return `
    insert into ${t.table} (${columnsOf(t).join(', ')})
    ${tallied(t, picked, sign)}
    on conflict (${keys}) do update set ${sets};
    ${sign < 0 ? emptied : ''}`;
}

/** The tally as stored, in key order (for tests). */
export const storedTallySql = (t: DayTally): string =>
  `select ${columnsOf(t).join(', ')} from ${t.table} order by ${groupNumbers(t)}`;

/** The tally computed from its review rows from scratch, in key order: what the stored one must equal. */
export const freshTallySql = (t: DayTally): string => `${tallied(t, '1', 1)} order by ${groupNumbers(t)}`;

/** Fills an empty tally from its review rows as they stand (the migrations that add one, a rebuild). */
export const backfillTallySql = (t: DayTally): string =>
  `insert into ${t.table} (${columnsOf(t).join(', ')}) ${tallied(t, '1', 1)}`;
