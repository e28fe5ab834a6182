/**
 * 0017 → 0018 with data: one index only, the battlecards' tally of reasons per competitor, side and reason.
 * Every row stays as it was, and the battlecards' reasons are counted in the index's order, without a sort.
 */
import { expect, test } from 'vitest';
import { indexColumns, plan, seedCases, snapshot, stepTo } from './migration-steps';

test('rows stay as they were, and the battlecard reasons are tallied from the new index without a sort', () => {
  const { after, before } = stepTo(18, seedCases);
  const { sqlite } = after;
  const now = snapshot(sqlite);
  for (const table of Object.keys(before)) expect(now[table], table).toEqual(before[table]);
  expect(indexColumns(sqlite, 'derived_review_rival_reasons_tally_idx')).toEqual([
    'competitor_id',
    'won',
    'reason_id',
    'closed_on',
  ]);
  const tally = plan(
    sqlite,
    `select competitor_id, won, reason_id, count(*) from derived_review_rival_reasons
     where closed_on between '2025-01-01' and '2025-12-31' group by competitor_id, won, reason_id`,
  );
  expect(tally).toEqual([
    'SCAN derived_review_rival_reasons USING COVERING INDEX derived_review_rival_reasons_tally_idx',
  ]);
});
