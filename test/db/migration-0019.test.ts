/**
 * 0018 → 0019 with data: the review's day counts get a derived table, filled from the closed cases as they
 * stand, so the first review after the upgrade counts the same days as the query it replaces; the refresh then
 * keeps it equal to the closed cases when a case moves day, outcome or value.
 */
import { expect, test } from 'vitest';
import { refreshCaseFacts } from '../../electron/review/case-facts';
import { reviewDaysFreshSql } from '../../electron/review/review-rows';
import { ids, seedCases, snapshot, stepTo } from './migration-steps';

test('the day counts are backfilled from the closed cases and follow them after an edit', () => {
  const { after, before } = stepTo(19, seedCases);
  const { sqlite } = after;
  const now = snapshot(sqlite);
  for (const table of Object.keys(before)) expect(now[table], table).toEqual(before[table]);

  const days = () =>
    sqlite
      .prepare('select outcome, day, stage_id, currency, n, value_minor from derived_review_days order by 1, 2, 3, 4')
      .raw()
      .all() as unknown[][];
  const fresh = () => sqlite.prepare(reviewDaysFreshSql).raw().all();
  // Backfilled from the closed cases as they stand (the seed's are still stale, so none yet), then refreshed:
  // the seed's won and lost cases, one day each (the open and the trashed one are not closed cases).
  expect(days()).toEqual(fresh());
  refreshCaseFacts(sqlite);
  expect(days()).toEqual(fresh());
  expect(days().map((d) => d.slice(0, 2))).toEqual(
    sqlite
      .prepare('select outcome, closed_on from cases where id in (?, ?) order by 1, 2')
      .raw()
      .all(ids.won, ids.lost),
  );

  // The lost case is won after all, later and for more: its old day is emptied and removed, its new one counted.
  sqlite
    .prepare("update cases set outcome = 'won', closed_on = '2026-11-30', value_minor = value_minor + 500 where id = ?")
    .run(ids.lost);
  refreshCaseFacts(sqlite);
  expect(days()).toEqual(fresh());
  expect(days().filter((d) => d[0] === 'lost')).toEqual([]);
  expect(days().find((d) => d[1] === '2026-11-30')?.[4]).toBe(1);

  sqlite.prepare("update cases set deleted_at = '2026-12-01T00:00:00.000Z' where id = ?").run(ids.won);
  refreshCaseFacts(sqlite);
  expect(days()).toEqual(fresh());
  expect(days()).toHaveLength(1);
});
