/**
 * 0015 → 0016 with data: the person reach and the deciders of every decided case are backfilled, so the first
 * review after the upgrade says the same about routes as the query it replaces, with nothing to recompute; then a
 * relationship, a link or a member marks the reach stale, and deleting a person marks their cases.
 */
import { expect, test } from 'vitest';
import { refreshPersonReach } from '../../electron/review/person-reach';
import { ids, marksOf, seedCases, snapshot, stepTo } from './migration-steps';

test('deciders are backfilled, the reach is computed once, and edits mark what they change', () => {
  const { after, before } = stepTo(16, seedCases);
  const { sqlite } = after;
  const now = snapshot(sqlite);
  for (const table of Object.keys(before)) expect(now[table], table).toEqual(before[table]);

  // Anna decides on the won case (her usual role); nobody is a decider on the lost one.
  const deciders = () =>
    sqlite.prepare('select case_id, person_id, outcome, routed, covered from derived_review_deciders').all();
  expect(deciders()).toEqual([{ case_id: ids.won, person_id: ids.anna, outcome: 'won', routed: 0, covered: 0 }]);
  expect(refreshPersonReach(sqlite)).toBe(false);

  // Maja knows Anna well: after the refresh the decider row says so, and nothing is stale.
  sqlite
    .prepare(
      `insert into relationships (id, created_at, updated_at, member_id, person_id, strength)
       values ('0f000000-0000-4000-8000-000000000001', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', ?, ?, 3)`,
    )
    .run(ids.me, ids.anna);
  expect(refreshPersonReach(sqlite)).toBe(true);
  expect(deciders()).toEqual([{ case_id: ids.won, person_id: ids.anna, outcome: 'won', routed: 1, covered: 1 }]);
  expect(refreshPersonReach(sqlite)).toBe(false);

  sqlite.prepare('update relationships set strength = 1').run();
  expect(refreshPersonReach(sqlite)).toBe(true);
  expect(deciders()).toEqual([{ case_id: ids.won, person_id: ids.anna, outcome: 'won', routed: 1, covered: 0 }]);

  sqlite.prepare("update team_members set deleted_at = '2026-12-02T00:00:00.000Z' where id = ?").run(ids.me);
  expect(refreshPersonReach(sqlite)).toBe(true);
  expect(deciders()).toEqual([{ case_id: ids.won, person_id: ids.anna, outcome: 'won', routed: 0, covered: 0 }]);

  expect(marksOf(sqlite, "update people set deleted_at = '2026-12-02T00:00:00.000Z' where id = ?", ids.anna)).toEqual(
    [ids.won].sort(),
  );
});
