/**
 * 0010 → 0011 with data: the team merge's per-field clocks. Rows already there keep every value and get no
 * stamps; from then on every writer stamps what it changes, through triggers: an insert its row's birth, an
 * update each changed field (a row from before first gets a birth stamp from its updated_at), a tombstone and a
 * restore their deleted_at. A paused clock (a merge writing its own stamps) stamps nothing.
 */
import { describe, expect, test } from 'vitest';
import { HLC_COUNTER } from '../../shared/team/hlc';
import { ids, journalIndex, seedCases, snapshot, stepTo } from './migration-steps';

const step = () => stepTo(journalIndex('0011_team_clocks'), seedCases, '0011_team_clocks');

type Clock = { field: string; hlc: number; member_id: string | null };

describe('migration 0011: per-field clocks', () => {
  test('rows are kept as they were and carry no stamps yet; the clock starts at zero', () => {
    const { after, before } = step();
    const now = snapshot(after.sqlite);
    for (const table of Object.keys(before)) expect(now[table], table).toEqual(before[table]);
    expect(after.sqlite.prepare('select count(*) from sync_field_clocks').pluck().get()).toBe(0);
    expect(after.sqlite.prepare('select hlc, paused from sync_clock').get()).toEqual({ hlc: 0, paused: 0 });
  });

  test('an update stamps the fields it changed, after a birth stamp from the old updated_at', () => {
    const { after } = step();
    const { sqlite } = after;
    sqlite
      .prepare(
        "update cases set title = 'Pumps, phase 2', value_minor = 600000, notes = notes, updated_at = ? where id = ?",
      )
      .run('2026-12-01T00:00:00.000Z', ids.won);
    const clocks = sqlite
      .prepare("select field, hlc, member_id from sync_field_clocks where tbl = 'cases' and row_id = ? order by field")
      .all(ids.won) as Clock[];
    expect(clocks.map((c) => c.field)).toEqual(['*', 'title', 'value_minor']);
    const [birth, title, value] = clocks as [Clock, Clock, Clock];
    expect(birth).toEqual({ field: '*', hlc: Date.parse('2025-06-01T10:00:00.000Z') * HLC_COUNTER, member_id: null });
    expect(title.member_id).toBe(ids.me);
    expect(title.hlc).toBe(value.hlc);
    expect(title.hlc).toBeGreaterThan(Date.now() * HLC_COUNTER - 60_000 * HLC_COUNTER);
    expect(sqlite.prepare('select hlc from sync_clock').pluck().get()).toBe(title.hlc);
  });

  test('inserts stamp a birth; tombstones and restores are fields with later stamps; a paused clock stamps nothing', () => {
    const { after } = step();
    const { sqlite } = after;
    const id = '0c000000-0000-4000-8000-0000000000aa';
    sqlite
      .prepare("insert into competitors (id, created_at, updated_at, name) values (?, 'x', 'x', 'Newcomer')")
      .run(id);
    const stamps = () =>
      Object.fromEntries(
        (sqlite.prepare('select field, hlc from sync_field_clocks where row_id = ?').all(id) as Clock[]).map((c) => [
          c.field,
          c.hlc,
        ]),
      );
    const born = stamps()['*']!;
    sqlite.prepare("update competitors set deleted_at = 'x' where id = ?").run(id);
    const deleted = stamps()['deleted_at']!;
    sqlite.prepare('update competitors set deleted_at = null where id = ?').run(id);
    const restored = stamps()['deleted_at']!;
    expect(born).toBeLessThan(deleted);
    expect(deleted).toBeLessThan(restored);

    sqlite.exec('update sync_clock set paused = 1');
    sqlite.prepare("update competitors set name = 'Renamed' where id = ?").run(id);
    expect(stamps()['name']).toBeUndefined();
    sqlite.exec('update sync_clock set paused = 0');

    sqlite.prepare('delete from competitors where id = ?').run(id);
    expect(stamps()).toEqual({});
  });
  // That the latest schema holds exactly what clock-triggers.ts writes, for every merged table and column, is
  // test/team/clock-schema.test.ts: 0015 rewrote the triggers of the tables that gained columns after 0011.
});
