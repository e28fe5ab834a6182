/**
 * A whole import on one connection, in this turn: read the file (read.ts), refuse what needs answers, recognise
 * the same file imported before, then write chunk by chunk through importer.ts. The CLI and the tests call it
 * as is; the engine's import job runs the same two halves in two threads (job-worker.ts reads, the writer
 * applies the chunks) so saves keep going meanwhile.
 * Changes with: read.ts, importer.ts, electron/engine/import-job.ts.
 */
import { createHash, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/envelope';
import type { CsvFormat } from './detect';
import { ImportSession, sameFileImport, type Created } from './importer';
import { columnList, fieldNames, type FieldName, type MappingInput } from './mapping';
import { readCsv, type CsvReadResult, type ImportRow, type Reject } from './read';
import { closeImport, revertChunk } from './undo';

export const formatChoices = ['auto', 'salesforce', 'pipedrive', 'hubspot', 'zoho'] as const;
export type FormatChoice = (typeof formatChoices)[number];

export const IMPORT_CHUNK = 500;

export interface PrepareOptions {
  mapping?: MappingInput;
  format?: FormatChoice;
  currency?: string;
}

export interface Prepared {
  read: CsvReadResult;
  fileHash: string;
  carried: FieldName[];
}

/** The file read and checked; throws a clear error when a forced format does not match the headers. */
export function prepareImport(bytes: Uint8Array, opts: PrepareOptions): Prepared {
  const read = readCsv(bytes, {
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
    ...(opts.currency ? { currency: opts.currency } : {}),
  });
  const format = opts.format ?? 'auto';
  if (format !== 'auto' && !opts.mapping && !read.format.startsWith(format)) {
    throw new ApiError(
      'invalid_input',
      `These headers are not a ${format} export (they read as ${read.format}); give a mapping with --map.`,
    );
  }
  if (!opts.mapping && read.format === 'unknown') {
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

export function newSession(sqlite: Database.Database, p: Prepared, fileName: string, now: () => Date): ImportSession {
  return new ImportSession(sqlite, {
    id: randomUUID(),
    fileName,
    fileHash: p.fileHash,
    signature: p.read.signature,
    format: p.read.format,
    mapping: p.read.mapping,
    carried: p.carried,
    matchOwnIds: p.read.format === 'winloop',
    now,
  });
}

export function runImport(sqlite: Database.Database, bytes: Uint8Array, opts: RunOptions): ImportReport {
  const p = prepareImport(bytes, opts);
  const now = opts.now ?? (() => new Date());
  if (p.read.status !== 'ready') return reportOf(p, 'needs_answers');
  const sameFile = sameFileImport(sqlite, p.fileHash);
  if (sameFile && !opts.force && !opts.dryRun) return { ...reportOf(p, 'already_imported'), sameFile };
  const session = newSession(sqlite, p, opts.fileName, now);
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
  p: Prepared,
  session: ImportSession,
  status: ImportReport['status'],
  sameFile: ImportReport['sameFile'] = null,
): ImportReport {
  const base = reportOf(p, status);
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
