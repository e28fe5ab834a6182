/**
 * 0012 → 0013 with data: the CSV import's own tables (history, journal, saved mappings, the lost-reason map)
 * arrive empty; every existing row and stale mark stays as it was, and the journal refuses an orphan entry.
 */
import { expect, test } from 'vitest';
import { clearStale, ids, seedCases, seeded, snapshot, staleCases, stepTo } from './migration-steps';

test('the import tables arrive empty and linked; existing rows and stale marks are untouched', () => {
  const { after, before } = stepTo(13, (sqlite) => {
    seedCases(sqlite);
    clearStale(sqlite);
    sqlite.prepare('insert into derived_case_facts_stale (case_id) values (?)').run(ids.won);
    expect(() => sqlite.prepare('select * from imports')).toThrow(/no such table: imports/);
  });
  const now = snapshot(after.sqlite);
  const added = ['csv_mappings', 'import_changes', 'import_reason_map', 'imports'];
  for (const table of added) expect(now[table], table).toEqual([]);
  expect(Object.fromEntries(Object.entries(now).filter(([t]) => !added.includes(t)))).toEqual(before);
  expect(staleCases(after.sqlite)).toEqual([ids.won]);

  const db = after.sqlite;
  db.prepare(
    `insert into imports (id, started_at, status, file_name, file_hash, signature, format, mapping)
     values ('i1', '2026-01-01T00:00:00.000Z', 'done', 'deals.csv', 'abc', 'sig', 'pipedrive', '{}')`,
  ).run();
  db.prepare(`insert into import_changes (import_id, entity, row_id, action) values ('i1', 'cases', ?, 'created')`).run(
    ids.won,
  );
  expect(db.prepare('select rows_read, rejects, created from imports').get()).toEqual({
    rows_read: 0,
    rejects: '[]',
    created: '{}',
  });
  expect(() =>
    db
      .prepare(
        `insert into import_changes (import_id, entity, row_id, action) values ('nope', 'cases', 'x', 'created')`,
      )
      .run(),
  ).toThrow(/FOREIGN KEY/);
  db.prepare(
    `insert into import_reason_map (key, imported_name, reason_id) values ('too pricey', 'Too pricey', ?)`,
  ).run(seeded.reasonPrice);
  expect(() =>
    db
      .prepare(`insert into import_reason_map (key, imported_name, reason_id) values ('x', 'X', 'no-such-reason')`)
      .run(),
  ).toThrow(/FOREIGN KEY/);
});
