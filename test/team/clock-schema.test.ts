/**
 * The latest schema and the team merge agree: every table a teammate's file carries is described column by column
 * in electron/team/tables.ts, and the database holds exactly the clock triggers clock-triggers.ts writes for them.
 * A migration that adds a column to a merged table, or a merged table, without both fails here: its changes would
 * otherwise travel without clocks and be lost at the next merge.
 */
import { expect, test } from 'vitest';
import { clockTriggerStatements } from '../../electron/team/clock-triggers';
import { mergeTables } from '../../electron/team/tables';
import { createTestWorkspace } from '../helpers/temp-workspace';

/** Tables that belong to one file and never travel (settings, the merge's and the CSV import's own books). */
const perFile = ['settings', 'imports', 'import_changes', 'csv_mappings', 'import_reason_map'];

test('every merged table is described field by field in electron/team/tables.ts', () => {
  const { ws } = createTestWorkspace();
  const tables = ws.ctx.sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'derived_%'
         and name not like 'sync_%' and name <> '__drizzle_migrations' order by name`,
    )
    .pluck()
    .all() as string[];
  expect([...mergeTables.map((t) => t.name)].sort()).toEqual(tables.filter((t) => !perFile.includes(t)));
  for (const t of mergeTables) {
    const columns = (ws.ctx.sqlite.prepare(`pragma table_info(${t.name})`).all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect([...columns].sort(), t.name).toEqual(
      ['id', 'created_at', 'updated_at', ...t.fields, ...(t.local ?? [])].sort(),
    );
  }
});

test('the database holds exactly the clock triggers clock-triggers.ts writes', () => {
  const { ws } = createTestWorkspace();
  const stored = Object.fromEntries(
    (
      ws.ctx.sqlite
        .prepare("select name, sql from sqlite_master where type = 'trigger' and name like '%_clock_%'")
        .all() as {
        name: string;
        sql: string;
      }[]
    ).map((t) => [t.name, t.sql]),
  );
  const written = Object.fromEntries(
    clockTriggerStatements().map((sql) => [/CREATE TRIGGER `([^`]+)`/.exec(sql)![1]!, sql.replace(/;$/, '')]),
  );
  expect(stored).toEqual(written);
});
