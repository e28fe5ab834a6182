/**
 * 0004 → 0005 with data: the case facts move into a WITHOUT ROWID table. They are derived, so the old rows are
 * dropped rather than copied and every case is marked to be computed again; the triggers of 0003 and 0004,
 * which write the stale marks and not the facts, keep working.
 */
import type Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import {
  allCases,
  clearStale,
  ids,
  marksOf,
  seedCases,
  snapshot,
  staleCases,
  stepTo,
  tableSql,
  triggerNames,
} from './migration-steps';

/** Facts as a review on the old version left them. */
function factsComputed(sqlite: Database.Database): void {
  seedCases(sqlite);
  const insert = sqlite.prepare(
    `insert into derived_case_facts (case_id, steps, step_id, last_step_on, longest_gap, reached, dm, f2f,
       has_reasons, has_criteria, has_lessons) values (?, 1, null, null, null, 0, 0, 0, 0, 0, 0)`,
  );
  for (const id of allCases) insert.run(id);
  clearStale(sqlite);
}

test('the facts table is rebuilt without rowids and emptied; every case is marked to be computed again', () => {
  let triggersBefore: string[] = [];
  const { after, before } = stepTo(5, (sqlite) => {
    factsComputed(sqlite);
    expect(tableSql(sqlite, 'derived_case_facts')).not.toMatch(/WITHOUT ROWID/);
    triggersBefore = triggerNames(sqlite);
  });
  expect(snapshot(after.sqlite)).toEqual(before);
  expect(tableSql(after.sqlite, 'derived_case_facts')).toMatch(/\) WITHOUT ROWID$/);
  expect(after.sqlite.prepare('select count(*) from derived_case_facts').pluck().get()).toBe(0);
  expect(staleCases(after.sqlite)).toEqual(allCases);
  expect(triggerNames(after.sqlite)).toEqual(triggersBefore);
  expect(triggersBefore.length).toBeGreaterThan(20);
});

test('the triggers of 0003 and 0004 still mark cases', () => {
  const { sqlite } = stepTo(5, factsComputed).after;
  expect(marksOf(sqlite, 'update case_people set reached = 1 where case_id = ?', ids.lost)).toEqual([ids.lost]);
  expect(marksOf(sqlite, "update cases set outcome = 'won' where id = ?", ids.lost)).toEqual([ids.lost]);
  expect(marksOf(sqlite, 'delete from case_competitors where case_id = ?', ids.won)).toEqual([ids.won]);
});
