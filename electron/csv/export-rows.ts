/**
 * The rows CSV out writes, read straight from the database: live cases with their names (the primary lost
 * reason and the first competitor met, so a round trip keeps them), lessons with their case, actions with
 * their owner and lesson count. csv-out.ts turns them into text.
 * Changes with: csv-out.ts, electron/cli/commands/csv-export.ts.
 */
import type Database from 'better-sqlite3';
import { actionsCsv, casesCsv, lessonsCsv, type ActionCsvRow, type CaseCsvRow, type LessonCsvRow } from './csv-out';

export const exportKinds = ['cases', 'lessons', 'actions'] as const;
export type ExportKind = (typeof exportKinds)[number];

export function exportCsv(sqlite: Database.Database, what: ExportKind): { csv: string; rows: number } {
  if (what === 'cases') {
    const rows = sqlite
      .prepare(
        `select c.id, c.title, a.name as accountName, m.name as ownerName, c.offering, s.name as stageName, c.outcome,
           c.value_minor as valueMinor, c.currency, c.opened_on as openedOn, c.expected_close_on as expectedCloseOn,
           c.closed_on as closedOn,
           (select r.name from case_reasons x join reasons r on r.id = x.reason_id
             where x.case_id = c.id and x.deleted_at is null order by x.is_primary desc, r.name limit 1) as lostReason,
           (select k.name from case_competitors x join competitors k on k.id = x.competitor_id
             where x.case_id = c.id and x.deleted_at is null order by k.name limit 1) as competitor
         from cases c join accounts a on a.id = c.account_id
           left join team_members m on m.id = c.owner_id left join stages s on s.id = c.stage_id
         where c.deleted_at is null order by c.opened_on, c.id`,
      )
      .all() as CaseCsvRow[];
    // A won case's reasons are why we won: only a loss reason goes in the Lost Reason column.
    for (const r of rows) if (r.outcome === 'won' || r.outcome === 'open') r.lostReason = null;
    return { csv: casesCsv(rows), rows: rows.length };
  }
  if (what === 'lessons') {
    const rows = sqlite
      .prepare(
        `select l.id, l.case_id as caseId, c.title as caseTitle, l.kind, l.tag_kind as tag, l.text,
           substr(l.created_at, 1, 10) as createdOn
         from lessons l join cases c on c.id = l.case_id where l.deleted_at is null order by l.created_at, l.id`,
      )
      .all() as LessonCsvRow[];
    return { csv: lessonsCsv(rows), rows: rows.length };
  }
  const rows = sqlite
    .prepare(
      `select a.id, a.title, a.kind, m.name as ownerName, a.due_on as dueOn, a.status, a.done_on as doneOn,
         a.scope || coalesce(':' || a.scope_value, '') as scope,
         (select count(*) from action_lessons x where x.action_id = a.id and x.deleted_at is null) as lessonCount
       from actions a left join team_members m on m.id = a.owner_id where a.deleted_at is null
       order by a.created_at, a.id`,
    )
    .all() as ActionCsvRow[];
  return { csv: actionsCsv(rows), rows: rows.length };
}
