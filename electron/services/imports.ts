/**
 * The CSV import's methods that are not jobs: staging a file, the preview a job wrote, the history, the
 * rejects as CSV, undo and saved mappings. Preview and import run as jobs in the engine (import-job.ts).
 * Changes with: shared/contract/imports.ts, electron/csv/*.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { Preview, type ImportSummary } from '../../shared/contract/imports';
import { ApiError } from '../../shared/envelope';
import { rejectsCsv } from '../csv/rejects-csv';
import { stageChunk, stagedFiles } from '../csv/staging';
import { undoImport } from '../csv/undo';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import type { ImportedReasonMethod } from './imported-reasons';
import { stamp } from './rows';

interface ImportRowDb {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  status: ImportSummary['status'];
  fileName: string;
  format: string;
  rowsRead: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  created: string;
}

const summaryColumns = `id, started_at as startedAt, finished_at as finishedAt, status, file_name as fileName, format,
  rows_read as rowsRead, imported, updated, unchanged, rejected, created`;

const nothingCreated: ImportSummary['created'] = { accounts: [], owners: [], competitors: [], stages: [], reasons: [] };

function summary(row: ImportRowDb): ImportSummary {
  // An import that never finished (cancelled) has no list of what it created: it created nothing that stayed.
  return { ...row, created: { ...nothingCreated, ...(JSON.parse(row.created) as Partial<ImportSummary['created']>) } };
}

export function getImport(ctx: ServiceContext, id: string): ImportSummary {
  const row = ctx.sqlite.prepare(`select ${summaryColumns} from imports where id = ?`).get(id) as
    ImportRowDb | undefined;
  if (!row) throw new ApiError('not_found', 'That import does not exist.');
  return summary(row);
}

export const importsHandlers: Omit<HandlerMap<'imports'>, ImportedReasonMethod> = {
  'imports.stage': (ctx, input) => stageChunk(ctx.dbPath, input, randomUUID),
  'imports.preview': (ctx, { stageId }) => {
    const file = stagedFiles(ctx.dbPath, stageId).preview;
    if (!fs.existsSync(file)) throw new ApiError('not_found', 'No preview for that file yet; run csv.preview first.');
    return Preview.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  },
  'imports.list': (ctx) =>
    (
      ctx.sqlite
        .prepare(`select ${summaryColumns} from imports order by started_at desc, rowid desc limit 200`)
        .all() as ImportRowDb[]
    ).map(summary),
  'imports.rejects': (ctx, { id }) => {
    const text = ctx.sqlite.prepare('select rejects from imports where id = ?').pluck().get(id) as string | undefined;
    if (text === undefined) throw new ApiError('not_found', 'That import does not exist.');
    const rejects = JSON.parse(text) as { line: number; column: string | null; reason: string; raw: string }[];
    return { rejects, csv: rejectsCsv(rejects) };
  },
  'imports.undo': (ctx, { id }) => {
    undoImport(ctx.sqlite, id, stamp(ctx));
    return getImport(ctx, id);
  },
  'imports.saveMapping': (ctx, { signature, mapping }) => {
    ctx.sqlite
      .prepare(
        `insert into csv_mappings (signature, mapping, updated_at) values (?, ?, ?)
         on conflict (signature) do update set mapping = excluded.mapping, updated_at = excluded.updated_at`,
      )
      .run(signature, JSON.stringify(mapping), stamp(ctx));
    return { signature };
  },
};
