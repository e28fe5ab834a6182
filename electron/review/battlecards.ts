/**
 * One battlecard per competitor met: why we beat them (reasons recorded on cases we won against them), why
 * they beat us (reasons on cases they won), where they rate above us, and the latest lessons from those cases.
 * Top-N per competitor is picked in SQL with row_number() over a partition, so only the few shown rows leave
 * the database. Reasons are every reason recorded, primary or not: per competitor the numbers are small.
 * Changes with: shared/contract/review.ts (battlecards), competitors.ts, review-rows.ts.
 */
import type { Summary } from '../../shared/contract/review';
import type { CriterionVsCompetitor, HeadToHead } from './competitors';
import { inPeriod } from './period-cases';
import { rows, type ReviewQuery } from './scope';
import { CONFIDENCE, describeInterval, MIN_PER_GROUP, percent } from '../../shared/stats';

type Battlecard = Summary['battlecards'][number];

const TOP = 3;

/**
 * The reasons per competitor, side and reason: one range of derived_review_rival_reasons_tally_idx per
 * competitor, side and reason (its key order), searched by close date, so only the period's rows are read and
 * they are grouped as they are read. Scanning the whole index for its order read every year's rows (some
 * 130,000 for 50,000 at 100,000 cases), sorting them first cost more still. Competitors and reasons are joined
 * as before (a row whose competitor or reason is gone counts nowhere); `won` is 0 or 1 (review-rows.ts). The
 * few groups are then named and ranked, and the top few per side kept.
 */
export function battleReasonsSql(q: ReviewQuery): string {
  return `
    select competitorId, side, reason, count from (
      select g.competitor_id as competitorId, case when g.won then 'win' else 'loss' end as side, re.name as reason,
        g.n as count,
        row_number() over (partition by g.competitor_id, g.won order by g.n desc, re.name) as rank
      from (
        select x.competitor_id, x.won, x.reason_id, count(*) as n
        from competitors co
        cross join reasons re
        cross join derived_review_rival_reasons x indexed by derived_review_rival_reasons_tally_idx
        where x.competitor_id = co.id and x.won in (0, 1) and x.reason_id = re.id
          and x.closed_on between @from and @to${inPeriod(q, 'x.case_id')}
        group by co.id, re.id, x.won
      ) g
      join reasons re on re.id = g.reason_id
    )
    where rank <= ${TOP}
    order by competitorId, side, rank`;
}

/**
 * One competitor's latest lessons: its range of derived_review_rivals read newest first, probing lessons
 * case by case only until the few shown are found.
 */
export function battleLessonsSql(q: ReviewQuery): string {
  return `
    select l.text, l.kind, t.title as caseTitle
    from derived_review_rivals r
    cross join lessons l on l.case_id = r.case_id and l.deleted_at is null
    cross join cases t on t.id = r.case_id
    where r.competitor_id = @competitorId and r.closed_on between @from and @to and r.theirs
      and r.outcome in ('won', 'lost')${inPeriod(q, 'r.case_id')}
    order by r.closed_on desc, l.rowid desc
    limit ${TOP}`;
}

function summaryOf(h: HeadToHead): string {
  const met = `Met in ${h.met} closed case${h.met === 1 ? '' : 's'}, we won ${h.won}`;
  if (h.met < MIN_PER_GROUP) return `${met}: not enough cases yet for a win rate (n = ${h.met}).`;
  return `${met} (${percent(h.rate)}; ${describeInterval({ ...h, confidence: CONFIDENCE })}).`;
}

export function battlecards(q: ReviewQuery, h2h: HeadToHead[], criteria: CriterionVsCompetitor[]): Battlecard[] {
  const reasons = rows<{ competitorId: string; side: 'win' | 'loss'; reason: string; count: number }>(
    q,
    battleReasonsSql(q),
  );
  const lessonsSql = battleLessonsSql(q);
  return h2h.map((h) => ({
    competitorId: h.competitorId,
    competitor: h.competitor,
    summary: summaryOf(h),
    whyWeWin: reasons
      .filter((r) => r.competitorId === h.competitorId && r.side === 'win')
      .map(({ reason, count }) => ({ reason, count })),
    whyWeLose: reasons
      .filter((r) => r.competitorId === h.competitorId && r.side === 'loss')
      .map(({ reason, count }) => ({ reason, count })),
    theirStrengths: criteria
      .filter((c) => c.competitorId === h.competitorId && c.weightedGap > 0)
      .sort((a, b) => b.weightedGap - a.weightedGap)
      .slice(0, TOP)
      .map(({ criterion, weightedGap }) => ({ criterion, weightedGap })),
    lessons: rows<{ text: string; kind: string; caseTitle: string }>(q, lessonsSql, { competitorId: h.competitorId }),
  }));
}
