/**
 * Loop health: how much of what the review says rests on complete debriefs — of the period's closed cases
 * (every closed outcome, since each deserves a debrief), how many have the debrief done, reasons, criteria,
 * stakeholders and lessons recorded; and how many actions are open or overdue (team-wide, not filtered).
 * Changes with: shared/contract/review.ts (loopHealth).
 */
import type { Summary } from '../../shared/contract/review';
import { periodCases } from './period-cases';
import { rows, type ReviewQuery } from './scope';

/** The period table holds every closed outcome and already knows which children each case has. */
export const debriefHealthSql = (q: ReviewQuery) => `
  select count(*) as closed,
    coalesce(sum(c.debrief = 'done'), 0) as withDebrief,
    coalesce(sum(c.has_reasons), 0) as withReasons,
    coalesce(sum(c.has_criteria), 0) as withCriteria,
    count(c.reached) as withStakeholders,
    coalesce(sum(c.has_lessons), 0) as withLessons
  from ${periodCases(q)} c`;

/** Open actions from actions_status_idx (deleted_at, status, due_on); overdue = due before today. */
export const actionHealthSql = `
  select count(*) as actionsOpen, coalesce(sum(a.due_on < @today), 0) as actionsOverdue
  from actions a
  where a.deleted_at is null and a.status = 'open'`;

export function loopHealth(q: ReviewQuery): Summary['loopHealth'] {
  const [debriefs] = rows<Omit<Summary['loopHealth'], 'actionsOpen' | 'actionsOverdue'>>(q, debriefHealthSql(q));
  const [actions] = rows<{ actionsOpen: number; actionsOverdue: number }>(q, actionHealthSql);
  return {
    closed: debriefs?.closed ?? 0,
    withDebrief: debriefs?.withDebrief ?? 0,
    withReasons: debriefs?.withReasons ?? 0,
    withCriteria: debriefs?.withCriteria ?? 0,
    withStakeholders: debriefs?.withStakeholders ?? 0,
    withLessons: debriefs?.withLessons ?? 0,
    actionsOpen: actions?.actionsOpen ?? 0,
    actionsOverdue: actions?.actionsOverdue ?? 0,
  };
}
