/**
 * The stored case facts never drift from their definition: after any sequence of edits — made with plain SQL,
 * as an import, a merge or a hand edit would, so only the triggers can notice — a refresh leaves
 * derived_case_facts equal to computing every case's facts from scratch. Property-based (fast-check): the
 * edits are random, and a failing sequence is shrunk to the shortest one that still breaks it.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { caseFactsSql, rebuildCaseFacts, refreshCaseFacts } from '../../electron/review/case-facts';
import { dayTallies, freshTallySql, storedTallySql } from '../../electron/review/day-tallies';
import { reviewRows, type DerivedRows } from '../../electron/review/review-rows';
import { createFixture } from './fixture';

const STEPS = ['Need recognised', 'Requirements set', 'Vendors shortlisted', 'Evaluated', 'Decision'];
const DAYS = ['2025-04-01', '2025-05-15', '2025-07-01', '2025-09-30'];
const CHANNELS = ['face_to_face', 'email', 'phone'] as const;
const ROLES = ['decision_maker', 'user', 'influencer'] as const;

type Edit =
  | { kind: 'step'; c: number; step: number; day: number }
  | { kind: 'untombstone' | 'tombstone'; table: string; c: number }
  | { kind: 'moveDay'; c: number; day: number }
  | { kind: 'involve'; c: number; p: number; reached: boolean }
  | { kind: 'role'; p: number; role: number }
  | { kind: 'touch'; c: number; channel: number }
  | { kind: 'talk'; c: number; p: number; day: number }
  | { kind: 'moveTalk'; c: number; day: number }
  | { kind: 'reason' | 'rate' | 'lesson'; c: number }
  | { kind: 'opened'; c: number; day: number }
  | { kind: 'reorder'; step: number; position: number }
  | { kind: 'removeStep'; step: number }
  | { kind: 'hardDelete'; table: string; c: number }
  | { kind: 'meet'; c: number; rival: number }
  | { kind: 'outcome'; c: number; outcome: number }
  | { kind: 'winner'; c: number; rival: number | null }
  | { kind: 'closed'; c: number; day: number }
  | { kind: 'deleteCase' | 'restoreCase'; c: number }
  | { kind: 'industry'; account: number; industry: number }
  | { kind: 'moveAccount'; c: number; account: number }
  | { kind: 'edit'; c: number; value: number; offering: string | null };

const children = [
  'case_buyer_steps',
  'case_people',
  'interactions',
  'case_reasons',
  'case_criteria',
  'lessons',
  'case_competitors',
];
const OUTCOMES = ['won', 'lost', 'no_decision', 'withdrawn', 'open'] as const;
const INDUSTRIES = ['Retail', 'Finance', null] as const;
const idx = (n: number) => fc.integer({ min: 0, max: n - 1 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('step' as const), c: idx(3), step: idx(STEPS.length), day: idx(DAYS.length) }),
  fc.record({
    kind: fc.constantFrom('tombstone' as const, 'untombstone' as const),
    table: fc.constantFrom(...children),
    c: idx(3),
  }),
  fc.record({ kind: fc.constant('moveDay' as const), c: idx(3), day: idx(DAYS.length) }),
  fc.record({ kind: fc.constant('involve' as const), c: idx(3), p: idx(3), reached: fc.boolean() }),
  fc.record({ kind: fc.constant('role' as const), p: idx(3), role: idx(ROLES.length) }),
  fc.record({ kind: fc.constant('touch' as const), c: idx(3), channel: idx(CHANNELS.length) }),
  fc.record({ kind: fc.constant('talk' as const), c: idx(3), p: idx(3), day: idx(DAYS.length) }),
  fc.record({ kind: fc.constant('moveTalk' as const), c: idx(3), day: idx(DAYS.length) }),
  fc.record({ kind: fc.constantFrom('reason' as const, 'rate' as const, 'lesson' as const), c: idx(3) }),
  fc.record({ kind: fc.constant('opened' as const), c: idx(3), day: idx(DAYS.length) }),
  fc.record({
    kind: fc.constant('reorder' as const),
    step: idx(STEPS.length),
    position: fc.integer({ min: 0, max: 20 }),
  }),
  fc.record({ kind: fc.constant('removeStep' as const), step: idx(STEPS.length) }),
  fc.record({ kind: fc.constant('hardDelete' as const), table: fc.constantFrom(...children), c: idx(3) }),
  fc.record({ kind: fc.constant('meet' as const), c: idx(3), rival: idx(2) }),
  fc.record({ kind: fc.constant('outcome' as const), c: idx(3), outcome: idx(OUTCOMES.length) }),
  fc.record({ kind: fc.constant('winner' as const), c: idx(3), rival: fc.option(idx(2)) }),
  fc.record({ kind: fc.constant('closed' as const), c: idx(3), day: idx(DAYS.length) }),
  fc.record({ kind: fc.constantFrom('deleteCase' as const, 'restoreCase' as const), c: idx(3) }),
  fc.record({ kind: fc.constant('industry' as const), account: idx(2), industry: idx(INDUSTRIES.length) }),
  fc.record({ kind: fc.constant('moveAccount' as const), c: idx(3), account: idx(2) }),
  fc.record({
    kind: fc.constant('edit' as const),
    c: idx(3),
    value: fc.integer({ min: 0, max: 9 }),
    offering: fc.constantFrom('Pumps', 'Valves', null),
  }),
);

test('after any edits, refreshed facts and review rows equal their definitions computed from scratch', () => {
  fc.assert(
    fc.property(fc.array(fc.array(edit, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (batches) => {
      const f = createFixture();
      const accounts = [f.account('Acme', 'Retail'), f.account('Globex', 'Finance')];
      const account = accounts[0]!;
      const cases = [0, 1, 2].map((i) =>
        f.case({ outcome: i % 2 ? 'lost' : 'won', closedOn: '2025-10-01', openedOn: '2025-03-01', accountId: account }),
      );
      const people = ROLES.map((role) => f.person(account, role));
      const rivals = [f.competitor('Rival A'), f.competitor('Rival B')];
      // Every case starts with something for each kind of edit to change.
      for (const [i, c] of cases.entries()) {
        f.step(c, STEPS[0]!, DAYS[0]!);
        f.step(c, STEPS[3]!, DAYS[2]!);
        f.involve(c, people[0]!, true);
        f.touch(c, 'email');
        f.rate(c, 'Price', 3, 2, 4);
        f.reason(c, 'Price');
        f.met(c, rivals[i % 2]!);
      }
      f.met(cases[1]!, rivals[0]!);
      f.run('update cases set winner_competitor_id = ? where id = ?', rivals[0], cases[1]);
      const sqlite = f.query().sqlite;
      const stepId = (i: number) => f.idOf('buyer_steps', STEPS[i]!);
      /** True when the case has no row in the table yet (so an insert will not collide). */
      const absent = (table: string, c: string) =>
        sqlite.prepare(`select count(*) from ${table} where case_id = ?`).pluck().get(c) === 0;
      const apply = (e: Edit) => {
        const c = cases['c' in e ? e.c : 0]!;
        switch (e.kind) {
          case 'step': {
            // An upsert, as the debrief service writes steps: its conflict policy reaches the triggers.
            sqlite
              .prepare(
                `insert into case_buyer_steps (id, created_at, updated_at, case_id, buyer_step_id, reached_on)
                 values (lower(hex(randomblob(16))), 'x', 'x', ?, ?, ?)
                 on conflict (case_id, buyer_step_id) do update set reached_on = excluded.reached_on, deleted_at = null`,
              )
              .run(c, stepId(e.step), DAYS[e.day]);
            return;
          }
          case 'tombstone':
          case 'untombstone':
            f.run(
              `update ${e.table} set deleted_at = ${e.kind === 'tombstone' ? "'2026-01-01'" : 'null'} where case_id = ?`,
              c,
            );
            return;
          case 'moveDay':
            f.run('update case_buyer_steps set reached_on = ? where case_id = ?', DAYS[e.day], c);
            return;
          case 'involve':
            f.run(
              `insert into case_people (id, created_at, updated_at, case_id, person_id, reached)
               values (lower(hex(randomblob(16))), 'x', 'x', ?, ?, ?)
               on conflict (case_id, person_id) do update set reached = excluded.reached, deleted_at = null`,
              c,
              people[e.p],
              e.reached ? 1 : 0,
            );
            return;
          case 'role':
            f.run('update people set buying_role = ? where id = ?', ROLES[e.role], people[e.p]);
            return;
          case 'touch':
            f.touch(c, CHANNELS[e.channel]!);
            return;
          case 'talk':
            f.meet(c, people[e.p]!, DAYS[e.day]!);
            return;
          case 'moveTalk':
            f.run('update interactions set on_date = ? where case_id = ? and person_id is not null', DAYS[e.day], c);
            return;
          case 'reason':
            // Recorded again after a tombstone: the row comes back rather than a second one being added.
            if (absent('case_reasons', c)) f.reason(c, 'Price');
            else f.run('update case_reasons set deleted_at = null where case_id = ?', c);
            return;
          case 'rate':
            if (absent('case_criteria', c)) f.rate(c, 'Price', 3, 2, 4);
            else f.run('update case_criteria set deleted_at = null where case_id = ?', c);
            return;
          case 'lesson':
            f.lesson(c, 'Something learned', 'worked');
            return;
          case 'opened':
            f.run('update cases set opened_on = ? where id = ?', DAYS[e.day], c);
            return;
          case 'reorder':
            f.run('update buyer_steps set position = ? where id = ?', e.position, stepId(e.step));
            return;
          case 'removeStep':
            f.run("update buyer_steps set deleted_at = '2026-01-01' where id = ?", stepId(e.step));
            return;
          case 'hardDelete':
            f.run(`delete from ${e.table} where case_id = ?`, c);
            return;
          case 'meet':
            f.run(
              `insert into case_competitors (id, created_at, updated_at, case_id, competitor_id)
               values (lower(hex(randomblob(16))), 'x', 'x', ?, ?)
               on conflict (case_id, competitor_id) do update set deleted_at = null`,
              c,
              rivals[e.rival],
            );
            return;
          case 'outcome': {
            const outcome = OUTCOMES[e.outcome]!;
            f.run(
              "update cases set outcome = ?, closed_on = case when ? = 'open' then null else coalesce(closed_on, '2025-10-01') end where id = ?",
              outcome,
              outcome,
              c,
            );
            return;
          }
          case 'winner':
            f.run(
              'update cases set winner_competitor_id = ? where id = ?',
              e.rival === null ? null : rivals[e.rival],
              c,
            );
            return;
          case 'closed':
            f.run('update cases set closed_on = ? where id = ? and closed_on is not null', DAYS[e.day], c);
            return;
          case 'industry':
            f.run('update accounts set industry = ? where id = ?', INDUSTRIES[e.industry], accounts[e.account]);
            return;
          case 'edit':
            f.run('update cases set value_minor = ?, offering = ? where id = ?', e.value * 1000, e.offering, c);
            return;
          case 'moveAccount':
            f.run('update cases set account_id = ? where id = ?', accounts[e.account], c);
            return;
          case 'deleteCase':
          case 'restoreCase':
            f.run('update cases set deleted_at = ? where id = ?', e.kind === 'deleteCase' ? '2026-01-01' : null, c);
            return;
        }
      };
      const fresh = () => sqlite.prepare(caseFactsSql('1')).raw().all();
      const stored = () =>
        sqlite
          .prepare(
            `select case_id, steps, step_id, last_step_on, longest_gap, reached, dm, f2f, has_reasons, has_criteria,
               has_lessons, met_before_decision, dm_met_before_decision from derived_case_facts order by case_id`,
          )
          .raw()
          .all();
      const rowsAsStored = (t: DerivedRows) =>
        sqlite.prepare(`select ${t.columns} from ${t.table} order by ${t.columns}`).raw().all();
      const rowsFresh = (t: DerivedRows) =>
        sqlite
          .prepare(
            `select * from (${t.select('1')}) order by ${t.columns
              .split(', ')
              .map((_, i) => i + 1)
              .join(', ')}`,
          )
          .raw()
          .all();
      for (const batch of batches) {
        batch.forEach(apply);
        refreshCaseFacts(sqlite);
        expect(stored()).toEqual(fresh());
        for (const t of reviewRows) expect(rowsAsStored(t), t.table).toEqual(rowsFresh(t));
        for (const t of dayTallies) {
          expect(sqlite.prepare(storedTallySql(t)).raw().all(), t.table).toEqual(
            sqlite.prepare(freshTallySql(t)).raw().all(),
          );
        }
      }
      expect(sqlite.prepare('select count(*) from derived_case_facts_stale').pluck().get()).toBe(0);
    }),
    { numRuns: 100 },
  );
  // 100 random histories, each replayed on a real file: about 10 s alone, several times that on a busy machine.
}, 90_000);

test('a refresh with nothing stale does no work, and a rebuild recomputes every case', () => {
  const f = createFixture();
  const c = f.case({ outcome: 'won', closedOn: '2025-10-01' });
  const sqlite = f.query().sqlite;
  expect(refreshCaseFacts(sqlite)).toBe(1);
  expect(refreshCaseFacts(sqlite)).toBe(0);
  f.step(c, 'Evaluated', '2025-06-01');
  expect(refreshCaseFacts(sqlite)).toBe(1);
  f.run('delete from derived_case_facts');
  expect(rebuildCaseFacts(sqlite)).toBe(1);
  expect(sqlite.prepare('select steps, step_id from derived_case_facts').get()).toEqual({
    steps: 1,
    step_id: f.idOf('buyer_steps', 'Evaluated'),
  });
});
