/**
 * One battlecard per competitor met: why we beat them (reasons recorded on cases we won against them), why
 * they beat us (reasons on cases they won), where they rate above us, and the latest lessons from those cases.
 * Top-N per competitor is picked in SQL with row_number() over a partition, so only the few shown rows leave
 * the database. Reasons are every reason recorded, primary or not: per competitor the numbers are small.
 * Changes with: shared/contract/review.ts (battlecards), electron/analytics/competitors.ts.
 */
import type { Summary } from '../../shared/contract/review';
import type { CriterionVsCompetitor, HeadToHead } from './competitors';
import { ratingIsTheirs } from './competitors';
import { PERIOD_CASES } from './period-cases';
import { rows, type ReviewQuery } from './scope';
import { MIN_PER_GROUP, percent } from './stats';

type Battlecard = Summary['battlecards'][number];

const TOP = 3;

export const battleReasonsSql = `
  select competitorId, side, reason, count from (
    select co.id as competitorId, case when c.won then 'win' else 'loss' end as side, re.name as reason,
      count(*) as count,
      row_number() over (partition by co.rowid, c.won order by count(*) desc, re.name) as rank
    from ${PERIOD_CASES} c
    cross join case_competitors cc on cc.case_id = c.id and cc.deleted_at is null
    cross join case_reasons cr on cr.case_id = c.id and cr.deleted_at is null
    join competitors co on co.id = cc.competitor_id
    join reasons re on re.id = cr.reason_id
    where c.outcome in ('won', 'lost') and ${ratingIsTheirs}
    group by co.rowid, c.won, re.rowid
  )
  where rank <= ${TOP}
  order by competitorId, side, rank`;

/** Lesson text and case title are read by key only for the few lessons shown. */
export const battleLessonsSql = `
  select x.competitorId, l.text, l.kind, t.title as caseTitle from (
    select cc.competitor_id as competitorId, l.rowid as lessonRow, c.id as caseId,
      row_number() over (partition by cc.competitor_id order by c.closed_on desc, l.rowid desc) as rank
    from ${PERIOD_CASES} c
    cross join case_competitors cc on cc.case_id = c.id and cc.deleted_at is null
    cross join lessons l on l.case_id = c.id and l.deleted_at is null
    where c.outcome in ('won', 'lost') and ${ratingIsTheirs}
  ) x
  cross join lessons l on l.rowid = x.lessonRow
  cross join cases t on t.id = x.caseId
  where x.rank <= ${TOP}
  order by x.competitorId, x.rank`;

function summaryOf(h: HeadToHead): string {
  const met = `Met in ${h.met} closed case${h.met === 1 ? '' : 's'}, we won ${h.won}`;
  if (h.met < MIN_PER_GROUP) return `${met}: not enough cases yet for a win rate (n = ${h.met}).`;
  return `${met} (${percent(h.rate)}, 90 % interval ${percent(h.low)}–${percent(h.high)}).`;
}

export function battlecards(q: ReviewQuery, h2h: HeadToHead[], criteria: CriterionVsCompetitor[]): Battlecard[] {
  const reasons = rows<{ competitorId: string; side: 'win' | 'loss'; reason: string; count: number }>(
    q,
    battleReasonsSql,
  );
  const lessons = rows<{ competitorId: string; text: string; kind: string; caseTitle: string }>(q, battleLessonsSql);
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
      .filter((c) => c.competitorId === h.competitorId && c.weightedDiff < 0)
      .sort((a, b) => a.weightedDiff - b.weightedDiff)
      .slice(0, TOP)
      .map(({ criterion, weightedDiff }) => ({ criterion, weightedDiff })),
    lessons: lessons
      .filter((l) => l.competitorId === h.competitorId)
      .map(({ text, kind, caseTitle }) => ({ text, kind, caseTitle })),
  }));
}
