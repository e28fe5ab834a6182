/**
 * Q3, what do lost cases teach: the Pareto of primary loss reasons (by reason and by category, with the
 * evidence behind each), where lost cases stopped (seller stage × furthest buyer step), and the lesson tags
 * that keep coming back. "Lost" here is lost to a competitor or to no decision, whatever the win-rate setting:
 * both are deals we did not get, and a no decision's reason ("lost to status quo") is as instructive.
 * Shares and running totals are window functions, so only the ranked rows leave the database.
 * Changes with: shared/contract/review.ts (lossReasons, lossCategories, stalls, lessonTags).
 */
import type { Summary } from '../../shared/contract/review';
import { evidenceSources } from '../../shared/domain/vocabulary';
import { pareto } from '../../shared/stats';
import { PERIOD_CASES } from './period-cases';
import { rows, type ReviewQuery } from './scope';

const lost = "c.outcome in ('lost', 'no_decision')";

export const lossReasonsSql = `
    with counts as (
      select r.id as reasonId, count(*) as count,
        sum(cr.evidence = 'our_view') as our_view, sum(cr.evidence = 'buyer_said') as buyer_said,
        sum(cr.evidence = 'third_party') as third_party
      from ${PERIOD_CASES} c
      cross join case_reasons cr on cr.case_id = c.id and cr.deleted_at is null and cr.is_primary
      join reasons r on r.id = cr.reason_id
      where ${lost}
      group by r.rowid
    )
    select rc.name as category, r.name as reason, x.count, x.our_view, x.buyer_said, x.third_party,
      1.0 * x.count / sum(x.count) over () as share,
      1.0 * sum(x.count) over (order by x.count desc, rc.position, r.name rows unbounded preceding)
        / sum(x.count) over () as cumulative
    from counts x
    join reasons r on r.id = x.reasonId
    join reason_categories rc on rc.id = r.category_id
    order by x.count desc, rc.position, r.name`;

/** The furthest buyer step (highest position recorded) was picked when the period table was built. */
export const stallsSql = `
  select coalesce(st.name, 'No stage') as stage, coalesce(bs.name, 'No buyer step recorded') as buyerStep,
    count(*) as count
  from ${PERIOD_CASES} c
  left join stages st on st.id = c.stage_id
  left join buyer_steps bs on bs.id = c.step_id
  where ${lost}
  group by c.stage_id, c.step_id
  order by count desc, st.position, bs.position`;

export const lessonTagsSql = `
    select coalesce(k.name, r.name, b.name, 'Removed tag') as tag, l.tag_kind as kind,
      sum(l.kind = 'worked') as worked, sum(l.kind = 'hurt') as hurt
    from ${PERIOD_CASES} c
    cross join lessons l on l.case_id = c.id and l.deleted_at is null and l.tag_id is not null
    left join criteria k on l.tag_kind = 'criterion' and k.id = l.tag_id
    left join reasons r on l.tag_kind = 'reason' and r.id = l.tag_id
    left join buyer_steps b on l.tag_kind = 'buyer_step' and b.id = l.tag_id
    group by l.tag_kind, l.tag_id
    order by count(*) desc, tag`;

type LossReason = Summary['lossReasons'][number];

export function lossReasons(q: ReviewQuery): LossReason[] {
  type Row = Omit<LossReason, 'evidence'> & Record<(typeof evidenceSources)[number], number>;
  return rows<Row>(q, lossReasonsSql).map((r) => ({
    category: r.category,
    reason: r.reason,
    count: r.count,
    share: r.share,
    cumulative: r.cumulative,
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
  return rows<Summary['stalls'][number]>(q, stallsSql);
}

export function lessonTags(q: ReviewQuery): Summary['lessonTags'] {
  return rows<Summary['lessonTags'][number]>(q, lessonTagsSql);
}
