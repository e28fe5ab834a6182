/**
 * 0014 → 0015 with data: the clock triggers of the merged tables that gained columns after 0011 (a case's next
 * step, a stakeholder's side and motivation, a person's role in one case) are written again, and person_links,
 * new in 0014, gets its own. Rows stay as they were; from now on a change of those columns carries a stamp, so a
 * merge keeps the later edit instead of losing it.
 */
import type Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { ids, seedCases, snapshot, stepTo } from './migration-steps';

const stampedFields = (sqlite: Database.Database, table: string, id: string) =>
  (
    sqlite
      .prepare('select field from sync_field_clocks where tbl = ? and row_id = ? order by field')
      .pluck()
      .all(table, id) as string[]
  ).filter((f) => f !== '*');

test('rows are kept; the next step, a motivation, a per-case role and an informal link are stamped when changed', () => {
  const { after, before } = stepTo(15, seedCases);
  const { sqlite } = after;
  const now = snapshot(sqlite);
  for (const table of Object.keys(before)) expect(now[table], table).toEqual(before[table]);

  sqlite.prepare("update cases set next_step = 'Call the CFO', next_step_on = '2026-12-10' where id = ?").run(ids.open);
  expect(stampedFields(sqlite, 'cases', ids.open)).toEqual(['next_step', 'next_step_on']);

  sqlite
    .prepare("update people set motivation = 'Wants fewer suppliers', side = 'stakeholder' where id = ?")
    .run(ids.anna);
  expect(stampedFields(sqlite, 'people', ids.anna)).toEqual(['motivation']);

  const casePerson = sqlite
    .prepare('select id from case_people where case_id = ? limit 1')
    .pluck()
    .get(ids.won) as string;
  sqlite.prepare("update case_people set buying_role = 'influencer' where id = ?").run(casePerson);
  expect(stampedFields(sqlite, 'case_people', casePerson)).toEqual(['buying_role']);

  const link = '0e000000-0000-4000-8000-000000000001';
  sqlite
    .prepare(
      `insert into person_links (id, created_at, updated_at, from_id, to_id, kind, strength)
       values (?, '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', ?, ?, 'influences', 2)`,
    )
    .run(link, ids.anna, ids.bo);
  expect(
    sqlite
      .prepare("select count(*) from sync_field_clocks where tbl = 'person_links' and row_id = ? and field = '*'")
      .pluck()
      .get(link),
  ).toBe(1);
  sqlite.prepare('update person_links set strength = 3 where id = ?').run(link);
  expect(stampedFields(sqlite, 'person_links', link)).toEqual(['strength']);
});
