/**
 * 0008 → 0009 with data: the closed cases gain their cycle length. Rows a review already wrote keep their
 * values with no length yet, every case is marked, and the next review fills the length in from the case's
 * open and close dates.
 */
import { expect, test } from 'vitest';
import { refreshCaseFacts } from '../../electron/review/case-facts';
import { openDatabase } from '../../electron/db/client';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { allCases, clearStale, ids, seedCases, snapshot, staleCases, stepTo } from './migration-steps';

test('closed-case rows keep their values, get no length yet, and every case is marked', () => {
  let closedBefore: unknown[] = [];
  const { after, before } = stepTo(9, (sqlite) => {
    seedCases(sqlite);
    // A review on the old version left the won case's row behind.
    sqlite
      .prepare(
        `insert into derived_review_closed_cases (closed_on, id, outcome, opened_on, value_minor, currency, debrief,
           account_id, steps, dm, has_reasons, has_criteria, has_lessons)
         select closed_on, id, outcome, opened_on, value_minor, currency, debrief, account_id, 3, 1, 1, 1, 1
         from cases where id = ?`,
      )
      .run(ids.won);
    closedBefore = sqlite.prepare('select * from derived_review_closed_cases').all();
    clearStale(sqlite);
  });
  expect(snapshot(after.sqlite)).toEqual(before);
  const closedAfter = after.sqlite.prepare('select * from derived_review_closed_cases').all();
  expect(closedAfter).toEqual(closedBefore.map((row) => ({ ...(row as object), cycle_days: null })));
  expect(staleCases(after.sqlite)).toEqual(allCases);
});

test('the next review gives every closed case that was there its cycle length in days', () => {
  const { after } = stepTo(9, (sqlite) => {
    seedCases(sqlite);
    clearStale(sqlite);
  });
  const file = after.file;
  after.close();
  const latest = openDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
  try {
    refreshCaseFacts(latest.sqlite);
    const cycles = latest.sqlite.prepare('select id, cycle_days from derived_review_closed_cases order by id').all();
    expect(cycles).toEqual([
      { id: ids.won, cycle_days: 50 }, // 10 Jan → 1 Mar
      { id: ids.lost, cycle_days: 73 }, // 1 Feb → 15 Apr
    ]);
  } finally {
    latest.close();
  }
});
