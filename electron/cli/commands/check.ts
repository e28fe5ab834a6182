import { inspectDatabase } from '../../db/inspect';
import { MIGRATIONS_DIR } from '../../node-paths';
import { formatBytes, UsageError, type CommandResult } from '../output';
import type { CliArgs } from '../args';

export const checkHelp = 'check --db FILE       integrity, schema version and row counts (read-only)';

export function checkCommand(args: CliArgs): CommandResult & { failed: boolean } {
  if (!args.db) throw new UsageError('check needs --db FILE');
  const report = inspectDatabase(args.db, MIGRATIONS_DIR);
  const statusText = {
    current: 'up to date',
    needs_upgrade: `will be upgraded to ${report.knownVersion} when opened`,
    newer: `written by a newer Winloop (this one knows ${report.knownVersion})`,
  }[report.status];
  const lines = [
    `${report.file} (${formatBytes(report.sizeBytes)})`,
    `integrity: ${report.integrity}`,
    `schema: version ${report.schemaVersion}, ${statusText}`,
    ...report.tables.map(
      (t) => `  ${t.table.padEnd(24)} ${String(t.rows).padStart(9)}${t.deleted ? `  (${t.deleted} in trash)` : ''}`,
    ),
  ];
  return { data: report, text: lines.join('\n'), failed: report.integrity !== 'ok' };
}
