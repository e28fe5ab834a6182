/**
 * 0013 → 0014 with data: stakeholders get a side (stakeholder or connector), a motivation, its tags and the
 * criteria they weigh; a case's people get their role in that case; informal links get their own merge-ready
 * table. Columns and a table only: every row stays as it was, with the new columns at their defaults, and the
 * review's "decision maker reached" reads the same until a case gives someone another role.
 */
import { expect, test } from 'vitest';
import { caseFactsSql } from '../../electron/review/case-facts';
import { ids, indexColumns, seedCases, snapshot, stepTo } from './migration-steps';

const newPeopleColumns = ['side', 'connector_kind', 'motivation', 'motivation_tags', 'weighed_criteria'];
const without = (rows: unknown[], columns: string[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r as object).filter(([k]) => !columns.includes(k))));
const dmOf = (sqlite: Parameters<typeof snapshot>[0], caseId: string) =>
  (sqlite.prepare(caseFactsSql('c.id = ?')).raw().get(caseId) as unknown[])[6];

test('rows stay as they were, the new columns hold their defaults, and links have a merge-ready table', () => {
  const { after, before } = stepTo(14, (sqlite) => seedCases(sqlite));
  const { sqlite } = after;
  const now = snapshot(sqlite);
  for (const table of Object.keys(before)) {
    if (table === 'people') expect(without(now.people ?? [], newPeopleColumns)).toEqual(before.people);
    else if (table === 'case_people')
      expect(without(now.case_people ?? [], ['buying_role'])).toEqual(before.case_people);
    else expect(now[table], table).toEqual(before[table]);
  }
  const anna = sqlite.prepare('select * from people where id = ?').get(ids.anna) as Record<string, unknown>;
  expect(anna).toMatchObject({
    side: 'stakeholder',
    connector_kind: null,
    motivation: '',
    motivation_tags: '[]',
    weighed_criteria: '[]',
  });
  expect(sqlite.prepare('select distinct buying_role from case_people').pluck().all()).toEqual([null]);
  expect(now.person_links).toEqual([]);
  expect(indexColumns(sqlite, 'person_links_unique')).toEqual(['from_id', 'to_id', 'kind']);

  // Anna was reached as the decision maker in the won case; a per-case role says otherwise, and the fact follows.
  expect(dmOf(sqlite, ids.won)).toBe(1);
  sqlite
    .prepare("update case_people set buying_role = 'influencer' where case_id = ? and person_id = ?")
    .run(ids.won, ids.anna);
  expect(dmOf(sqlite, ids.won)).toBe(0);
  sqlite
    .prepare("update case_people set buying_role = 'decision_maker' where case_id = ? and person_id = ?")
    .run(ids.won, ids.bo);
  expect(dmOf(sqlite, ids.won)).toBe(1);

  const link = (id: string) =>
    sqlite
      .prepare(
        `insert into person_links (id, created_at, updated_at, from_id, to_id, kind, strength)
         values (?, '2025-06-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z', ?, ?, 'influences', 2)`,
      )
      .run(id, ids.bo, ids.anna);
  link('3b000000-0000-4000-8000-000000000001');
  expect(() => link('3b000000-0000-4000-8000-000000000002')).toThrow(/UNIQUE/);
  expect(() =>
    sqlite
      .prepare(
        `insert into person_links (id, created_at, updated_at, from_id, to_id, kind, strength)
         values ('3b000000-0000-4000-8000-000000000003', 'x', 'x', ?, '0d000000-0000-4000-8000-00000000ffff', 'trusts', 1)`,
      )
      .run(ids.bo),
  ).toThrow(/FOREIGN KEY/);
});
