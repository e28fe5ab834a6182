/**
 * What the mapping screen shows for a file under a mapping: the columns with sample values, the mapping used
 * (the caller's, one saved for this header set, or the CRM layout's), the column-wide questions, counts, the
 * first records as cases or as the reason each is refused, and what already exists here. Read-only on the
 * database: it runs in a job thread beside the app.
 * Changes with: shared/contract/imports.ts (Preview), run-import.ts, electron/engine/job-worker.ts.
 */
import type Database from 'better-sqlite3';
import type { Preview } from '../../shared/contract/imports';
import { ApiError } from '../../shared/envelope';
import { decodeCsv } from './decode';
import { sameFileImport } from './importer';
import { headerSignature, Mapping, type MappingInput } from './mapping';
import { cleanHeaders, detectDelimiter, forEachRecord, looksLikeHeader } from './parse';
import { prepareImport, type FormatChoice } from './run-import';

const FIRST_ROWS = 20;
const MAX_REJECTS = 500;

/** A mapping kept for this header set, if the seller saved one. */
export function savedMapping(sqlite: Database.Database, signature: string): Mapping | null {
  const text = sqlite.prepare('select mapping from csv_mappings where signature = ?').pluck().get(signature) as
    string | undefined;
  if (text === undefined) return null;
  const parsed = Mapping.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

/** Distinct non-blank values per column from the first records (the first three are its samples). */
function samples(bytes: Uint8Array): { headers: string[]; values: string[][] } {
  const { text } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  const records: string[][] = [];
  forEachRecord(text, delimiter, (r) => records.push(r.cells), 1000);
  const first = records[0] ?? [];
  const hasHeader = looksLikeHeader(first);
  const headers = hasHeader ? cleanHeaders(first) : first.map((_, i) => `Column ${i + 1}`);
  const data = hasHeader ? records.slice(1) : records;
  return {
    headers,
    values: headers.map((_, i) => {
      const seen = new Set<string>();
      for (const r of data) {
        const v = (r[i] ?? '').trim();
        if (v !== '') seen.add(v);
        if (seen.size === 25) break;
      }
      return [...seen];
    }),
  };
}

export interface PreviewOptions {
  stageId: string;
  fileName: string;
  mapping?: MappingInput;
  format?: FormatChoice;
  currency: string;
  onRead?: (done: number, total: number) => void;
}

export function buildPreview(sqlite: Database.Database, bytes: Uint8Array, opts: PreviewOptions): Preview {
  // The header set decides which saved mapping applies.
  const columns = samples(bytes);
  const saved = opts.mapping ? null : savedMapping(sqlite, headerSignature(columns.headers));
  const mapping = opts.mapping ?? saved ?? undefined;
  let problem: string | null = null;
  let p;
  try {
    p = prepareImport(bytes, {
      ...(mapping ? { mapping } : {}),
      ...(opts.format ? { format: opts.format } : {}),
      currency: opts.currency,
      ...(opts.onRead ? { onRead: opts.onRead } : {}),
    });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    problem = error.message;
    p = prepareImport(bytes, { ...(mapping ? { mapping } : {}), currency: opts.currency, lenient: true });
  }
  const r = p.read;
  if (problem === null && r.missingColumns.length > 0) {
    problem = `The mapping names columns this file does not have: ${r.missingColumns.join(', ')}.`;
  } else if (problem === null && r.ambiguousDateColumns.length > 0) {
    problem = `Say how to read the dates in ${r.ambiguousDateColumns.join(', ')}: day first or month first.`;
  }
  const byExternal = sqlite.prepare('select 1 from cases where external_id = ?').pluck();
  const byId = sqlite.prepare('select 1 from cases where id = ?').pluck();
  const existing = r.rows.filter(
    (row) =>
      row.externalId !== null &&
      (byExternal.get(row.externalId) !== undefined ||
        (r.format === 'winloop' && byId.get(row.externalId) !== undefined)),
  ).length;
  const firstRows = [
    ...r.rows.slice(0, FIRST_ROWS).map((row) => ({ line: row.line, row, reject: null })),
    ...r.rejects.slice(0, FIRST_ROWS).map((reject) => ({ line: reject.line, row: null, reject })),
  ]
    .sort((a, b) => a.line - b.line)
    .slice(0, FIRST_ROWS);
  return {
    stageId: opts.stageId,
    fileName: opts.fileName,
    format: r.format,
    encoding: r.encoding,
    delimiter: r.delimiter,
    hasHeader: r.hasHeader,
    headers: r.headers,
    samples: r.headers.map((h) => (columns.values[columns.headers.indexOf(h)] ?? []).slice(0, 3)),
    values: r.headers.map((h) => columns.values[columns.headers.indexOf(h)] ?? []),
    signature: r.signature,
    mapping: r.mapping,
    mappingSource: opts.mapping ? 'given' : saved ? 'saved' : r.format === 'unknown' ? 'none' : 'detected',
    missingColumns: r.missingColumns,
    dateOrders: r.dateOrders,
    ambiguousDateColumns: r.ambiguousDateColumns,
    counts: r.counts,
    disagreements: r.disagreements,
    duplicates: r.duplicates.slice(0, 100),
    firstRows,
    rejects: r.rejects.slice(0, MAX_REJECTS),
    existing,
    sameFile: sameFileImport(sqlite, p.fileHash),
    problem,
  };
}
