/**
 * 0011 → 0012 with data: open cases get a next step and its date, Today reads them (and expected closes) from
 * their own indexes, and "find anything" gets its FTS5 index over cases, accounts, people, lessons and actions,
 * filled from the rows already there (trashed ones left out) and kept current by triggers afterwards.
 */
import { expect, test } from 'vitest';
import { ftsQuery } from '../../shared/search/fts-query';
import { matchSearchIndex, rebuildSearchIndex } from '../../electron/review/search-index';
import { ids, indexColumns, plan, seedCases, snapshot, stepTo } from './migration-steps';

const find = (sqlite: Parameters<typeof matchSearchIndex>[0], text: string) =>
  matchSearchIndex(sqlite, ftsQuery(text)!, 20)
    .map((h) => `${h.kind}:${h.refId}`)
    .sort();

test('rows stay as they were, the new columns are empty, and everything already there can be found', () => {
  const { after, before } = stepTo(12, (sqlite) => {
    seedCases(sqlite);
    sqlite
      .prepare(
        `insert into actions (id, created_at, updated_at, title, kind, due_on) values
       ('3a000000-0000-4000-8000-000000000001', '2025-06-01T10:00:00.000Z', '2025-06-01T10:00:00.000Z',
        'Rework the price sheet', 'preventive', '2025-07-01')`,
      )
      .run();
  });
  const { sqlite } = after;
  const now = snapshot(sqlite);
  const withoutNew = (rows: unknown[]) =>
    rows.map((r) => {
      const { next_step, next_step_on, ...rest } = r as Record<string, unknown>;
      expect([next_step, next_step_on]).toEqual([null, null]);
      return rest;
    });
  expect({ ...now, cases: withoutNew(now.cases ?? []) }).toEqual(before);

  expect(indexColumns(sqlite, 'cases_next_step_idx')).toEqual(['deleted_at', 'outcome', 'next_step_on']);
  expect(indexColumns(sqlite, 'cases_expected_close_idx')).toEqual(['deleted_at', 'outcome', 'expected_close_on']);
  const due = `select id from cases where deleted_at is null and outcome = 'open' and next_step_on <= '2026-01-01'`;
  expect(plan(sqlite, due).join('\n')).toMatch(/USING INDEX cases_next_step_idx/);

  expect(find(sqlite, 'filters')).toEqual([`case:${ids.open}`]);
  expect(find(sqlite, 'acme')).toEqual([`account:${ids.acme}`]);
  expect(find(sqlite, 'manufact')).toEqual([`account:${ids.acme}`]);
  expect(find(sqlite, 'cem')).toEqual([`person:${ids.cem}`]);
  expect(find(sqlite, 'ownership price')).toHaveLength(1);
  expect(find(sqlite, 'ownership')[0]).toMatch(/^lesson:/);
  expect(find(sqlite, 'price sheet')).toEqual(['action:3a000000-0000-4000-8000-000000000001']);
  // The case in the trash is not found.
  expect(find(sqlite, 'old deal')).toEqual([]);
});

test('triggers keep the index current on insert, edit, trash, restore and delete, as a rebuild would', () => {
  const { after } = stepTo(12, seedCases);
  const { sqlite } = after;
  sqlite
    .prepare(`update cases set next_step = 'Call Cem about the pilot', next_step_on = '2025-06-10' where id = ?`)
    .run(ids.open);
  expect(find(sqlite, 'pilot')).toEqual([`case:${ids.open}`]);
  sqlite.prepare(`update cases set title = 'Air filters' where id = ?`).run(ids.open);
  expect(find(sqlite, 'air')).toEqual([`case:${ids.open}`]);
  sqlite.prepare(`update people set name = 'Cemil' where id = ?`).run(ids.cem);
  expect(find(sqlite, 'cemil')).toEqual([`person:${ids.cem}`]);
  sqlite.prepare(`update accounts set deleted_at = '2025-07-01T00:00:00.000Z' where id = ?`).run(ids.beta);
  expect(find(sqlite, 'beta')).toEqual([]);
  sqlite.prepare(`update accounts set deleted_at = null where id = ?`).run(ids.beta);
  expect(find(sqlite, 'beta')).toEqual([`account:${ids.beta}`]);
  sqlite
    .prepare(
      `insert into lessons (id, created_at, updated_at, case_id, text, kind) values
       ('2f000000-0000-4000-8000-000000000001', 'x', 'x', ?, 'Bring the pilot results to the board', 'worked')`,
    )
    .run(ids.open);
  expect(find(sqlite, 'pilot')).toEqual([`case:${ids.open}`, 'lesson:2f000000-0000-4000-8000-000000000001']);
  sqlite.prepare(`delete from lessons where id = '2f000000-0000-4000-8000-000000000001'`).run();
  expect(find(sqlite, 'pilot')).toEqual([`case:${ids.open}`]);

  const dump = () => ({
    keys: sqlite.prepare('select kind, ref_id from derived_search_keys order by kind, ref_id').all(),
    words: sqlite
      .prepare(
        'select k.kind, k.ref_id, s.body from derived_search s join derived_search_keys k on k.key = s.rowid order by 1, 2',
      )
      .all(),
  });
  const byTriggers = dump();
  rebuildSearchIndex(sqlite);
  expect(dump()).toEqual(byTriggers);
});
