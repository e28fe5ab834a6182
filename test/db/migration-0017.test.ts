/**
 * 0016 → 0017 with data: a stakeholder gains contact details (e-mail, phone, profile link), empty for the people
 * already there, and the people clock triggers are written again so a change of them is stamped for the merge.
 */
import { expect, test } from 'vitest';
import { ids, seedCases, snapshot, stepTo } from './migration-steps';

test('people are kept with empty contact details; a new e-mail is stamped when changed', () => {
  const { after, before } = stepTo(17, seedCases);
  const { sqlite } = after;
  const now = snapshot(sqlite);
  for (const table of Object.keys(before)) {
    if (table === 'people') continue;
    expect(now[table], table).toEqual(before[table]);
  }
  const people = now.people as Record<string, unknown>[];
  expect(people).toHaveLength(before.people!.length);
  for (const [i, person] of people.entries()) {
    expect(person).toEqual({ ...(before.people![i] as object), email: '', phone: '', profile_url: '' });
  }

  sqlite.prepare("update people set email = 'anna@example.com', phone = '+358 40 123' where id = ?").run(ids.anna);
  const stamped = sqlite
    .prepare("select field from sync_field_clocks where tbl = 'people' and row_id = ? and field <> '*' order by field")
    .pluck()
    .all(ids.anna);
  expect(stamped).toEqual(['email', 'phone']);
});
