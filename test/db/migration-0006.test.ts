/**
 * 0005 → 0006 with data: lesson, loss-reason and segment rows arrive empty, every existing case is marked to
 * have them computed, and a case's account, or that account's industry, now marks it too.
 */
import { expect, test } from 'vitest';
import { allCases, clearStale, ids, marksOf, seedCases, snapshot, staleCases, stepTo } from './migration-steps';

test('every case of a file reviewed on the old version is marked for its new review rows', () => {
  const { after, before } = stepTo(6, (sqlite) => {
    seedCases(sqlite);
    clearStale(sqlite);
  });
  expect(snapshot(after.sqlite)).toEqual(before);
  for (const table of ['derived_review_lessons', 'derived_review_loss_reasons', 'derived_review_segments'])
    expect(after.sqlite.prepare(`select count(*) from ${table}`).pluck().get()).toBe(0);
  expect(staleCases(after.sqlite)).toEqual(allCases);
});

test("a case moved to another account, or its account's industry, marks it", () => {
  const { sqlite } = stepTo(6, seedCases).after;
  expect(marksOf(sqlite, 'update cases set account_id = ? where id = ?', ids.beta, ids.won)).toEqual([ids.won]);
  // Every case of the account, the trashed one too (restoring it must not bring back a stale segment).
  expect(marksOf(sqlite, "update accounts set industry = 'Energy' where id = ?", ids.beta)).toEqual(
    [ids.won, ids.open, ids.trashed].sort(),
  );
  expect(marksOf(sqlite, 'update accounts set industry = null where id = ?', ids.acme)).toEqual([ids.lost]);
  // The name is not part of a segment.
  expect(marksOf(sqlite, "update accounts set name = 'Acme Group' where id = ?", ids.acme)).toEqual([]);
});
