/**
 * Q3, what do lost cases teach: the Pareto of primary loss reasons (by reason and by category, with the
 * evidence behind each), where lost cases stopped (seller stage × furthest buyer step), and the lesson tags
 * that keep coming back. "Lost" here is lost to a competitor or to no decision, whatever the win-rate setting:
 * both are deals we did not get, and a no decision's reason ("lost to status quo") is as instructive.
 * SQL counts and ranks; shares and running shares are shared/stats' (runningShares, pareto).
 * Changes with: shared/contract/review.ts (lossReasons, lossCategories, stalls, lessonTags).
 */
import type { Summary } from '../../shared/contract/review';
import { evidenceSources } from '../../shared/domain/vocabulary';
import { pareto, runningShares } from '../../shared/stats';
import { inPeriod, periodCases } from './period-cases';
import { rows, type ReviewQuery } from './scope';

const lost = "c.outcome in ('lost', 'no_decision')";

/** Each reason's range of derived_review_loss_reasons, in reason order: no per-case probes, no sort. */
export function lossReasonsSql(q: ReviewQuery): string {
  return `
    with counts as (
      select r.id as reasonId, count(*) as count,
        sum(lr.evidence = 'our_view') as our_view, sum(lr.evidence = 'buyer_said') as buyer_said,
        sum(lr.evidence = 'third_party') as third_party
      from reasons r
      cross join derived_review_loss_reasons lr on lr.reason_id = r.id and lr.closed_on between @from and @to
      where 1${inPeriod(q, 'lr.case_id')}
      group by r.rowid
    )
    select rc.name as category, r.name as reason, x.count, x.our_view, x.buyer_said, x.third_party
    from counts x
    join reasons r on r.id = x.reasonId
    join reason_categories rc on rc.id = r.category_id
    order by x.count desc, rc.position, r.name`;
}

/** The furthest buyer step (highest position recorded, still in the settings' list) is one of the case's facts. */
export const stallsSql = (q: ReviewQuery) => `
  select coalesce(st.name, 'No stage') as stage, coalesce(bs.name, 'No buyer step recorded') as buyerStep, g.count
  from (
    select c.stage_id as stageId, c.step_id as stepId, count(*) as count
    from ${periodCases(q)} c
    where ${lost}
    group by c.stage_id, c.step_id
  ) g
  left join stages st on st.id = g.stageId
  left join buyer_steps bs on bs.id = g.stepId
  order by g.count desc, st.position, bs.position`;

/** Tagged lessons of the period grouped by tag (the rows' key order), then named: a few rows, a few lookups. */
export function lessonTagsSql(q: ReviewQuery): string {
  return `
    select coalesce(k.name, r.name, b.name, 'Removed tag') as tag, g.kind, g.worked, g.hurt
    from (
      select x.tag_kind as kind, x.tag_id as tagId, count(*) as n,
        sum(x.kind = 'worked') as worked, sum(x.kind = 'hurt') as hurt
      from derived_review_lessons x
      where x.closed_on between @from and @to${inPeriod(q, 'x.case_id')}
      group by x.tag_kind, x.tag_id
    ) g
    left join criteria k on g.kind = 'criterion' and k.id = g.tagId
    left join reasons r on g.kind = 'reason' and r.id = g.tagId
    left join buyer_steps b on g.kind = 'buyer_step' and b.id = g.tagId
    order by g.n desc, tag`;
}

type LossReason = Summary['lossReasons'][number];

export function lossReasons(q: ReviewQuery): LossReason[] {
  type Row = Omit<LossReason, 'evidence' | 'share' | 'cumulative'> & Record<(typeof evidenceSources)[number], number>;
  const counted = rows<Row>(q, lossReasonsSql(q));
  const shares = runningShares(counted.map((r) => r.count));
  return counted.map((r, i) => ({
    category: r.category,
    reason: r.reason,
    count: r.count,
    share: shares[i]?.share ?? 0,
    cumulative: shares[i]?.cumulativeShare ?? 0,
    evidence: Object.fromEntries(evidenceSources.map((e) => [e, r[e]])) as LossReason['evidence'],
  }));
}

/** Categories are the reasons' counts summed: a Pareto of aggregate rows, no second pass over the cases. */
export function lossCategories(reasons: LossReason[]): Summary['lossCategories'] {
  return pareto(reasons.map((r) => ({ key: r.category, count: r.count }))).map((r) => ({
    category: r.key,
    count: r.count,
    share: r.share,
    cumulative: r.cumulativeShare,
  }));
}

export function stalls(q: ReviewQuery): Summary['stalls'] {
  return rows<Summary['stalls'][number]>(q, stallsSql(q));
}

export function lessonTags(q: ReviewQuery): Summary['lessonTags'] {
  return rows<Summary['lessonTags'][number]>(q, lessonTagsSql(q));
}
