/**
 * 0002 → 0003 with data: the case facts table arrives empty, every existing case (the trashed one too) is marked
 * stale so the first review computes it, and from then on an edit to any row the facts read marks its case.
 */
import { expect, test } from 'vitest';
import { refreshCaseFacts } from '../../electron/review/case-facts';
import { openDatabase } from '../../electron/db/client';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import {
  allCases,
  childOf,
  ids,
  marksOf,
  seedCases,
  seeded,
  snapshot,
  staleCases,
  stepTo,
  tableSql,
} from './migration-steps';

test('every existing case is marked for its first facts; no row of a case is touched', () => {
  const { after, before } = stepTo(3, seedCases);
  expect(snapshot(after.sqlite)).toEqual(before);
  expect(tableSql(after.sqlite, 'derived_case_facts')).toBeDefined();
  expect(after.sqlite.prepare('select count(*) from derived_case_facts').pluck().get()).toBe(0);
  expect(staleCases(after.sqlite)).toEqual(allCases);
});

test('an edit to any row the facts read marks its case, and only its case', () => {
  const { sqlite } = stepTo(3, seedCases).after;
  const now = '2025-07-01T00:00:00.000Z';

  // Child rows: insert, update, delete each mark the case they belong to.
  expect(
    marksOf(
      sqlite,
      `insert into case_buyer_steps (id, created_at, updated_at, case_id, buyer_step_id, reached_on)
       values ('3e000000-0000-4000-8000-000000000001', ?, ?, ?, ?, '2025-06-10')`,
      now,
      now,
      ids.open,
      seeded.stepRequirements,
    ),
  ).toEqual([ids.open]);
  expect(marksOf(sqlite, 'update case_people set reached = 1 where case_id = ?', ids.lost)).toEqual([ids.lost]);
  expect(marksOf(sqlite, 'delete from interactions where id = ?', childOf(sqlite, 'interactions', ids.won))).toEqual([
    ids.won,
  ]);
  expect(marksOf(sqlite, 'update case_reasons set deleted_at = ? where case_id = ?', now, ids.lost)).toEqual([
    ids.lost,
  ]);
  expect(marksOf(sqlite, 'update case_criteria set our_rating = 3 where case_id = ?', ids.won)).toEqual([ids.won]);
  expect(marksOf(sqlite, 'delete from lessons where case_id = ?', ids.won)).toEqual([ids.won]);
  // A row moved to another case marks both.
  expect(marksOf(sqlite, 'update lessons set case_id = ? where case_id = ?', ids.open, ids.lost).sort()).toEqual(
    [ids.lost, ids.open].sort(),
  );

  // Rows the facts read through a join mark every case that uses them.
  expect(marksOf(sqlite, "update people set buying_role = 'influencer' where id = ?", ids.bo)).toEqual(
    [ids.won, ids.lost].sort(),
  );
  expect(marksOf(sqlite, 'update buyer_steps set position = 9 where id = ?', seeded.stepNeed)).toEqual(
    [ids.won, ids.lost, ids.open].sort(),
  );
  expect(marksOf(sqlite, "update people set title = 'CEO' where id = ?", ids.anna)).toEqual([]);

  // The case itself: a new case, and a new open date; its title is none of the facts' business.
  expect(
    marksOf(
      sqlite,
      `insert into cases (id, created_at, updated_at, title, account_id, value_minor, currency, opened_on, outcome)
       values ('1c000000-0000-4000-8000-000000000009', ?, ?, 'New', ?, 1, 'EUR', '2025-07-01', 'open')`,
      now,
      now,
      ids.acme,
    ),
  ).toEqual(['1c000000-0000-4000-8000-000000000009']);
  expect(marksOf(sqlite, "update cases set opened_on = '2025-01-01' where id = ?", ids.won)).toEqual([ids.won]);
  expect(marksOf(sqlite, "update cases set title = 'Big pumps' where id = ?", ids.won)).toEqual([]);
});

test("the first review after the upgrade computes the existing cases' facts from their rows", () => {
  const { after } = stepTo(3, seedCases);
  const file = after.file;
  after.close();
  // Today's review code reads today's schema: the facts are computed once the file is fully upgraded.
  const latest = openDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
  try {
    expect(refreshCaseFacts(latest.sqlite)).toBe(allCases.length);
    const facts = latest.sqlite
      .prepare('select * from derived_case_facts where case_id in (?, ?) order by case_id')
      .all(ids.won, ids.lost);
    expect(facts).toEqual([
      {
        case_id: ids.won,
        steps: 3,
        step_id: seeded.stepDecision,
        last_step_on: '2025-02-25',
        longest_gap: 24, // 1 Feb → 25 Feb
        reached: 2,
        dm: 1,
        f2f: 1,
        has_reasons: 1,
        has_criteria: 1,
        has_lessons: 1,
        met_before_decision: 1, // Anna on 20 Feb, before the decision step on 25 Feb
        dm_met_before_decision: 1,
      },
      {
        case_id: ids.lost,
        steps: 2,
        step_id: seeded.stepRequirements,
        last_step_on: '2025-03-20',
        longest_gap: 38, // 10 Feb → 20 Mar
        reached: 0,
        dm: 0,
        f2f: 0,
        has_reasons: 1,
        has_criteria: 1,
        has_lessons: 1,
        met_before_decision: 1, // Bo, before the close (no decision step reached)
        dm_met_before_decision: 0,
      },
    ]);
    expect(staleCases(latest.sqlite)).toEqual([]);
  } finally {
    latest.close();
  }
});
