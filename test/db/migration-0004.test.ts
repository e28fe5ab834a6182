/**
 * 0003 → 0004 with data: the review-row tables arrive empty, every existing case is marked again (their rows
 * are computed at the first review, even where the facts were up to date), and a case's close date, outcome,
 * winner, tombstone and competitors now mark it too.
 */
import { expect, test } from 'vitest';
import {
  allCases,
  childOf,
  clearStale,
  ids,
  marksOf,
  seedCases,
  snapshot,
  staleCases,
  stepTo,
} from './migration-steps';

const reviewTables = [
  'derived_review_ratings',
  'derived_review_rival_ratings',
  'derived_review_rival_reasons',
  'derived_review_rivals',
];

test('a file whose facts were up to date has every case marked for its review rows; no row of a case changes', () => {
  const { after, before } = stepTo(4, (sqlite) => {
    seedCases(sqlite);
    clearStale(sqlite); // a review ran on the old version
  });
  expect(snapshot(after.sqlite)).toEqual(before);
  for (const table of reviewTables) expect(after.sqlite.prepare(`select count(*) from ${table}`).pluck().get()).toBe(0);
  expect(staleCases(after.sqlite)).toEqual(allCases);
});

test('cases already stale stay marked once', () => {
  const { after } = stepTo(4, (sqlite) => {
    seedCases(sqlite);
    clearStale(sqlite);
    sqlite.prepare('insert into derived_case_facts_stale (case_id) values (?)').run(ids.won);
  });
  expect(staleCases(after.sqlite)).toEqual(allCases);
});

test('what the review rows read of a case, and its competitors, mark it', () => {
  const { sqlite } = stepTo(4, seedCases).after;
  const now = '2025-07-01T00:00:00.000Z';
  expect(marksOf(sqlite, "update cases set closed_on = '2025-03-02' where id = ?", ids.won)).toEqual([ids.won]);
  expect(marksOf(sqlite, "update cases set outcome = 'no_decision' where id = ?", ids.lost)).toEqual([ids.lost]);
  expect(marksOf(sqlite, 'update cases set winner_competitor_id = ? where id = ?', ids.other, ids.lost)).toEqual([
    ids.lost,
  ]);
  expect(marksOf(sqlite, 'update cases set deleted_at = null where id = ?', ids.trashed)).toEqual([ids.trashed]);
  // Not yet the title: migration 0008 makes any change to a case mark it.
  expect(marksOf(sqlite, "update cases set title = 'Big pumps' where id = ?", ids.won)).toEqual([]);

  expect(
    marksOf(
      sqlite,
      `insert into case_competitors (id, created_at, updated_at, case_id, competitor_id)
       values ('3e000000-0000-4000-8000-000000000001', ?, ?, ?, ?)`,
      now,
      now,
      ids.open,
      ids.rival,
    ),
  ).toEqual([ids.open]);
  expect(marksOf(sqlite, 'update case_competitors set price_minor = 1 where case_id = ?', ids.won)).toEqual([ids.won]);
  expect(
    marksOf(sqlite, 'delete from case_competitors where id = ?', childOf(sqlite, 'case_competitors', ids.lost)),
  ).toEqual([ids.lost]);
  // 0003's triggers still hold.
  expect(marksOf(sqlite, 'delete from lessons where case_id = ?', ids.won)).toEqual([ids.won]);
});
