/**
 * 0019 → 0020 with data: exchange rates get their own team-shared table. Every row stays as it was; a rate is
 * unique per pair and day, must be positive, is stamped for the merge when changed, and the review's lookup
 * (the latest live rate on or before a day) searches the partial index.
 */
import { expect, test } from 'vitest';
import { ids, indexColumns, plan, seedCases, snapshot, stepTo } from './migration-steps';

test('rows are kept; rates are unique per pair and day, positive, stamped, and found by their index', () => {
  const { after, before } = stepTo(20, seedCases);
  const { sqlite } = after;
  const now = snapshot(sqlite);
  for (const table of Object.keys(before)) expect(now[table], table).toEqual(before[table]);
  expect(sqlite.prepare('select count(*) from cases where id = ?').pluck().get(ids.won)).toBe(1);
  expect(now.currency_rates).toEqual([]);

  const insert = sqlite.prepare(
    `insert into currency_rates (id, created_at, updated_at, currency, home_currency, rate, from_on)
     values (?, '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', 'USD', 'EUR', ?, ?)`,
  );
  const id = '0f000000-0000-4000-8000-000000000001';
  insert.run(id, 0.92, '2026-11-01');
  expect(() => insert.run('0f000000-0000-4000-8000-000000000002', 0.95, '2026-11-01')).toThrow(/UNIQUE/);
  expect(() => insert.run('0f000000-0000-4000-8000-000000000003', 0, '2026-10-01')).toThrow(/CHECK/);
  expect(indexColumns(sqlite, 'currency_rates_unique')).toEqual(['home_currency', 'currency', 'from_on']);

  sqlite.prepare('update currency_rates set rate = 0.93 where id = ?').run(id);
  const stamped = sqlite
    .prepare("select field from sync_field_clocks where tbl = 'currency_rates' and row_id = ? order by field")
    .pluck()
    .all(id);
  expect(stamped).toEqual(['*', 'rate']);

  const lookup = `select r.rate from currency_rates r where r.home_currency = 'EUR' and r.currency = 'USD'
    and r.deleted_at is null and r.from_on <= '2026-12-01' order by r.from_on desc limit 1`;
  expect(plan(sqlite, lookup).join(' ')).toMatch(/SEARCH r USING (COVERING )?INDEX currency_rates_live_idx/);
  expect(sqlite.prepare(lookup).pluck().get()).toBe(0.93);
});
