/**
 * `csv-import --db FILE [--format auto|salesforce|pipedrive|hubspot|zoho] [--map MAPPING.json] [--dry-run]
 * [--force] [--json] CSV`: the same importer as the app, in this process. `--json` prints the detected format,
 * encoding, delimiter and date orders, the counts (read = imported + updated + unchanged + rejected) and the
 * rejects. A file that needs answers (an ambiguous date column, a mapped column it lacks) or that was imported
 * before exits 1 with the reason, and writes nothing.
 * Changes with: electron/csv/run-import.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatChoices, Mapping } from '../../../shared/contract/imports';
import { refreshCaseFacts } from '../../review/case-facts';
import { runImport, workspaceCurrency, type FormatChoice, type ImportReport } from '../../csv/run-import';
import { MIGRATIONS_DIR } from '../../node-paths';
import { openWorkspace } from '../../workspace';
import type { CliArgs } from '../args';
import { UsageError, type CommandResult } from '../output';

export const csvImportHelp =
  'csv-import --db FILE CSV  import cases [--format auto|salesforce|pipedrive|hubspot|zoho] [--map MAPPING.json] [--dry-run] [--force]';

function readMapping(file: string): Mapping {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the mapping ${file}: ${(error as Error).message}`);
  }
  const parsed = Mapping.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`the mapping ${file} is not valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

function text(r: ImportReport): string {
  const c = r.counts;
  const head = {
    done: 'Imported',
    dry_run: 'Dry run (nothing written)',
    needs_answers: 'Not imported: the file needs answers',
    already_imported: 'Not imported: this file was imported before',
    cancelled: 'Cancelled',
  }[r.status];
  const lines = [
    `${head}. Format ${r.format}, ${r.encoding}, delimiter ${JSON.stringify(r.delimiter)}.`,
    `Rows read ${c.read}: ${c.imported} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected.`,
    `Outcomes: ${c.won} won, ${c.lost} lost, ${c.open} open${c.no_decision ? `, ${c.no_decision} no decision` : ''}.`,
  ];
  if (r.ambiguousDateColumns.length) {
    lines.push(`Ambiguous dates in ${r.ambiguousDateColumns.join(', ')}: add "dateOrder": "dmy" or "mdy" to --map.`);
  }
  if (r.missingColumns.length) lines.push(`The mapping names columns the file lacks: ${r.missingColumns.join(', ')}.`);
  if (r.sameFile)
    lines.push(`Imported before as ${r.sameFile.fileName} (${r.sameFile.finishedAt}); --force imports it again.`);
  if (r.created.reasons.length) lines.push(`New lost reasons under "Imported": ${r.created.reasons.join(', ')}.`);
  for (const reject of r.rejects.slice(0, 20)) {
    lines.push(`  line ${reject.line}${reject.column ? ` (${reject.column})` : ''}: ${reject.reason}`);
  }
  if (r.rejects.length > 20) lines.push(`  … and ${r.rejects.length - 20} more (--json lists them all)`);
  return lines.join('\n');
}

export function csvImportCommand(args: CliArgs): CommandResult & { failed: boolean } {
  if (!args.db) throw new UsageError('csv-import needs --db FILE');
  const file = args.positionals[0];
  if (!file) throw new UsageError('csv-import needs the CSV file to import');
  const format = (args.values.format ?? 'auto') as FormatChoice;
  if (!(formatChoices as readonly string[]).includes(format)) {
    throw new UsageError(`--format is one of ${formatChoices.join(', ')}`);
  }
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  const mapping = typeof args.values.map === 'string' ? readMapping(args.values.map) : undefined;
  const bytes = fs.readFileSync(file);
  const workspace = openWorkspace(args.db, { migrationsFolder: MIGRATIONS_DIR, mode: 'cli' });
  try {
    const sqlite = workspace.ctx.sqlite;
    const report = runImport(sqlite, bytes, {
      fileName: path.basename(file),
      format,
      currency: workspaceCurrency(sqlite),
      ...(mapping ? { mapping } : {}),
      dryRun: args.values['dry-run'] === true,
      force: args.values.force === true,
    });
    // The review's derived rows for the new cases, now rather than at the app's next start.
    if (report.status === 'done') refreshCaseFacts(sqlite);
    const { rejects, ...rest } = report;
    return {
      data: { ...rest, rejects },
      text: text(report),
      failed: report.status === 'needs_answers' || report.status === 'already_imported',
    };
  } finally {
    workspace.close();
  }
}
