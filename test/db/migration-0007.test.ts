/**
 * 0006 → 0007 with data: the index of closed cases widens to cover what the period count reads (stage,
 * currency, value). An index only: every row stays as it was, no case is marked, and the count that used to
 * visit each case's row now reads the index alone.
 */
import { expect, test } from 'vitest';
import { clearStale, ids, indexColumns, plan, seedCases, snapshot, staleCases, stepTo } from './migration-steps';

const periodCount = `
  select c.outcome, c.closed_on, c.stage_id, count(*), sum(case when c.currency = 'EUR' then c.value_minor else 0 end)
  from cases c indexed by cases_live_closed_idx
  where c.deleted_at is null and c.outcome in ('won', 'lost', 'no_decision') and c.closed_on <= '2025-12-31'
  group by c.outcome, c.closed_on, c.stage_id`;

test('the closed-cases index covers the period count; rows and stale marks are left alone', () => {
  let planBefore: string[] = [];
  let countBefore: unknown[] = [];
  const { after, before } = stepTo(7, (sqlite) => {
    seedCases(sqlite);
    clearStale(sqlite);
    sqlite.prepare('insert into derived_case_facts_stale (case_id) values (?)').run(ids.open);
    expect(indexColumns(sqlite, 'cases_live_closed_idx')).toEqual(['deleted_at', 'outcome', 'closed_on']);
    planBefore = plan(sqlite, periodCount);
    countBefore = sqlite.prepare(periodCount).raw().all();
  });
  expect(snapshot(after.sqlite)).toEqual(before);
  expect(staleCases(after.sqlite)).toEqual([ids.open]);
  expect(indexColumns(after.sqlite, 'cases_live_closed_idx')).toEqual([
    'deleted_at',
    'outcome',
    'closed_on',
    'stage_id',
    'currency',
    'value_minor',
  ]);
  expect(planBefore.join('\n')).toMatch(/SEARCH c USING INDEX cases_live_closed_idx/);
  expect(plan(after.sqlite, periodCount).join('\n')).toMatch(/SEARCH c USING COVERING INDEX cases_live_closed_idx/);
  expect(after.sqlite.prepare(periodCount).raw().all()).toEqual(countBefore);
  expect(countBefore).toHaveLength(2); // the won and the lost case; the trashed one is not counted
});
