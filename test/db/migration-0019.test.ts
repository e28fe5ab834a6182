/**
 * 0018 → 0019 with data: the review's day tallies (the day counts, the ratings per criterion, the rival ratings
 * per competitor and criterion) get their tables, filled from the review rows as they stand, so the first review
 * after the upgrade sums the same as the queries they replace; the refresh then keeps them equal to the rows when
 * a case moves day, outcome or value, or is deleted.
 */
import { expect, onTestFinished, test } from 'vitest';
import { openDatabase } from '../../electron/db/client';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { refreshCaseFacts } from '../../electron/review/case-facts';
import {
  backfillTallySql,
  closedDays,
  dayTallies,
  freshTallySql,
  storedTallySql,
} from '../../electron/review/day-tallies';
import { ids, seedCases, snapshot, stepTo } from './migration-steps';

test('the day tallies are backfilled from the review rows and follow them after an edit', () => {
  const { after, before } = stepTo(19, seedCases);
  const now = snapshot(after.sqlite);
  for (const table of Object.keys(before)) expect(now[table], table).toEqual(before[table]);
  // Today's refresh reads today's schema (later migrations add facts): the rest runs on the fully upgraded file.
  const file = after.file;
  after.close();
  const latest = openDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
  onTestFinished(() => latest.close());
  const { sqlite } = latest;

  const stored = (t: (typeof dayTallies)[number]) => sqlite.prepare(storedTallySql(t)).raw().all() as unknown[][];
  const fresh = (t: (typeof dayTallies)[number]) => sqlite.prepare(freshTallySql(t)).raw().all();
  const allEqual = () => {
    for (const t of dayTallies) expect(stored(t), t.table).toEqual(fresh(t));
  };
  // Backfilled from the review rows as they stand (the seed's cases are still stale, so none yet), then refreshed:
  // the seed's won and lost cases, one day each (the open and the trashed one are not closed cases).
  allEqual();
  refreshCaseFacts(sqlite);
  allEqual();
  expect(stored(closedDays).map((d) => d.slice(0, 2))).toEqual(
    sqlite
      .prepare('select outcome, closed_on from cases where id in (?, ?) order by 1, 2')
      .raw()
      .all(ids.won, ids.lost),
  );
  // The migration's own backfill gives what the refresh keeps.
  for (const t of dayTallies) {
    const kept = stored(t);
    sqlite.exec(`delete from ${t.table}; ${backfillTallySql(t)}`);
    expect(stored(t), t.table).toEqual(kept);
  }

  // The lost case is won after all, later and for more: its old day is emptied and removed, its new one counted.
  sqlite
    .prepare("update cases set outcome = 'won', closed_on = '2026-11-30', value_minor = value_minor + 500 where id = ?")
    .run(ids.lost);
  refreshCaseFacts(sqlite);
  allEqual();
  expect(stored(closedDays).filter((d) => d[0] === 'lost')).toEqual([]);
  expect(stored(closedDays).find((d) => d[1] === '2026-11-30')?.[4]).toBe(1);

  sqlite.prepare("update cases set deleted_at = '2026-12-01T00:00:00.000Z' where id = ?").run(ids.won);
  refreshCaseFacts(sqlite);
  allEqual();
  expect(stored(closedDays)).toHaveLength(1);
});
