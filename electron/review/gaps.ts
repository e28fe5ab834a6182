/**
 * Q4, which weaknesses to eliminate: per buying criterion the mean of importance × (rival − ours) over the
 * period's counted closed cases where it was rated against a rival, ranked by that mean. A mean, not a sum,
 * so a criterion rated in many cases is not ranked high for being rated often; the case count stands beside
 * it. Each gap lists the live actions (open or done) whose scope is that criterion. SQL sums the products; the
 * mean and its sign (positive = we trail) are shared/stats/gap.ts'.
 * Changes with: shared/contract/review.ts (criteriaGaps), electron/review/loop.ts (criterion scope).
 */
import type { Summary } from '../../shared/contract/review';
import type { ActionStatus } from '../../shared/domain/vocabulary';
import { inPeriod } from './period-cases';
import { countedOutcomes, rows, type ReviewQuery } from './scope';
import { meanWeightedGap, MIN_PER_GROUP } from '../../shared/stats';

type Gap = Summary['criteriaGaps'][number];

/** One range of derived_review_ratings per criterion, in criterion order: no per-case probes, no sort. */
export function criteriaGapsSql(q: ReviewQuery): string {
  // Unfiltered, the day tallies of the ratings (day-tallies.ts); filtered, the ratings of the period's cases.
  if (!q.filters) {
    return `
      select k.id as criterionId, k.name as criterion, k.position, sum(r.n) as cases, sum(r.gap_sum) as gapSum
      from criteria k
      cross join derived_review_rating_days r on r.criterion_id = k.id and r.day between @from and @to
      where r.outcome in ${countedOutcomes(q.countNoDecision)}
      group by k.rowid`;
  }
  return `
    select k.id as criterionId, k.name as criterion, k.position, count(*) as cases,
      sum(r.importance * (r.rival_rating - r.our_rating)) as gapSum
    from criteria k
    cross join derived_review_ratings r on r.criterion_id = k.id and r.closed_on between @from and @to
    where r.outcome in ${countedOutcomes(q.countNoDecision)}${inPeriod(q, 'r.case_id')}
    group by k.rowid`;
}

/** Live actions aimed at a criterion; dropped ones address nothing. Uses actions_status_idx. */
export const criterionActionsSql = `
  select a.id, a.title, a.status, a.scope_value as criterionId
  from actions a
  where a.deleted_at is null and a.status in ('open', 'done') and a.scope = 'criterion'
  order by a.status = 'done', a.due_on, a.title`;

/** "+1.1" where we trail, "−1.4" where we lead, "0.0": the sign and the rounding the chart shows. */
export function signedGap(gap: number): string {
  const shown = Math.round(gap * 10) / 10 + 0;
  return shown > 0 ? `+${shown.toFixed(1)}` : shown < 0 ? `−${Math.abs(shown).toFixed(1)}` : '0.0';
}

function sentenceOf(g: Omit<Gap, 'sentence'>): string {
  const over = `gap ${signedGap(g.weightedGap)} over ${g.cases} case${g.cases === 1 ? '' : 's'}`;
  const thin = g.cases < MIN_PER_GROUP ? ' Few cases yet: treat it as a hint.' : '';
  if (g.weightedGap <= 0) return `${g.criterion}: we rate level with or above the rival (${over}).${thin}`;
  const acts = g.actions.length
    ? `Being addressed by: ${g.actions.map((a) => `${a.title} (${a.status})`).join('; ')}.`
    : 'No action addresses it yet.';
  return `${g.criterion}: we trail the rival (${over}). ${acts}${thin}`;
}

export function criteriaGaps(q: ReviewQuery): Gap[] {
  const actions = q.sqlite.prepare(criterionActionsSql).all() as {
    id: string;
    title: string;
    status: ActionStatus;
    criterionId: string | null;
  }[];
  const sums = rows<{ criterionId: string; criterion: string; position: number; cases: number; gapSum: number }>(
    q,
    criteriaGapsSql(q),
  );
  const ranked = sums
    .map((g) => ({ ...g, weightedGap: meanWeightedGap({ sum: g.gapSum, n: g.cases }) ?? 0 }))
    // Largest gap first, then the criteria's own order.
    .sort((a, b) => b.weightedGap - a.weightedGap || a.position - b.position);
  return ranked.map(({ criterionId, criterion, cases, weightedGap }) => {
    const withActions = {
      criterionId,
      criterion,
      cases,
      weightedGap,
      actions: actions
        .filter((a) => a.criterionId === criterionId)
        .map(({ id, title, status }) => ({ id, title, status })),
    };
    return { ...withActions, sentence: sentenceOf(withActions) };
  });
}
