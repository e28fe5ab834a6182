/**
 * Per-case facts the review reads (buyer steps, stakeholders reached, decision maker, face-to-face contact,
 * whether reasons, criteria and lessons were recorded, the people met before the decision), kept in derived_case_facts so a review reads one row
 * per case instead of probing six child tables per case: at 100,000 cases that is most of the review's time.
 * The review rows (review-rows.ts) are refreshed with them, for the same stale cases.
 *
 * Triggers (migrations 0003, 0004, 0006, 0008 and 0021) put a case in derived_case_facts_stale whenever a row its
 * facts or review rows depend on changes; `refreshCaseFacts` recomputes exactly those, so after an edit the next
 * review pays for one case, after an import or a merge for the cases it touched. Nothing else writes these
 * tables: `caseFactsSql` and review-rows.ts are their definitions.
 * Changes with: electron/db/schema/derived.ts, those migrations, review-rows.ts, period-cases.ts, pipeline.ts.
 */
import type Database from 'better-sqlite3';
import { dayTallies } from './day-tallies';
import { markPersonReachStaleSql } from './person-reach';
import { reviewRows } from './review-rows';

/**
 * The decision step: the live step named "Decision" (first by position), else the second to last (the only
 * one of a one-step list), as factors.ts's `decisionCap` counts it. Uncorrelated: evaluated once per refresh.
 */
export const decisionStepSql = `coalesce(
  (select id from buyer_steps where deleted_at is null and name like '%decision%' order by position limit 1),
  (
    select id from buyer_steps where deleted_at is null order by position desc
    limit 1 offset (select count(*) >= 2 from buyer_steps where deleted_at is null)
  )
)`;

/**
 * A case's decision day: the day it reached the decision step, else its close date; open cases have none yet,
 * so everything so far counts. Interactions on that day are not "before": the meeting that signs the contract
 * is on it. Migration 0021's triggers mark the cases when which step is the decision changes.
 */
const decisionDaySql = `coalesce(
  (
    select s.reached_on from case_buyer_steps s
    where s.case_id = c.id and s.deleted_at is null and s.buyer_step_id = ${decisionStepSql}
  ),
  c.closed_on,
  '9999-12-31'
)`;

/** The facts of the cases `where` picks (`c` is cases), one row each. */
export function caseFactsSql(where: string): string {
  return `
    select c.id,
      (select count(*) from case_buyer_steps s where s.case_id = c.id and s.deleted_at is null),
      (
        select s.buyer_step_id from case_buyer_steps s join buyer_steps b on b.id = s.buyer_step_id
        where s.case_id = c.id and s.deleted_at is null and b.deleted_at is null
        order by b.position desc limit 1
      ),
      (select max(s.reached_on) from case_buyer_steps s where s.case_id = c.id and s.deleted_at is null),
      (
        select max(gap) from (
          select julianday(s.reached_on)
            - julianday(coalesce(lag(s.reached_on) over (order by s.reached_on), c.opened_on)) as gap
          from case_buyer_steps s where s.case_id = c.id and s.deleted_at is null
        )
      ),
      (select sum(p.reached) from case_people p where p.case_id = c.id and p.deleted_at is null),
      exists (
        select 1 from case_people p join people pe on pe.id = p.person_id
        where p.case_id = c.id and p.deleted_at is null and p.reached and coalesce(p.buying_role, pe.buying_role) = 'decision_maker'
      ),
      (select max(i.channel = 'face_to_face') from interactions i where i.case_id = c.id and i.deleted_at is null),
      exists (select 1 from case_reasons x where x.case_id = c.id and x.deleted_at is null),
      exists (select 1 from case_criteria x where x.case_id = c.id and x.deleted_at is null),
      exists (select 1 from lessons x where x.case_id = c.id and x.deleted_at is null),
      (
        select case when count(i.person_id) > 0
          then count(distinct case when i.on_date < ${decisionDaySql} then i.person_id end) end
        from interactions i where i.case_id = c.id and i.deleted_at is null
      ),
      (
        select case when count(i.person_id) > 0 then coalesce(max(
          i.on_date < ${decisionDaySql} and coalesce(p.buying_role, pe.buying_role) = 'decision_maker'
        ), 0) end
        from interactions i
        join people pe on pe.id = i.person_id
        left join case_people p on p.case_id = c.id and p.person_id = i.person_id and p.deleted_at is null
        where i.case_id = c.id and i.deleted_at is null
      )
    from cases c
    where ${where}
    order by c.id`;
}

const COLUMNS =
  'case_id, steps, step_id, last_step_on, longest_gap, reached, dm, f2f, has_reasons, has_criteria, has_lessons, ' +
  'met_before_decision, dm_met_before_decision';

export function staleCaseCount(sqlite: Database.Database): number {
  return sqlite.prepare('select count(*) from derived_case_facts_stale').pluck().get() as number;
}

/**
 * Recomputes the stale cases' facts (all of them, or the first `limit` by id); returns how many. Runs in its
 * own transaction (or the caller's), so a review never sees half-refreshed facts. Cheap when nothing changed:
 * one probe of an empty table. A limit lets a rebuild go in chunks that let other writes through between them.
 */
export function refreshCaseFacts(sqlite: Database.Database, limit?: number): number {
  const stale = staleCaseCount(sqlite);
  if (stale === 0) return 0;
  // Within one transaction nothing else writes the stale table, so the ordered prefix is the same set each time.
  const picked = limit === undefined ? '' : ` order by case_id limit ${Math.max(1, Math.floor(limit))}`;
  const staleIds = `select case_id from derived_case_facts_stale${picked}`;
  const stalePicked = `c.id in (${staleIds})`;
  sqlite.transaction(() => {
    sqlite.exec(`insert or replace into derived_case_facts (${COLUMNS}) ${caseFactsSql(stalePicked)}`);
    for (const rows of reviewRows) {
      sqlite.exec(`
        ${rows.beforeDelete?.(staleIds) ?? ''}
        delete from ${rows.table} where ${rows.caseColumn ?? 'case_id'} in (${staleIds});
        insert into ${rows.table} (${rows.columns}) ${rows.select(stalePicked)};
        ${rows.afterInsert?.(staleIds) ?? ''}`);
    }
    sqlite.exec(`delete from derived_case_facts_stale where case_id in (${staleIds})`);
  })();
  return limit === undefined ? stale : Math.min(stale, Math.max(1, Math.floor(limit)));
}

/**
 * Marks every case stale and empties the derived tables: the start of a full rebuild (run in chunks after). The
 * person reach is marked too: a bulk load ran without its triggers as well.
 */
export function markAllCaseFactsStale(sqlite: Database.Database): number {
  sqlite.transaction(() => {
    sqlite.exec(`
      delete from derived_case_facts;
      ${reviewRows.map((rows) => `delete from ${rows.table};`).join('\n')}
      ${dayTallies.map((t) => `delete from ${t.table};`).join('\n')}
      insert or ignore into derived_case_facts_stale (case_id) select id from cases;
      ${markPersonReachStaleSql};`);
  })();
  return staleCaseCount(sqlite);
}

/** Every case's facts from scratch: after a bulk load that ran without the triggers (sample generator). */
export function rebuildCaseFacts(
  sqlite: Database.Database,
  onProgress?: (done: number, total: number) => void,
  chunk = 2_000,
): number {
  const total = markAllCaseFactsStale(sqlite);
  if (!onProgress) return refreshCaseFacts(sqlite);
  let done = 0;
  onProgress(0, total);
  while (done < total) {
    const n = refreshCaseFacts(sqlite, chunk);
    if (n === 0) break;
    done += n;
    onProgress(done, total);
  }
  return done;
}
