/**
 * 0009 → 0010 with data: open cases get an index by value, so the pipeline walks the largest first and stops
 * after the few it lists instead of sorting every open case (the order is the index's: only the id tie-break
 * is sorted). An index only: rows and stale marks stay as they were.
 */
import { expect, test } from 'vitest';
import { clearStale, ids, indexColumns, plan, seedCases, snapshot, staleCases, stepTo } from './migration-steps';

/** The pipeline's walk (electron/review/pipeline.ts names the index, as the planner would pick a wider one). */
const largestOpen = (index: string) => `
  select c.id, c.value_minor from cases c ${index}
  where c.deleted_at is null and c.outcome = 'open'
  order by c.value_minor desc, c.id
  limit 5`;

const walk = 'indexed by cases_open_value_idx';

test('open cases are read largest first from the new index; rows and stale marks are left alone', () => {
  let largestBefore: unknown[] = [];
  const { after, before } = stepTo(10, (sqlite) => {
    seedCases(sqlite);
    sqlite
      .prepare(
        `insert into cases (id, created_at, updated_at, title, account_id, value_minor, currency, opened_on, outcome)
         values ('1c000000-0000-4000-8000-000000000005', '2025-06-02T00:00:00.000Z', '2025-06-02T00:00:00.000Z',
           'Spares', ?, 900000, 'EUR', '2025-06-02', 'open')`,
      )
      .run(ids.acme);
    clearStale(sqlite);
    sqlite.prepare('insert into derived_case_facts_stale (case_id) values (?)').run(ids.won);
    expect(() => sqlite.prepare(largestOpen(walk))).toThrow(/no such index: cases_open_value_idx/);
    largestBefore = sqlite.prepare(largestOpen('')).all();
  });
  expect(snapshot(after.sqlite)).toEqual(before);
  expect(staleCases(after.sqlite)).toEqual([ids.won]);
  expect(indexColumns(after.sqlite, 'cases_open_value_idx')).toEqual(['deleted_at', 'outcome', 'value_minor']);

  const planAfter = plan(after.sqlite, largestOpen(walk));
  expect(planAfter.join('\n')).toMatch(/SEARCH c USING INDEX cases_open_value_idx \(deleted_at=\? AND outcome=\?\)/);
  expect(planAfter.filter((l) => l === 'USE TEMP B-TREE FOR ORDER BY')).toEqual([]);
  expect(after.sqlite.prepare(largestOpen(walk)).all()).toEqual(largestBefore);
  expect(largestBefore).toEqual([
    { id: '1c000000-0000-4000-8000-000000000005', value_minor: 900_000 },
    { id: ids.open, value_minor: 80_000 },
  ]);
});
