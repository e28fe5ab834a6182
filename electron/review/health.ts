/**
 * Loop health: how much of what the review says rests on complete debriefs — of the period's closed cases
 * (every closed outcome, since each deserves a debrief), how many have the debrief done, reasons, criteria,
 * stakeholders and lessons recorded; and how many actions are open or overdue (team-wide, not filtered).
 * Changes with: shared/contract/review.ts (loopHealth).
 */
import type { Summary } from '../../shared/contract/review';
import { periodTotals } from './period-pass';
import { rows, type ReviewQuery } from './scope';

export const actionHealthSql = `
  select count(*) as actionsOpen, coalesce(sum(a.due_on < @today), 0) as actionsOverdue
  from actions a
  where a.deleted_at is null and a.status = 'open'`;

export function loopHealth(q: ReviewQuery): Summary['loopHealth'] {
  // The period's totals count every closed outcome, counted or not, and know which children each case has.
  const { closed, withDebrief, withReasons, withCriteria, withStakeholders, withLessons } = periodTotals(q);
  const [actions] = rows<{ actionsOpen: number; actionsOverdue: number }>(q, actionHealthSql);
  return {
    ...{ closed, withDebrief, withReasons, withCriteria, withStakeholders, withLessons },
    actionsOpen: actions?.actionsOpen ?? 0,
    actionsOverdue: actions?.actionsOverdue ?? 0,
  };
}
