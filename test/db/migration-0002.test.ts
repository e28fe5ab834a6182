/**
 * 0001 → 0002 with data: the review's indexes. Indexes only: every row stays as it was, and each index holds
 * the columns the review reads, in the order its searches need.
 */
import { expect, test } from 'vitest';
import { indexColumns, plan, seedCases, snapshot, stepTo } from './migration-steps';

test('the review indexes arrive over existing rows, which stay as they were', () => {
  const { after, before } = stepTo(2, seedCases);
  expect(snapshot(after.sqlite)).toEqual(before);
  expect(indexColumns(after.sqlite, 'accounts_industry_idx')).toEqual(['industry']);
  expect(indexColumns(after.sqlite, 'case_people_review_idx')).toEqual([
    'case_id',
    'deleted_at',
    'reached',
    'person_id',
  ]);
  expect(indexColumns(after.sqlite, 'cases_review_idx').slice(0, 4)).toEqual([
    'deleted_at',
    'outcome',
    'closed_on',
    'id',
  ]);
  // A case's live ratings are read from the index alone.
  expect(
    plan(
      after.sqlite,
      `select criterion_id, importance, our_rating, rival_rating from case_criteria
       where case_id = 'x' and deleted_at is null`,
    ),
  ).toEqual(['SEARCH case_criteria USING COVERING INDEX case_criteria_review_idx (case_id=? AND deleted_at=?)']);
});
