/**
 * A whole import on one connection, in this turn: read the file (read.ts), refuse what needs answers, recognise
 * the same file imported before, then write chunk by chunk through importer.ts. The CLI and the tests call it
 * as is; the engine's import job runs the same two halves in two threads (job-worker.ts reads, the writer
 * applies the chunks) so saves keep going meanwhile.
 * Changes with: read.ts, importer.ts, electron/engine/import-job.ts.
 */
import { createHash, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { formatChoices } from '../../shared/contract/imports';
import { ApiError } from '../../shared/envelope';
import type { CsvFormat } from './detect';
import { ImportSession, sameFileImport, type Created } from './importer';
import { columnList, fieldNames, type FieldName, type MappingInput } from './mapping';
import { readCsv, type CsvReadResult, type ImportRow, type Reject } from './read';
import { closeImport, revertChunk } from './undo';

export type FormatChoice = (typeof formatChoices)[number];

export const IMPORT_CHUNK = 500;

export interface PrepareOptions {
  mapping?: MappingInput;
  format?: FormatChoice;
  currency?: string;
  /** The preview reads files no layout knows (that is what the mapping screen is for); an import refuses them. */
  lenient?: boolean;
  /** Progress of the converting pass, at least once per 1,000 rows. */
  onRead?: (done: number, total: number) => void;
}

export interface Prepared {
  read: CsvReadResult;
  fileHash: string;
  carried: FieldName[];
}

/** The file read and checked; throws a clear error when a forced format does not match the headers. */
export function prepareImport(bytes: Uint8Array, opts: PrepareOptions): Prepared {
  const rows: ImportRow[] = [];
  const rejects: Reject[] = [];
  const onRead = opts.onRead;
  const read = readCsv(bytes, {
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
    ...(opts.currency ? { currency: opts.currency } : {}),
    ...(onRead
      ? {
          onChunk: (chunk, progress) => {
            rows.push(...chunk.rows);
            rejects.push(...chunk.rejects);
            onRead(progress.done, progress.total);
          },
        }
      : {}),
  });
  if (onRead) {
    read.rows = rows;
    read.rejects = rejects;
  }
  const format = opts.format ?? 'auto';
  if (format !== 'auto' && !opts.mapping && !read.format.startsWith(format) && !opts.lenient) {
    throw new ApiError(
      'invalid_input',
      `These headers are not a ${format} export (they read as ${read.format}); give a mapping with --map.`,
    );
  }
  if (!opts.mapping && read.format === 'unknown' && !opts.lenient) {
    throw new ApiError(
      'invalid_input',
      'The headers match no known CRM export; map the columns (the mapping screen, or --map MAPPING.json).',
    );
  }
  const present = new Set(read.headers);
  const carried = fieldNames.filter((f) => columnList(read.mapping.columns[f]).some((c) => present.has(c)));
  return { read, fileHash: createHash('sha256').update(bytes).digest('hex'), carried };
}

export interface ImportReport {
  status: 'done' | 'dry_run' | 'needs_answers' | 'already_imported' | 'cancelled';
  importId: string | null;
  format: CsvFormat;
  encoding: string;
  delimiter: string;
  hasHeader: boolean;
  dateOrders: Record<string, string>;
  ambiguousDateColumns: string[];
  missingColumns: string[];
  counts: { read: number; imported: number; updated: number; unchanged: number; rejected: number } & Record<
    'open' | 'won' | 'lost' | 'no_decision' | 'withdrawn',
    number
  >;
  disagreements: number;
  duplicates: { externalId: string; lines: number[] }[];
  rejects: Reject[];
  created: Created;
  /** The earlier import of exactly this file, when there is one. */
  sameFile: { id: string; finishedAt: string; fileName: string } | null;
}

export function reportOf(p: Prepared, status: ImportReport['status']): ImportReport {
  const r = p.read;
  return {
    status,
    importId: null,
    format: r.format,
    encoding: r.encoding,
    delimiter: r.delimiter,
    hasHeader: r.hasHeader,
    dateOrders: r.dateOrders,
    ambiguousDateColumns: r.ambiguousDateColumns,
    missingColumns: r.missingColumns,
    counts: {
      read: r.counts.read,
      imported: 0,
      updated: 0,
      unchanged: 0,
      rejected: r.counts.rejected,
      open: r.counts.open,
      won: r.counts.won,
      lost: r.counts.lost,
      no_decision: r.counts.no_decision,
      withdrawn: r.counts.withdrawn,
    },
    disagreements: r.disagreements,
    duplicates: r.duplicates,
    rejects: r.rejects,
    created: { accounts: [], owners: [], competitors: [], stages: [], reasons: [] },
    sameFile: null,
  };
}

export interface RunOptions extends PrepareOptions {
  fileName: string;
  now?: () => Date;
  /** Write nothing: the same run inside a transaction that is rolled back, so the counts are exact. */
  dryRun?: boolean;
  /** Import a file that was imported before (without ids it makes its cases again). */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export function newSession(sqlite: Database.Database, plan: ImportPlan, now: () => Date): ImportSession {
  return new ImportSession(sqlite, {
    id: randomUUID(),
    fileName: plan.fileName,
    fileHash: plan.fileHash,
    signature: plan.signature,
    format: plan.format,
    mapping: plan.mapping,
    carried: plan.carried,
    matchOwnIds: plan.format === 'winloop',
    now,
  });
}

export function runImport(sqlite: Database.Database, bytes: Uint8Array, opts: RunOptions): ImportReport {
  const p = prepareImport(bytes, opts);
  const now = opts.now ?? (() => new Date());
  if (p.read.status !== 'ready') return reportOf(p, 'needs_answers');
  const sameFile = sameFileImport(sqlite, p.fileHash);
  if (sameFile && !opts.force && !opts.dryRun) return { ...reportOf(p, 'already_imported'), sameFile };
  const session = newSession(sqlite, planOf(p, opts.fileName), now);
  const apply = () => {
    session.begin();
    const rows = p.read.rows;
    for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
      session.applyChunk(rows.slice(i, i + IMPORT_CHUNK));
      opts.onProgress?.(Math.min(rows.length, i + IMPORT_CHUNK), rows.length);
    }
    session.finish({ read: p.read.counts.read, rejected: p.read.counts.rejected, rejects: p.read.rejects });
  };
  if (opts.dryRun) {
    // Nested transactions become savepoints: everything the run wrote is rolled back at the end.
    const rollback = new Error('dry run');
    try {
      sqlite.transaction(() => {
        apply();
        throw rollback;
      })();
    } catch (error) {
      if (error !== rollback) throw error;
    }
  } else {
    apply();
  }
  return finalReport(p, session, opts.dryRun ? 'dry_run' : 'done', sameFile);
}

export function finalReport(
  p: Prepared | ImportReport,
  session: ImportSession,
  status: ImportReport['status'],
  sameFile: ImportReport['sameFile'] = null,
): ImportReport {
  const base = 'read' in p ? reportOf(p, status) : { ...p, status };
  return {
    ...base,
    importId: status === 'dry_run' ? null : session.meta.id,
    counts: { ...base.counts, ...session.counts },
    created: session.created,
    sameFile,
  };
}

/** Takes back what a cancelled or failed import had committed, chunk by chunk. */
export function abortImport(sqlite: Database.Database, importId: string, now: string): void {
  while (revertChunk(sqlite, importId, now) > 0);
  closeImport(sqlite, importId, 'cancelled', now);
}

export type { ImportRow };

/** The workspace's currency (settings), for files whose amounts carry none. */
export function workspaceCurrency(sqlite: Database.Database): string {
  const text = sqlite.prepare("select value from settings where key = 'currency'").pluck().get() as string | undefined;
  try {
    const value: unknown = text === undefined ? null : JSON.parse(text);
    return typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? value : 'EUR';
  } catch {
    return 'EUR';
  }
}

/** What the thread that read the file hands the writer before the rows: everything but the rows. */
export interface ImportPlan {
  fileName: string;
  fileHash: string;
  signature: string;
  format: string;
  mapping: unknown;
  carried: FieldName[];
  report: ImportReport;
}

export function planOf(p: Prepared, fileName: string): ImportPlan {
  return {
    fileName,
    fileHash: p.fileHash,
    signature: p.read.signature,
    format: p.read.format,
    mapping: p.read.mapping,
    carried: p.carried,
    report: reportOf(p, 'done'),
  };
}

/** Why a read file cannot be imported yet, in a sentence; null when it can. */
export function notReady(p: Prepared): string | null {
  if (p.read.missingColumns.length > 0)
    return `The mapping names columns this file does not have: ${p.read.missingColumns.join(', ')}.`;
  if (p.read.ambiguousDateColumns.length > 0)
    return `The dates in ${p.read.ambiguousDateColumns.join(', ')} could be day or month first: answer with dateOrder.`;
  return null;
}
