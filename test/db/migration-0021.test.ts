/**
 * 0020 → 0021 with data: the case facts gain the people met before the decision. Nothing people wrote changes,
 * every case is marked, the next review computes the new facts from the interactions as they stand, and a change
 * to which buyer step is the decision marks the cases with steps recorded.
 */
import { expect, test } from 'vitest';
import { refreshCaseFacts } from '../../electron/review/case-facts';
import {
  allCases,
  clearStale,
  ids,
  indexColumns,
  journalIndex,
  marksOf,
  plan,
  seeded,
  seedCases,
  snapshot,
  staleCases,
  stepTo,
} from './migration-steps';

const TAG = '0021_met_before_decision';
const step = () =>
  stepTo(
    journalIndex(TAG),
    (sqlite) => {
      seedCases(sqlite);
      clearStale(sqlite);
    },
    TAG,
  );

test('rows are kept, every case is marked, and the next review computes who was met before the decision', () => {
  const { after, before } = step();
  const { sqlite } = after;
  expect(snapshot(sqlite)).toEqual(before);
  expect(staleCases(sqlite)).toEqual(allCases);
  expect(indexColumns(sqlite, 'interactions_met_idx')).toEqual(['case_id', 'deleted_at', 'person_id', 'on_date']);
  refreshCaseFacts(sqlite);
  const facts = () =>
    sqlite
      .prepare(
        'select case_id, met_before_decision as met, dm_met_before_decision as dm from derived_case_facts where case_id in (?, ?) order by case_id',
      )
      .all(ids.won, ids.lost);
  // The won case met Anna (its decision maker) on 20 Feb, before its decision step on 25 Feb; the lost case met
  // Bo before its close.
  expect(facts()).toEqual([
    { case_id: ids.won, met: 1, dm: 1 },
    { case_id: ids.lost, met: 1, dm: 0 },
  ]);
  // The period's closed cases carry the same two facts, so the review reads them in place.
  expect(
    sqlite
      .prepare(
        'select id as case_id, met_before_decision as met, dm_met_before_decision as dm from derived_review_closed_cases where id in (?, ?) order by id',
      )
      .all(ids.won, ids.lost),
  ).toEqual(facts());
  // The meeting moved to the decision day itself is no longer before it: the edit marks the case.
  expect(
    marksOf(
      sqlite,
      "update interactions set on_date = '2025-02-25' where case_id = ? and person_id = ?",
      ids.won,
      ids.anna,
    ),
  ).toEqual([ids.won]);
  refreshCaseFacts(sqlite);
  expect(facts()[0]).toEqual({ case_id: ids.won, met: 0, dm: 0 });
});

test('renaming, moving, adding or removing a buyer step marks the cases with steps; a name saved unchanged does not', () => {
  const { sqlite } = step().after;
  const withSteps = [ids.won, ids.lost, ids.open].sort();
  expect(marksOf(sqlite, "update buyer_steps set name = 'Verdict' where id = ?", seeded.stepDecision)).toEqual(
    withSteps,
  );
  expect(marksOf(sqlite, 'update buyer_steps set position = position + 10 where id = ?', seeded.stepNeed)).toEqual(
    withSteps,
  );
  expect(
    marksOf(sqlite, "update buyer_steps set deleted_at = '2026-01-01T00:00:00.000Z' where id = ?", seeded.stepNeed),
  ).toEqual(withSteps);
  expect(
    marksOf(
      sqlite,
      `insert into buyer_steps (id, created_at, updated_at, name, position)
       values ('b5000000-0000-4000-8000-000000000001', 'x', 'x', 'Contract signed', 99)`,
    ),
  ).toEqual(withSteps);
  expect(marksOf(sqlite, 'update buyer_steps set name = name where id = ?', seeded.stepNeed)).toEqual([]);
  // The facts read the interactions of a case from the new index alone.
  expect(
    plan(
      sqlite,
      "select count(distinct person_id) from interactions where case_id = 'x' and deleted_at is null and on_date < '2025-01-01'",
    ).join('\n'),
  ).toContain('COVERING INDEX interactions_met_idx');
});
