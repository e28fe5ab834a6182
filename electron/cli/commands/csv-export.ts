/**
 * `csv-export --db FILE --what cases|lessons|actions --out FILE`: CSV as Excel opens it (UTF-8 BOM, ISO dates,
 * plain numbers), safe against formula injection; the cases file re-imports into Winloop with no mapping.
 * Never overwrites a file. Changes with: electron/csv/export-rows.ts, csv-out.ts.
 */
import fs from 'node:fs';
import { exportCsv, exportKinds, type ExportKind } from '../../csv/export-rows';
import { openReader } from '../../db/open-reader';
import type { CliArgs } from '../args';
import { UsageError, type CommandResult } from '../output';

export const csvExportHelp = 'csv-export --db FILE  --what cases|lessons|actions --out FILE (never overwrites)';

export function csvExportCommand(args: CliArgs): CommandResult {
  if (!args.db) throw new UsageError('csv-export needs --db FILE');
  const what = args.values.what as ExportKind | undefined;
  if (!what || !(exportKinds as readonly string[]).includes(what)) {
    throw new UsageError(`csv-export needs --what ${exportKinds.join('|')}`);
  }
  const out = args.values.out;
  if (typeof out !== 'string' || out === '') throw new UsageError('csv-export needs --out FILE');
  if (!fs.existsSync(args.db)) throw new Error(`${args.db} does not exist`);
  if (fs.existsSync(out)) throw new Error(`${out} exists already; csv-export never overwrites a file`);
  const reader = openReader(args.db);
  try {
    const { csv, rows } = exportCsv(reader.sqlite, what);
    fs.writeFileSync(out, csv, { flag: 'wx' });
    return { data: { what, rows, file: out }, text: `Wrote ${rows} ${what} to ${out}.` };
  } finally {
    reader.sqlite.close();
  }
}
