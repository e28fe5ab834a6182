/**
 * The triggers that stamp every change of a merged table with the file's hybrid logical clock, whoever writes
 * it (a service, the CSV import, a hand edit): the clock ticks as shared/team/hlc.ts `tick` does, an insert
 * stamps the row's birth (`*`), an update stamps each field whose value changed, and a row written before the
 * clocks (or bulk-loaded without triggers) first gets a birth stamp from its previous `updated_at`. A merge
 * sets `sync_clock.paused` inside its transaction: it writes the teammate's stamps itself.
 * Migration 0011 holds this output; test/db/migration-0011.test.ts checks the two still agree.
 * Changes with: electron/team/tables.ts, shared/team/hlc.ts, electron/db/schema/sync.ts.
 */
import { HLC_COUNTER } from '../../shared/team/hlc';
import { mergeTables, type MergeTable } from './tables';

const ME = '(SELECT `id` FROM `team_members` WHERE `is_me` = 1 AND `deleted_at` IS NULL ORDER BY `id` LIMIT 1)';
const TICK = `UPDATE \`sync_clock\` SET \`hlc\` = max(\`hlc\` + 1, CAST(unixepoch('subsec') * 1000 AS INTEGER) * ${HLC_COUNTER}) WHERE \`id\` = 1;`;
const ACTIVE = 'WHEN (SELECT `paused` FROM `sync_clock` WHERE `id` = 1) = 0';

/** The stamp a row without clocks was last set at: its updated_at, by nobody known. */
export function legacyStampSql(updatedAt: string): string {
  return `coalesce(CAST(round(unixepoch(${updatedAt}, 'subsec') * 1000) AS INTEGER), 0) * ${HLC_COUNTER}`;
}

function insertTrigger(t: MergeTable): string {
  return [
    `CREATE TRIGGER \`${t.name}_clock_insert\` AFTER INSERT ON \`${t.name}\` ${ACTIVE} BEGIN`,
    `\t${TICK}`,
    `\tDELETE FROM \`sync_field_clocks\` WHERE \`tbl\` = '${t.name}' AND \`row_id\` = NEW.\`id\`;`,
    `\tINSERT INTO \`sync_field_clocks\` (\`tbl\`, \`row_id\`, \`field\`, \`hlc\`, \`member_id\`) SELECT '${t.name}', NEW.\`id\`, '*', \`hlc\`, ${ME} FROM \`sync_clock\` WHERE \`id\` = 1;`,
    'END;',
  ].join('\n');
}

function updateTrigger(t: MergeTable): string {
  const changed = t.fields
    .map((f) => `SELECT '${f}' AS \`field\` WHERE OLD.\`${f}\` IS NOT NEW.\`${f}\``)
    .join(' UNION ALL ');
  return [
    `CREATE TRIGGER \`${t.name}_clock_update\` AFTER UPDATE ON \`${t.name}\` ${ACTIVE} BEGIN`,
    `\tINSERT INTO \`sync_field_clocks\` (\`tbl\`, \`row_id\`, \`field\`, \`hlc\`, \`member_id\`) SELECT '${t.name}', OLD.\`id\`, '*', ${legacyStampSql('OLD.`updated_at`')}, NULL WHERE NOT EXISTS (SELECT 1 FROM \`sync_field_clocks\` WHERE \`tbl\` = '${t.name}' AND \`row_id\` = OLD.\`id\` AND \`field\` = '*');`,
    `\t${TICK}`,
    `\tDELETE FROM \`sync_field_clocks\` WHERE \`tbl\` = '${t.name}' AND \`row_id\` = NEW.\`id\` AND \`field\` IN (${changed});`,
    `\tINSERT INTO \`sync_field_clocks\` (\`tbl\`, \`row_id\`, \`field\`, \`hlc\`, \`member_id\`) SELECT '${t.name}', NEW.\`id\`, \`changed\`.\`field\`, \`sync_clock\`.\`hlc\`, ${ME} FROM \`sync_clock\`, (${changed}) AS \`changed\` WHERE \`sync_clock\`.\`id\` = 1;`,
    'END;',
  ].join('\n');
}

function deleteTrigger(t: MergeTable): string {
  return [
    `CREATE TRIGGER \`${t.name}_clock_delete\` AFTER DELETE ON \`${t.name}\` BEGIN`,
    `\tDELETE FROM \`sync_field_clocks\` WHERE \`tbl\` = '${t.name}' AND \`row_id\` = OLD.\`id\`;`,
    'END;',
  ].join('\n');
}

/** Every clock trigger, in the order the migration creates them. */
export function clockTriggerStatements(): string[] {
  return mergeTables.flatMap((t) => [insertTrigger(t), updateTrigger(t), deleteTrigger(t)]);
}
