/**
 * 0007 → 0008 with data: the closed cases table arrives empty, every existing case is marked, and the three
 * column-by-column triggers on cases (0003, 0004, 0006) give way to one: any change to a case marks it, since
 * the closed cases copy most of its columns.
 */
import { expect, test } from 'vitest';
import {
  allCases,
  clearStale,
  ids,
  marksOf,
  seedCases,
  seeded,
  snapshot,
  staleCases,
  stepTo,
  triggerNames,
} from './migration-steps';

test('every case is marked for its closed-case row; the per-column case triggers are replaced by one', () => {
  let triggersBefore: string[] = [];
  const { after, before } = stepTo(8, (sqlite) => {
    seedCases(sqlite);
    clearStale(sqlite);
    triggersBefore = triggerNames(sqlite);
  });
  expect(snapshot(after.sqlite)).toEqual(before);
  expect(after.sqlite.prepare('select count(*) from derived_review_closed_cases').pluck().get()).toBe(0);
  expect(staleCases(after.sqlite)).toEqual(allCases);
  const replaced = ['cases_facts_opened', 'cases_review_account', 'cases_review_rows'];
  expect(triggersBefore).toEqual(expect.arrayContaining(replaced));
  expect(triggerNames(after.sqlite)).toEqual(
    [...triggersBefore.filter((t) => !replaced.includes(t)), 'cases_review_any'].sort(),
  );
});

test('any change to a case marks it, what the old triggers watched and what they did not', () => {
  const { sqlite } = stepTo(8, seedCases).after;
  // The triggers on other tables are untouched.
  expect(marksOf(sqlite, "update accounts set industry = 'Energy' where id = ?", ids.acme)).toEqual(
    [ids.won, ids.lost].sort(),
  );
  expect(marksOf(sqlite, 'delete from case_competitors where case_id = ?', ids.won)).toEqual([ids.won]);
  for (const [column, value] of [
    ['opened_on', '2025-01-01'], // was cases_facts_opened
    ['closed_on', '2025-03-05'], // was cases_review_rows
    ['winner_competitor_id', ids.other], // was cases_review_rows
    ['account_id', ids.beta], // was cases_review_account
    ['title', 'Big pumps'], // copied by none of those, read by the closed cases
    ['value_minor', 600_000],
    ['stage_id', seeded.stageProposal],
    ['offering', 'Service'],
  ] as const) {
    expect(marksOf(sqlite, `update cases set ${column} = ? where id = ?`, value, ids.lost), column).toEqual([ids.lost]);
  }
});
